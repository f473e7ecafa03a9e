import { z } from 'zod';
import { RecordSchema } from '../core/record.js';
import type { SearchResult, StoredEvent } from '../store/repository.js';

/**
 * The API's request and response shapes as zod schemas: requests are checked with them and the
 * OpenAPI document is generated from them, so the two cannot drift. The record is the core's own.
 */

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('the error kind, e.g. USAGE, NOT_FOUND, TOO_LARGE (see ErrorCodes)'),
    message: z.string().describe('one line naming the input and the problem'),
  }),
});

export const ExtractRequestSchema = z
  .object({
    text: z.string().optional().describe('the article as plain text'),
    html: z.string().optional().describe('the article page as HTML'),
    url: z.string().optional().describe('an http(s) URL to fetch the article from'),
    date: z.string().optional().describe('reference date YYYY-MM-DD for relative times when the article states none'),
    title: z.string().optional().describe('the headline, when the text lacks one'),
    save: z.boolean().optional().describe('also store the record (needs a store); the Location header then names it'),
  })
  .strict()
  .describe('exactly one of text, html or url');

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.enum(['sqlite', 'postgres', 'none']),
  records: z.number().int().nonnegative().optional().describe('records in the store'),
});

const limit = z.coerce.number().int().min(1).max(500).optional();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date in the form YYYY-MM-DD').optional();

export const RecordQuerySchema = z.object({
  q: z.string().optional().describe('full-text query'),
  entity: z.string().optional().describe('records mentioning an entity of this name'),
  type: z.string().optional().describe('event type'),
  place: z.string().optional(),
  from: isoDay.describe('published on or after (YYYY-MM-DD)'),
  to: isoDay.describe('published on or before (YYYY-MM-DD)'),
  limit,
  offset: z.coerce.number().int().min(0).optional(),
});

export const EventQuerySchema = z.object({
  from: isoDay.describe('events on or after (YYYY-MM-DD)'),
  to: isoDay.describe('events on or before (YYYY-MM-DD)'),
  type: z.string().optional().describe('event type'),
  limit,
});

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200).describe('the id') });

const RecordSummaryShape = {
  id: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
  eventType: z.string(),
  summary: z.string(),
  origin: z.string().optional().describe('where it was ingested from (path, file:line, URL)'),
};

export const SearchResultSchema = z.object({
  total: z.number().int().nonnegative(),
  hits: z.array(z.object({ ...RecordSummaryShape, snippet: z.string().describe('matching words in context; matches wrapped in « »') })),
});

const SourcedValueSchema = z.object({
  value: z.union([z.string(), z.number()]),
  recordId: z.string(),
  url: z.string().optional(),
  publisher: z.string().optional(),
});

export const StoredEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  summary: z.string(),
  when: z.string().nullable().describe('ISO date of the event'),
  where: z.object({ name: z.string(), lat: z.number().optional(), lon: z.number().optional(), country: z.string().optional() }).nullable(),
  records: z.array(z.object({ id: z.string(), url: z.string().optional(), title: z.string().optional(), publisher: z.string().optional() })),
  merged: z.object({
    who: z.array(z.string()),
    perpetrators: z.array(z.string()),
    targets: z.array(z.string()),
    weapons: z.array(z.string()),
    killed: z.number().nullable(),
    injured: z.number().nullable(),
  }),
  disagreements: z.array(z.object({ field: z.string(), values: z.array(SourcedValueSchema) })).describe('fields whose values differ between sources, each value with the records that give it'),
  centroid: z.object({
    entityNames: z.array(z.string()),
    terms: z.record(z.string(), z.number()),
    lat: z.number().optional(),
    lon: z.number().optional(),
    day: z.string().optional(),
    type: z.string(),
  }),
  updatedAt: z.string(),
});

export const EventListSchema = z.array(StoredEventSchema);

/** Schemas given a name in the OpenAPI document's components (referenced, not repeated). */
export const namedSchemas = z.registry<{ id: string }>();
namedSchemas.add(RecordSchema, { id: 'Record' });
namedSchemas.add(ErrorSchema, { id: 'Error' });
namedSchemas.add(StoredEventSchema, { id: 'StoredEvent' });
namedSchemas.add(SearchResultSchema, { id: 'SearchResult' });
namedSchemas.add(ExtractRequestSchema, { id: 'ExtractRequest' });
namedSchemas.add(HealthSchema, { id: 'Health' });

// Compile-time checks that the schemas describe the store's own types: same fields, assignable.
type Assignable<A, B> = [A] extends [B] ? true : false;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const eventsMatch: Assignable<z.infer<typeof StoredEventSchema>, StoredEvent> & SameKeys<z.infer<typeof StoredEventSchema>, StoredEvent> = true;
const searchMatches: Assignable<z.infer<typeof SearchResultSchema>, SearchResult> & SameKeys<z.infer<typeof SearchResultSchema>['hits'][number], SearchResult['hits'][number]> = true;
void eventsMatch;
void searchMatches;
