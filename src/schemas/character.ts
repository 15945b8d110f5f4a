// Frontmatter of one character profile (content/characters/<id>.md): the four protagonists, the
// collective actors of the story and the witnesses who speak to the documentary.
import { z } from 'astro/zod';
import { REALMS } from './act.ts';

/** Colour tokens defined in src/styles/tokens.css; each names a --c-<token> custom property. */
export const COLOUR_TOKENS = ['elias', 'lyra', 'ivy', 'cyrus', 'collaborative', 'directorate', 'streams'] as const;

export const characterSchema = z.strictObject({
  /** Full name as printed ("Elias Tran", "The Streams"). */
  name: z.string().min(1),
  /** Protagonists carry the story; collectives are groups and institutions; witnesses give testimony. */
  kind: z.enum(['protagonist', 'collective', 'witness']),
  /** What they are in the world, in a few words ("Digital artist"). */
  role: z.string().min(1).max(80),
  /** Where they live or belong. */
  realm: z.enum(REALMS),
  /** One-line description for lists and cards. */
  description: z.string().min(1).max(200),
  /** Witnesses only: the place they speak from, a place id from content/data/places.json. */
  place: z.string().optional(),
  /** Colour token used for their marks in charts and their accents on pages; optional for witnesses. */
  colour: z.enum(COLOUR_TOKENS).optional(),
  /** Order in lists: protagonists first. */
  order: z.number().int().min(0),
}).superRefine((data, ctx) => {
  if (data.kind !== 'witness' && data.colour === undefined) {
    ctx.addIssue({ code: 'custom', path: ['colour'], input: data.colour, message: `expected one of ${COLOUR_TOKENS.map((c) => `"${c}"`).join(', ')} for a ${data.kind}, got nothing` });
  }
});

export type CharacterData = z.infer<typeof characterSchema>;
