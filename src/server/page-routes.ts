import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DossierError } from '../core/errors.js';
import { route, type RouteDef } from './route-def.js';
import { ErrorSchema } from './api-schemas.js';

/** Served by @fastify/static when the page is built; described here like every other route. */
const assetRoute: RouteDef = {
  method: 'GET', url: '/assets/*', operationId: 'asset', tag: 'page', registeredBy: 'static',
  summary: "The page's scripts and styles (content-hashed file names)",
  params: z.object({ file: z.string().describe('a file of the built page') }),
  responses: { 200: { description: 'the file', contentType: 'application/octet-stream' }, 404: { description: 'no such file', schema: ErrorSchema } },
  handler: async () => undefined,
};

/** The page (built by Vite into web/dist), its assets, and the OpenAPI document. */
export function pageRoutes(opts: { webRoot: string; hasAssets: boolean; openapi: () => object }): RouteDef[] {
  let doc: object | undefined;
  return [
    route({
      method: 'GET', url: '/', operationId: 'page', tag: 'page',
      summary: 'The web page: annotate an article, browse stored records and events',
      responses: { 200: { description: 'the page', contentType: 'text/html' }, 404: { description: 'the page is not built', schema: ErrorSchema } },
      handler: async ({ reply }) => {
        let html: string;
        try {
          html = await readFile(join(opts.webRoot, 'index.html'), 'utf8');
        } catch {
          throw new DossierError('NOT_FOUND', `${opts.webRoot}: the page is not built (run "npm run build")`);
        }
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
      },
    }),
    ...(opts.hasAssets ? [assetRoute] : []),
    route({
      method: 'GET', url: '/openapi.json', operationId: 'openapi', tag: 'meta',
      summary: 'This OpenAPI 3.1 document, generated from the route definitions and zod schemas',
      responses: { 200: { description: 'the OpenAPI document', contentType: 'application/json' } },
      handler: async () => (doc ??= opts.openapi()),
    }),
  ];
}
