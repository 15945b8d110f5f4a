// The PNG icons every platform asks for, in one list the head, the manifest and the icon route share.

export interface IconFile {
  /** File under /icons/, without extension. */
  name: string;
  size: number;
  /** `rel` of its <link> in the head; absent for the manifest-only sizes. */
  rel?: 'icon' | 'apple-touch-icon';
}

export const ICONS: IconFile[] = [
  { name: 'icon-32', size: 32, rel: 'icon' },
  { name: 'apple-touch-icon', size: 180, rel: 'apple-touch-icon' },
  { name: 'icon-192', size: 192 },
  { name: 'icon-512', size: 512 },
];
