// Content collections: where each collection's files live and which schema checks them. Nothing
// else: derived data (reading time, ordering, the timeline) lives in src/story.
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { actSchema } from './schemas/act.ts';
import { characterSchema } from './schemas/character.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { documentSchema } from './schemas/document.ts';
import { authorErrorMap } from './story/errors.ts';

// Astro parses the collections itself and takes no per-parse error map, so the collections get
// the author error map here, where they are defined (parseTimeline passes it to each parse).
z.config({ customError: authorErrorMap });

const root = './content';

const acts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/acts` }),
  schema: actSchema.extend({ characters: z.array(reference('characters')).min(1) }),
});

const characters = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/characters` }),
  schema: characterSchema,
});

const glossary = defineCollection({
  loader: file(`${root}/data/glossary.json`),
  schema: glossaryEntrySchema,
});

const documents = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/documents` }),
  schema: documentSchema,
});

export const collections = { acts, characters, glossary, documents };
