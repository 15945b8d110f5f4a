// Schema of content/data/places.json: every place the story happens in, placed on a west-east
// cross-section of the city. Shapes only; that every scene names a known place is checked with
// the other cross-file rules in src/story/timeline/parseTimeline.ts.
import { z } from 'astro/zod';
import { REALMS } from './act.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase-kebab id such as "kettle-street-depot"');

export const placeSchema = z.strictObject({
  /** Stable id, named by scenes and witnesses ("kettle-street-depot"). */
  id,
  /** Name as printed in a dateline ("Kettle Street depot"). */
  name: z.string().min(1).max(60),
  /** The wider area the place belongs to ("Lowmarket", "the Spires"); may equal the name for a district itself. */
  district: z.string().min(1).max(40),
  /** Side of the divide: the Spires of Alterna, the Glimmers below, or the Seam between them. */
  realm: z.enum(REALMS),
  /** Height in metres above the Glimmers' street level; negative below ground. The cloud line is at about 600. */
  level: z.number().min(-200).max(1500),
  /** Position along a west-east section through the city, 0 (west) to 100 (east). */
  x: z.number().min(0).max(100),
  /** One sentence that describes the place. */
  description: z.string().min(1).max(240),
});
export const placesSchema = z.array(placeSchema).min(1);

export type Place = z.infer<typeof placeSchema>;
