// How a realm id reads in prose.

const NAMES = { alterna: 'Alterna', glimmers: 'the Glimmers', seam: 'the Seam' } as const;

export type Realm = keyof typeof NAMES;

export function realmName(realm: Realm, { capital = true }: { capital?: boolean } = {}): string {
  const name = NAMES[realm];
  return capital ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}
