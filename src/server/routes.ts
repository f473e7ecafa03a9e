import type { ArticleExtractor } from '../app/article-extractor.js';
import { readArticleRequest } from '../app/article-request.js';
import type { StoreService } from '../app/store-service.js';
import { DossierError } from '../core/errors.js';
import { RecordSchema } from '../core/record.js';
import {
  ErrorSchema, EventListSchema, EventQuerySchema, ExtractRequestSchema, HealthSchema, IdParamsSchema,
  RecordQuerySchema, SearchResultSchema, StoredEventSchema,
} from './api-schemas.js';
import { route, type ResponseDef, type RouteDef } from './route-def.js';

export interface RouteDeps {
  readonly extract: ArticleExtractor;
  /** Absent when the server runs without a store: the store's routes answer 503. */
  readonly store?: StoreService;
  readonly storeKind: 'sqlite' | 'postgres' | 'none';
  readonly allowPrivateUrls: boolean;
  readonly version: string;
}

const err = (description: string): ResponseDef => ({ description, schema: ErrorSchema });
const badRequest = err('bad request: a query or field is missing or malformed');
const storeErrors = { 500: err('the store failed'), 503: err('the server runs without a store') };

/** The store is unavailable (503), not broken (500): the server was started without one. */
class NoStoreError extends DossierError {
  constructor() {
    super('STORE_FAILED', 'this server runs without a store: start it with --db FILE or --pg URL');
  }
  override get httpStatus(): number {
    return 503;
  }
}

function requireStore(deps: RouteDeps): StoreService {
  if (!deps.store) throw new NoStoreError();
  return deps.store;
}

/** The API's routes. Thin: each checks its input (by the schemas) and calls a service. */
export function apiRoutes(deps: RouteDeps): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/health', operationId: 'health', tag: 'meta',
      summary: 'Liveness, version and the store in use',
      responses: { 200: { description: 'the server is up', schema: HealthSchema } },
      handler: async () => ({
        status: 'ok' as const,
        version: deps.version,
        store: deps.storeKind,
        ...(deps.store ? { records: await deps.store.count() } : {}),
      }),
    }),
    route({
      method: 'POST', url: '/api/extract', operationId: 'extract', tag: 'extract',
      summary: 'Extract the record of one article given as text, HTML or a URL',
      body: ExtractRequestSchema,
      responses: {
        200: { description: 'the record (schemaVersion 1)', schema: RecordSchema },
        400: err('bad JSON, a missing or extra field, or a bad date'),
        403: err('the URL points at a loopback, private or metadata address'),
        413: err('the request or the fetched page is over the size limit'),
        415: err('the request is not JSON, or the fetched page is not HTML, text or JSON'),
        422: err('no article text could be extracted'),
        502: err('the URL could not be fetched'),
        ...storeErrors,
      },
      handler: async ({ body, reply }) => {
        const { article, contentHash } = await readArticleRequest(body, { allowPrivateUrls: deps.allowPrivateUrls });
        const { record } = await deps.extract.extractArticle(article, { date: body.date });
        if (body.save) {
          const { id } = await requireStore(deps).save(record, { contentHash, origin: article.meta.url ?? 'api' });
          reply.header('location', `/api/records/${id}`);
        }
        return record;
      },
    }),
    route({
      method: 'GET', url: '/api/records', operationId: 'searchRecords', tag: 'store',
      summary: 'Search stored records (full text, with filters); newest first without a query',
      query: RecordQuerySchema,
      responses: { 200: { description: 'matching records with snippets', schema: SearchResultSchema }, 400: badRequest, ...storeErrors },
      handler: async ({ query }) => requireStore(deps).search(query),
    }),
    route({
      method: 'GET', url: '/api/records/:id', operationId: 'getRecord', tag: 'store',
      summary: 'One stored record',
      params: IdParamsSchema,
      responses: { 200: { description: 'the record', schema: RecordSchema }, 404: err('no record with that id'), ...storeErrors },
      handler: async ({ params }) => requireStore(deps).record(params.id),
    }),
    route({
      method: 'GET', url: '/api/events', operationId: 'listEvents', tag: 'store',
      summary: 'Stored events (records clustered across sources)',
      query: EventQuerySchema,
      responses: { 200: { description: 'the events', schema: EventListSchema }, 400: badRequest, ...storeErrors },
      handler: async ({ query }) => requireStore(deps).events(query),
    }),
    route({
      method: 'GET', url: '/api/events/:id', operationId: 'getEvent', tag: 'store',
      summary: 'One stored event with its sources and their disagreements',
      params: IdParamsSchema,
      responses: { 200: { description: 'the event', schema: StoredEventSchema }, 404: err('no event with that id'), ...storeErrors },
      handler: async ({ params }) => requireStore(deps).event(params.id),
    }),
  ];
}
