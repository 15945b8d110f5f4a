// Serves the built site: node scripts/serve/cli.ts [--port 4321] [--host 127.0.0.1] [--base /sub/path/]
// BASE_PATH (as used for the build) is the default base.
import { parseArgs } from 'node:util';
import { startStaticServer } from './staticServer.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    root: { type: 'string', default: 'dist' },
  },
});

try {
  const { url } = await startStaticServer({ root: values.root, base: values.base, port: Number(values.port), host: values.host });
  console.log(`Serving ${values.root}/ at ${url}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
