// Runs one build step as a child process and times it, keeping its output out of the benchmark's
// table unless it fails. Knows nothing of what the command builds.
import { spawn } from 'node:child_process';

export interface TimedRun {
  ms: number;
  output: string;
}

export function timeCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<TimedRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`${command} ${args.join(' ')}: exited with ${code}\n${output.split('\n').slice(-30).join('\n')}`));
    });
  });
}
