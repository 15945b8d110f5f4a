// The invisible marker a page carries where its PDF download link goes. The PDF renderer
// (scripts/pdf/cli.ts) replaces it after the build; without PDFs it stays an empty comment.

export function pdfSlot(key: string): string {
  return `<!--pdf:${key}-->`;
}
