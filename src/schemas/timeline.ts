// Schemas of the story data in content/data/: the scenes, and the three data sets the charts draw
// (the divide, the character arcs, the neural fabric). Shapes only; cross-file rules (every scene
// id and place exist, lifespans nest) are checked in src/story/timeline/parseTimeline.ts.
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase-kebab id such as "a1-two-realms"');

export const sceneSchema = z.strictObject({
  /** Stable id, referred to by steps and by every data set ("a2-elite-outrage"). */
  id,
  /** The act the scene belongs to, 1 to 5. */
  act: z.number().int().min(1).max(5),
  /** Story date, YYYY-MM-DD, between 2145 and 2147. */
  date: z.iso.date().refine((d) => d >= '2145-01-01' && d <= '2147-12-31', 'a date in 2145-2147'),
  /** Short label shown on charts and above steps. */
  label: z.string().min(1).max(60),
  /** Where the scene happens: a place id from content/data/places.json ("kettle-street-depot"). */
  place: id,
  /** The protagonists who appear in the scene (ids of content/characters/ with an arc), in any order; [] when none does. */
  who: z.array(id),
  /**
   * Where protagonists are during the scene when their arc (arcs.json) has no point at it:
   * character id -> place id ({"elias-tran": "pumphouse"}). Others stay where last seen.
   */
  whereabouts: z.record(id, id).optional(),
});
export const scenesSchema = z.array(sceneSchema).min(1);

const gap = z.number().min(0).max(100);

export const divideSchema = z.strictObject({
  /** The dimensions the divide index is composed of; the index is their mean. */
  components: z
    .array(
      z.strictObject({
        /** Key used in every scene's values ("access"). */
        id,
        /** Label for legends and tables. */
        label: z.string().min(1),
        /** One sentence: what a gap in this dimension measures. */
        description: z.string().min(1),
      }),
    )
    .min(1),
  /** For every scene id: the gap (0 = none, 100 = total separation) per component, and a note. */
  scenes: z.record(z.string(), z.record(z.string(), z.union([gap, z.string()]))),
});

const position = z.number().min(-1).max(1);

export const arcPointSchema = z.strictObject({
  /** The scene at which the character stands here. */
  scene: z.string(),
  /** -1 = Alterna, +1 = the Glimmers. */
  allegiance: position,
  /** -1 = complicity, +1 = agency. */
  stance: position,
  /** One line, tied to the text: why they stand here. Says only what the scene shows. */
  reason: z.string().min(1).max(160),
  /** Where the character is at that scene, when not at the scene's own place (a place id). */
  where: id.optional(),
});

const axisSchema = z.strictObject({ label: z.string(), min: z.string(), max: z.string() });

export const arcsSchema = z.strictObject({
  /** Labels of the two axes and of their ends. */
  axes: z.strictObject({ allegiance: axisSchema, stance: axisSchema }),
  /** Character id (content/characters/<id>.md) -> points in timeline order. */
  characters: z.record(z.string(), z.array(arcPointSchema).min(1)),
});

export const fabricNodeSchema = z.strictObject({
  id,
  /** Name as printed on the chart. */
  label: z.string().min(1).max(40),
  /** hub: the central system; person; community; institution. */
  kind: z.enum(['hub', 'person', 'community', 'institution']),
  /** Side of the divide the node belongs to; "none" for the hub. */
  realm: z.enum(['alterna', 'glimmers', 'seam', 'none']),
  /** Scene id where the node appears. */
  from: z.string(),
  /** Scene id from which the node is gone (absent from that scene on). */
  until: z.string().optional(),
});

export const fabricLinkSchema = z.strictObject({
  source: z.string(),
  target: z.string(),
  /** control: the hub's routing; bridge: a thin tie across the divide; tie: a direct, consented tie. */
  kind: z.enum(['control', 'bridge', 'tie']),
  from: z.string(),
  until: z.string().optional(),
});

export const fabricSchema = z.strictObject({
  nodes: z.array(fabricNodeSchema).min(1),
  links: z.array(fabricLinkSchema),
});

export type Scene = z.infer<typeof sceneSchema>;
export type DivideFile = z.infer<typeof divideSchema>;
export type ArcsFile = z.infer<typeof arcsSchema>;
export type ArcPoint = z.infer<typeof arcPointSchema>;
export type FabricFile = z.infer<typeof fabricSchema>;
export type FabricNode = z.infer<typeof fabricNodeSchema>;
export type FabricLink = z.infer<typeof fabricLinkSchema>;
