// Where a page gets its e-book download link. The e-book builder (scripts/epub/) replaces the
// marker after the build with a link that carries the file's size; without an e-book (its build
// failed or was skipped) the marker stays an empty comment and no link is shown.

/** Path of the e-book under the site's base. */
export const EBOOK_PATH = 'ebook/the-neural-fabric.epub';

export function ebookSlot(): string {
  return '<!--epub-->';
}

/** Closes the link the builder writes after the slot, so a second run replaces it in place. */
export function ebookSlotEnd(): string {
  return '<!--/epub-->';
}
