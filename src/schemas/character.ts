// Frontmatter of one character profile (content/characters/<id>.md): the four protagonists and
// the collective actors of the story.
import { z } from 'astro/zod';
import { REALMS } from './act.ts';

/** Colour tokens defined in src/styles/tokens.css; each names a --c-<token> custom property. */
export const COLOUR_TOKENS = ['elias', 'lyra', 'ivy', 'cyrus', 'collaborative', 'directorate', 'streams'] as const;

export const characterSchema = z.strictObject({
  /** Full name as printed ("Elias Tran", "The Streams"). */
  name: z.string().min(1),
  /** Protagonists carry the story; collectives are groups and institutions. */
  kind: z.enum(['protagonist', 'collective']),
  /** What they are in the world, in a few words ("Digital artist"). */
  role: z.string().min(1).max(80),
  /** Where they live or belong. */
  realm: z.enum(REALMS),
  /** One-line description for lists and cards. */
  description: z.string().min(1).max(200),
  /** Colour token used for their marks in charts and their accents on pages. */
  colour: z.enum(COLOUR_TOKENS),
  /** Order in lists: protagonists first. */
  order: z.number().int().min(0),
});

export type CharacterData = z.infer<typeof characterSchema>;
