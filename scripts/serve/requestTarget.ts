// Turns a request's target into the file it names under the served root, or the status that
// refuses it. Path maths only: it never reads the disk, so every hostile form can be unit-tested;
// the server still checks symbolic links on disk. Decodes once: "%252e" is a file named "%2e".
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Longer targets get 414: no page of the site has an address near this long. */
export const MAX_TARGET_LENGTH = 2048;

export type Target =
  | { ok: true; /** decoded path, from the site's root */ path: string; /** as sent, without query */ rawPath: string; file: string }
  | { ok: false; status: 400 | 403 | 404 | 414; reason: string };

export function requestTarget(rawTarget: string, base: string, root: string): Target {
  if (rawTarget.length > MAX_TARGET_LENGTH) return refuse(414, `target longer than ${MAX_TARGET_LENGTH} characters`);
  // An absolute-form target ("GET http://host/path") is legal HTTP/1.1: only its path counts.
  const rawPath = rawTarget.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  if (!rawPath.startsWith('/')) return refuse(400, 'expected a path starting with /');
  // An encoded separator or NUL has no business in a static site's address, and each one is a
  // classic way past a containment check that looks at the path before decoding.
  if (/%(2f|5c|00)/i.test(rawPath)) return refuse(400, 'encoded separator or NUL byte');
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, 'malformed percent-escape');
  }
  if (path.includes('\0') || path.includes('\\')) return refuse(400, 'NUL byte or backslash');
  if (path.split('/').includes('..')) return refuse(403, 'dot-dot segment');
  if (!path.startsWith(base)) return refuse(404, `outside the base ${base}`);
  const file = resolve(root, path.slice(base.length));
  const inside = relative(root, file);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return refuse(403, 'outside the served folder');
  return { ok: true, path, rawPath, file };
}

/** True when `file` (a real path, links resolved) lies in `root` (also a real path) or is it. */
export function isInside(root: string, file: string): boolean {
  const inside = relative(root, file);
  return inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

function refuse(status: 400 | 403 | 404 | 414, reason: string): Target {
  return { ok: false, status, reason };
}
