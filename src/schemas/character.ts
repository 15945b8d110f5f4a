// Frontmatter of one character profile (content/characters/<id>.md): the four protagonists, the
// collective actors of the story, and the witnesses whose testimony the chapters quote.
import { z } from 'astro/zod';
import { REALMS } from './act.ts';

/** Colour tokens defined in src/styles/tokens.css; each names a --c-<token> custom property. */
export const COLOUR_TOKENS = ['elias', 'lyra', 'ivy', 'cyrus', 'collaborative', 'directorate', 'streams'] as const;

export const CHARACTER_KINDS = ['protagonist', 'collective', 'witness'] as const;

export const characterSchema = z
  .strictObject({
    /** Full name as printed ("Elias Tran", "The Streams"). */
    name: z.string().min(1),
    /** Protagonists carry the story; collectives are groups and institutions; witnesses speak in <Testimony>. */
    kind: z.enum(CHARACTER_KINDS),
    /** What they are in the world, in a few words ("Digital artist"). */
    role: z.string().min(1).max(80),
    /** Where they live or belong. */
    realm: z.enum(REALMS),
    /** One-line description for lists and cards. */
    description: z.string().min(1).max(200),
    /** Colour token of their marks in charts and accents on pages. Required, except for witnesses. */
    colour: z.enum(COLOUR_TOKENS).optional(),
    /** Witnesses only, and required for them: the place id (content/data/places.json) they speak from. */
    place: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a place id such as "kettle-street-depot"').optional(),
    /** Order in lists: protagonists first. */
    order: z.number().int().min(0),
  })
  .superRefine((data, ctx) => {
    if (data.kind !== 'witness' && data.colour === undefined) {
      ctx.addIssue({ code: 'custom', path: ['colour'], input: undefined, message: `expected one of ${COLOUR_TOKENS.map((t) => `"${t}"`).join(', ')} for a ${data.kind}, got nothing` });
    }
    if (data.kind === 'witness' && data.place === undefined) {
      ctx.addIssue({ code: 'custom', path: ['place'], input: undefined, message: 'expected a place id from content/data/places.json for a witness, got nothing' });
    }
    if (data.kind !== 'witness' && data.place !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['place'], input: data.place, message: `expected no place for a ${data.kind} (only witnesses have one), got "${data.place}"` });
    }
  });

export type CharacterData = z.infer<typeof characterSchema>;
