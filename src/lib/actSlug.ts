// The URL slug of an act: its file name without the "NN-" ordering prefix.

export function actSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}
