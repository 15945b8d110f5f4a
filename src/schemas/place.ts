// One place of the city (content/data/places.json): where scenes happen and witnesses speak from.
// Datelines print its name and district.
import { z } from 'astro/zod';
import { REALMS } from './act.ts';

export const placeSchema = z.strictObject({
  /** Stable id, lowercase-kebab ("kettle-street-depot"). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase-kebab id such as "kettle-street-depot"'),
  /** The name as printed in a dateline ("Kettle Street depot"). */
  name: z.string().min(1).max(60),
  /** The wider area ("Lowmarket"); may equal the name for a district itself. */
  district: z.string().min(1).max(60),
  /** Which side of the divide it lies on. */
  realm: z.enum(REALMS),
  /** Height in metres above the Glimmers' street level; negative below ground. */
  level: z.number(),
  /** Position along a west-east cross-section of the city, 0-100. */
  x: z.number().min(0).max(100),
  /** One sentence describing the place. */
  description: z.string().min(1).max(300),
});
export const placesSchema = z.array(placeSchema);

export type Place = z.infer<typeof placeSchema>;
