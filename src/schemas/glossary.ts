// One glossary entry (content/data/glossary.json): a term of the world of 2145 and its meaning.
import { z } from 'astro/zod';

export const glossaryEntrySchema = z.strictObject({
  /** Stable id, lowercase-kebab ("neural-fabric"). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The term as printed ("the neural fabric"). */
  term: z.string().min(1),
  /** A short definition, one or two sentences. */
  definition: z.string().min(1).max(400),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
