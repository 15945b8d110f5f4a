// Where the content lives. CONTENT_ROOT exists so tests can build the site from a fixture tree
// holding deliberately broken content; publishers never set it.

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return (env['CONTENT_ROOT'] ?? './content').replace(/\/+$/, '');
}
