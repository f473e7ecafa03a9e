import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { z } from 'zod';
import type { ArticleExtractor } from '../app/article-extractor.js';
import type { StoreService } from '../app/store-service.js';
import { DossierError } from '../core/errors.js';
import { LIMITS } from '../ingest/limits.js';
import { installErrorHandling } from './errors.js';
import { openApiDocument } from './openapi.js';
import { pageRoutes } from './page-routes.js';
import type { RouteDef } from './route-def.js';
import { apiRoutes } from './routes.js';
import { addSecurityHeaders } from './security.js';

export interface ServerDeps {
  readonly extract: ArticleExtractor;
  readonly store?: StoreService;
  readonly storeKind?: 'sqlite' | 'postgres' | 'none';
  /** Let POST /api/extract fetch loopback and private addresses (refused by default: SSRF). */
  readonly allowPrivateUrls?: boolean;
  /** Largest request body in bytes (default: the input limit, 5 MiB). */
  readonly bodyLimit?: number;
  /** Longest a request may take, in ms (default 60 s). */
  readonly requestTimeoutMs?: number;
  /** Where the built page lies (default web/dist beside the package). */
  readonly webRoot?: string;
  readonly logger?: boolean;
  /**
   * Host names the server answers to (the Host header, port aside); others get 400. A server on
   * loopback lists only loopback names, so a web page cannot reach it by DNS rebinding.
   */
  readonly allowedHosts?: readonly string[];
}

/** The names a loopback-bound server answers to. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

function hostName(header: string | undefined): string {
  return (header ?? '').toLowerCase().replace(/:\d+$/, '');
}

const packageRoot = new URL('../../', import.meta.url);
export const defaultWebRoot = fileURLToPath(new URL('web/dist/', packageRoot));

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string };
  return pkg.version;
}

const registered = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every method and URL the server answers (HEAD aside), as registered: for tests and docs. */
export function registeredRoutes(app: FastifyInstance): readonly { method: string; url: string }[] {
  return registered.get(app) ?? [];
}

/** Checks one part of a request against its schema: a failure is a 400 naming the field. */
function check<T>(schema: z.ZodType<T> | undefined, value: unknown, part: string): T {
  if (!schema) return undefined as T;
  const res = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (res.success) return res.data;
  const issue = res.error.issues[0]!;
  const where = issue.path.length ? `${part} field "${issue.path.join('.')}"` : part;
  const detail = value === undefined && part === 'body' ? 'a JSON object is required' : issue.message;
  throw new DossierError('USAGE', `request: ${where}: ${detail}`);
}

/**
 * The HTTP server: the API, its OpenAPI document and the page, with limits, security headers and
 * one error shape. Built without listening, so tests drive it with `inject`.
 */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const bodyLimit = deps.bodyLimit ?? LIMITS.maxInputBytes;
  const app = Fastify({
    bodyLimit,
    requestTimeout: deps.requestTimeoutMs ?? 60_000,
    connectionTimeout: deps.requestTimeoutMs ?? 60_000,
    logger: deps.logger ?? false,
    // The API takes JSON only; a plain-text body is refused with 415 rather than guessed at.
  });
  app.removeContentTypeParser('text/plain');
  const seen: { method: string; url: string }[] = [];
  registered.set(app, seen);
  app.addHook('onRoute', (opts) => {
    for (const method of [opts.method].flat()) if (method !== 'HEAD') seen.push({ method, url: opts.url });
  });
  addSecurityHeaders(app);
  if (deps.allowedHosts) {
    const allowed = new Set(deps.allowedHosts.map((h) => h.toLowerCase()));
    app.addHook('onRequest', async (req) => {
      if (!allowed.has(hostName(req.headers.host))) {
        throw new DossierError('USAGE', `request: Host ${JSON.stringify(req.headers.host ?? '')} is not a name of this server (start it with --host to serve other names)`);
      }
    });
  }
  installErrorHandling(app, bodyLimit);

  const webRoot = deps.webRoot ?? defaultWebRoot;
  const version = packageVersion();
  const routes: RouteDef[] = [
    ...apiRoutes({ extract: deps.extract, store: deps.store, storeKind: deps.storeKind ?? (deps.store ? 'sqlite' : 'none'), allowPrivateUrls: deps.allowPrivateUrls ?? false, version }),
  ];
  const assets = join(webRoot, 'assets');
  const hasAssets = existsSync(assets);
  routes.push(...pageRoutes({ webRoot, hasAssets, openapi: () => openApiDocument(routes, version) }));

  for (const r of routes) {
    if (r.registeredBy === 'static') continue;
    app.route({
      method: r.method,
      url: r.url,
      handler: async (req, reply) => {
        const params = check(r.params, req.params, 'path');
        const query = check(r.query, req.query, 'query');
        const body = check(r.body, req.body, 'body');
        return r.handler({ params, query, body, reply });
      },
    });
  }
  if (hasAssets) {
    await app.register(fastifyStatic, { root: assets, prefix: '/assets/', index: false, maxAge: '1d', immutable: true });
  }
  return app;
}
