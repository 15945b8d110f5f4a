// A Vite plugin serving CSS computed at config time as an importable module, so it is bundled,
// inlined and hashed for the Content-Security-Policy like any stylesheet of the site.

export function cssModule(id: string, css: string) {
  const resolved = `\0${id}`;
  return {
    name: `css-module:${id}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (source: string) => (source === resolved ? css : undefined),
  };
}
