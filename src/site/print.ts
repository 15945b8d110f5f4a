// What print and PDFs need from a page: the @page rules that put a chapter's title and the page
// numbers in the margins, and the marker where a page's PDF download link goes.

export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

// Margin boxes cannot read the document, so each chapter gets its own small stylesheet. They set
// the page's own sans face through its variable (the page context inherits from the root), so the
// PDF embeds no second copy of Inter.
export function pageMarginCss(runningTitle: string): string {
  return `@page {
  margin: 20mm 18mm 22mm;
  @top-left { content: ${cssString(runningTitle)}; font: 8pt var(--font-sans); color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt var(--font-sans); color: #555; }
}
@page :first {
  @top-left { content: none; }
}
`;
}

// The PDF renderer (scripts/pdf/cli.ts) replaces the marker after the build; without PDFs it stays an empty comment.
export function pdfSlot(key: string): string {
  return `<!--pdf:${key}-->`;
}
