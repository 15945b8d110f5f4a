// The edition's publication date: what JSON-LD, the Atom feed and the PDFs' metadata call its date.
// Chapters are published together, so they share it; bump it when the text changes materially.

export const PUBLISHED = '2026-11-25';
