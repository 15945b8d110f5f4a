// Sizes as people read them, the one formatter for the download links, the bench table and the
// budget sentences: kibibytes below a mebibyte, "1.2 MB" above. Pure.

const KIB = 1024;
const MIB = 1024 * 1024;

/** `digits` decimals for kilobytes ("421 KB", "25.8 KB"); megabytes always get one ("2.3 MB"). */
export function formatBytes(bytes: number, digits = 0): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MB` : `${(bytes / KIB).toFixed(digits)} KB`;
}
