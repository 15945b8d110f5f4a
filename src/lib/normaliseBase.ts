// Turns the BASE_PATH a publisher gives ("stories/x", "/stories/x/", "") into the form Astro and
// our link builder expect: a leading and a trailing slash, "/" for the domain root.

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\s]/.test(trimmed)) {
    throw new Error(`BASE_PATH: got "${raw}", expected a URL path such as /stories/neural-fabric/`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
