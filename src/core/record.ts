import { z } from 'zod';

/**
 * The public record (schemaVersion 1): what `extract --json`, the HTTP API and the store return.
 * Field names are a contract (see DESIGN.md); add fields, never rename them.
 * Offsets index `text` (UTF-16 code units, end exclusive).
 */
export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();
export const SpanSchema = z.object({ start: offset, end: offset });
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const GeoSchema = z.object({
  name: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2 country code'),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string().describe('the fullest name the article uses'),
  mentions: z.array(TextSpanSchema),
  geo: GeoSchema.optional(),
});

export const CleaningEditSchema = z.object({
  kind: z.string().describe('what was repaired, e.g. image-filename, caption, slug, glued-words, html-entity, spaces, boilerplate'),
  original: TextSpanSchema.describe('the span of the original input that was replaced'),
  replacement: z.string(),
});

export const SpeakerSchema = TextSpanSchema.extend({ entityId: z.string().optional() });

export const QuoteSchema = TextSpanSchema.extend({
  kind: z.enum(['direct', 'indirect']),
  speaker: SpeakerSchema.nullable(),
  cue: TextSpanSchema.optional(),
});

export const AttributionSchema = z.object({
  source: SpeakerSchema,
  cue: TextSpanSchema,
  content: TextSpanSchema,
  hedged: z.boolean(),
});

export const HedgeSchema = TextSpanSchema.extend({
  cue: z.string().describe('the hedging word or phrase'),
  scope: SpanSchema.optional().describe('the span the hedge weakens'),
});

export const ArgSchema = TextSpanSchema.extend({
  score: z.number(),
  entityId: z.string().optional(),
});

const dateParts = z.object({
  year: z.number().int().optional(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
  weekday: z.number().int().optional(),
  hour: z.number().int().optional(),
  minute: z.number().int().optional(),
});

export const TimeSchema = ArgSchema.extend({
  iso: z.string().optional().describe('the resolved calendar date, YYYY-MM-DD'),
  known: dateParts.describe('parts the text states'),
  implied: dateParts.describe('parts inferred from the reference date'),
});

export const CountSchema = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().optional(),
  exact: z.boolean(),
  evidence: z.array(TextSpanSchema),
});

export const EventSchema = z.object({
  type: z.string(),
  summary: z.string(),
  who: z.array(ArgSchema),
  what: ArgSchema.nullable(),
  when: TimeSchema.nullable(),
  where: z.array(ArgSchema),
  why: ArgSchema.nullable(),
  how: ArgSchema.nullable(),
  perpetrators: z.array(ArgSchema),
  targets: z.array(ArgSchema),
  weapons: z.array(ArgSchema),
  casualties: z.object({
    killed: CountSchema.nullable(),
    injured: CountSchema.nullable(),
    perpetratorsKilled: CountSchema.nullable(),
  }),
});

export const SourceSchema = z.object({
  url: z.string().optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  published: z.string().optional().describe('ISO date of publication'),
});

export const RecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('sha256 of the cleaned text'),
  source: SourceSchema,
  text: z.string().describe('the cleaned text; every offset in the record indexes it'),
  cleaning: z.array(CleaningEditSchema),
  sections: z
    .array(SpanSchema.extend({ kind: z.enum(['title', 'lead', 'body', 'caption']) }))
    .describe('where the title, lead, body and photo captions lie in text'),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  attributions: z.array(AttributionSchema),
  hedges: z.array(HedgeSchema),
  event: EventSchema,
});

export type DossierRecord = z.infer<typeof RecordSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Geo = z.infer<typeof GeoSchema>;
export type CleaningEdit = z.infer<typeof CleaningEditSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Hedge = z.infer<typeof HedgeSchema>;
export type Arg = z.infer<typeof ArgSchema>;
export type Time = z.infer<typeof TimeSchema>;
export type Count = z.infer<typeof CountSchema>;
export type DossierEvent = z.infer<typeof EventSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SectionKind = DossierRecord['sections'][number]['kind'];

/** The record's JSON Schema, generated from the zod schema so the two cannot drift. */
export function recordJsonSchema(): object {
  return z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' });
}

export function emptyEvent(): DossierEvent {
  return {
    type: 'unknown',
    summary: '',
    who: [],
    what: null,
    when: null,
    where: [],
    why: null,
    how: null,
    perpetrators: [],
    targets: [],
    weapons: [],
    casualties: { killed: null, injured: null, perpetratorsKilled: null },
  };
}
