// Frontmatter of one act (content/acts/NN-slug.mdx). Pure zod: the collection config adds the
// cross-collection references, so this schema can be tested on its own.
import { z } from 'astro/zod';

export const REALMS = ['alterna', 'glimmers', 'seam'] as const;

export const actSchema = z.strictObject({
  /** Position of the act in the documentary, 1 to 5; unique and contiguous across files. */
  act: z.number().int().min(1).max(5),
  /** Chapter title, without the act number ("Dissonance"). */
  title: z.string().min(1).max(80),
  /** One-line standfirst shown under the title and in the table of contents. */
  dek: z.string().min(1).max(160),
  /** Two or three sentences for the contents page, page metadata and PDFs. */
  summary: z.string().min(1).max(600),
  /** Ids of the characters (content/characters/<id>.md) who appear in the act. */
  characters: z.array(z.string()).min(1),
  /** The places the act moves through. */
  realms: z.array(z.enum(REALMS)).min(1),
});

export type ActData = z.infer<typeof actSchema>;
