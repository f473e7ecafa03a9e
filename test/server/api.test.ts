import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ExtractService } from '../../src/app/extract-service.js';
import { StoreService } from '../../src/app/store-service.js';
import { RecordSchema, type DossierRecord } from '../../src/core/record.js';
import { buildServer, registeredRoutes } from '../../src/server/build-server.js';
import { openApiPath } from '../../src/server/openapi.js';
import type { StoredEvent } from '../../src/store/repository.js';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';

const extract = new ExtractService();
const ARTICLE = 'Two people were killed in a blast in Mersin on Saturday, officials said. Police detained a suspect.';

function sampleEvent(id: string, when: string): StoredEvent {
  return {
    // A different story from ARTICLE (a flood, not a blast), so the record saved below starts its own event.
    id, type: 'disaster', summary: 'A flood in Dhaka', when, where: { name: 'Dhaka', lat: 23.81, lon: 90.41, country: 'BD' },
    records: [{ id: 'r1', publisher: 'Wire A' }, { id: 'r2', publisher: 'Wire B' }],
    merged: { who: [], perpetrators: [], targets: [], weapons: [], killed: 4, injured: 12 },
    disagreements: [{ field: 'killed', values: [{ value: 2, recordId: 'r1', publisher: 'Wire A' }, { value: 4, recordId: 'r2', publisher: 'Wire B' }] }],
    centroid: { entityNames: ['Dhaka'], terms: { flood: 1, river: 1 }, type: 'disaster' },
    updatedAt: '2026-11-26T00:00:00Z',
  };
}

async function post(app: FastifyInstance, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return app.inject({ method: 'POST', url: '/api/extract', headers, payload: typeof body === 'string' ? body : JSON.stringify(body) });
}

function expectError(res: { statusCode: number; json: () => unknown }, status: number, code: string): void {
  expect({ status: res.statusCode, code: (res.json() as { error: { code: string } }).error.code }).toEqual({ status, code });
  expect((res.json() as { error: { message: string } }).error.message).toMatch(/\S/);
}

describe('HTTP API with a store', () => {
  let app: FastifyInstance;
  let repo: SqliteRepository;
  let origin: Server;
  let originUrl: string;

  beforeAll(async () => {
    repo = SqliteRepository.open(':memory:');
    await repo.migrate();
    await repo.putEvent(sampleEvent('ev-1', '2026-11-21'));
    app = await buildServer({ extract, store: new StoreService(repo), storeKind: 'sqlite', bodyLimit: 64 * 1024 });
    // A news site on loopback, to fetch from (allowed only when the server says so).
    origin = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<html><head><title>Blast in Mersin</title></head><body><article><h1>Blast in Mersin</h1><p>${ARTICLE} ${'More details followed from the scene. '.repeat(10)}</p></article></body></html>`);
      } else {
        res.writeHead(404).end('gone');
      }
    });
    await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
    originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await new Promise((r) => origin.close(r));
  });

  it('GET /api/health says the store and its size', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', store: 'sqlite', records: 0 });
  });

  it('POST /api/extract returns the record of a text, valid against the schema', async () => {
    const res = await post(app, { text: ARTICLE, title: 'Blast', date: '2026-11-22' });
    expect(res.statusCode).toBe(200);
    const record = RecordSchema.parse(res.json());
    expect(record.text.startsWith('Blast\n\n')).toBe(true);
    expect(record.text).toContain('Police detained a suspect.');
    expect(record.source.title).toBe('Blast');
    expect(res.headers.location).toBeUndefined();
  });

  it('POST /api/extract reads HTML', async () => {
    const res = await post(app, { html: `<html><body><article><p>${ARTICLE}</p><p>${'Witnesses described the scene at length. '.repeat(10)}</p></article></body></html>` });
    expect(res.statusCode).toBe(200);
    expect(RecordSchema.parse(res.json()).text).toContain('Police detained a suspect.');
  });

  it('POST /api/extract reads a pasted HTML fragment (no <html> or <body>), scripts dropped', async () => {
    const res = await post(app, { html: `<p>${ARTICLE}</p><script>alert(1)</script><p>${'Witnesses described the scene at length. '.repeat(10)}</p>` });
    expect(res.statusCode).toBe(200);
    const { text } = RecordSchema.parse(res.json());
    expect(text).toContain('Police detained a suspect.');
    expect(text).not.toContain('alert');
  });

  it('POST /api/extract with save stores the record, then search and get find it', async () => {
    const res = await post(app, { text: ARTICLE, save: true });
    expect(res.statusCode).toBe(200);
    const record = res.json() as DossierRecord;
    expect(res.headers.location).toBe(`/api/records/${record.id}`);
    const got = await app.inject(`/api/records/${record.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(record);
    const found = await app.inject('/api/records?q=detained&limit=5');
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ total: 1, hits: [{ id: record.id }] });
    expect((found.json() as { hits: { snippet: string }[] }).hits[0]!.snippet).toContain('«detained»');
    // Saved records are put into events, as ingest does: this one is in exactly one.
    const events = (await app.inject('/api/events')).json() as StoredEvent[];
    expect(events.filter((e) => e.records.some((r) => r.id === record.id))).toHaveLength(1);
  });

  it('GET /api/records/:id of an unknown id is 404', async () => {
    expectError(await app.inject('/api/records/nope'), 404, 'NOT_FOUND');
  });

  it('GET /api/records with a bad filter is 400', async () => {
    expectError(await app.inject('/api/records?from=yesterday'), 400, 'USAGE');
    expectError(await app.inject('/api/records?limit=0'), 400, 'USAGE');
  });

  it('GET /api/events lists events, filtered by date', async () => {
    const all = await app.inject('/api/events');
    expect(all.statusCode).toBe(200);
    // ev-1, and the event the record saved above started (it has no date, so no date filter keeps it).
    const ids = (all.json() as StoredEvent[]).map((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain('ev-1');
    const none = await app.inject('/api/events?from=2026-12-01');
    expect(none.json()).toEqual([]);
  });

  it('GET /api/events/:id gives the event with its disagreements; unknown is 404', async () => {
    const res = await app.inject('/api/events/ev-1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(sampleEvent('ev-1', '2026-11-21'));
    expectError(await app.inject('/api/events/ev-404'), 404, 'NOT_FOUND');
  });

  it('400: bad JSON, empty body, missing source, two sources, extra field, bad date, non-http url', async () => {
    expectError(await post(app, '{"text": '), 400, 'INVALID_JSON');
    expectError(await post(app, ''), 400, 'USAGE');
    expectError(await post(app, {}), 400, 'USAGE');
    expectError(await post(app, { text: 'a', url: 'https://example.com/' }), 400, 'USAGE');
    expectError(await post(app, { text: 'a', colour: 'red' }), 400, 'USAGE');
    expectError(await post(app, { text: 'a', date: '2026-02-30' }), 400, 'USAGE');
    expectError(await post(app, { text: 42 }), 400, 'USAGE');
    expectError(await post(app, [1, 2]), 400, 'USAGE');
    // Not a file path on the server, ever.
    expectError(await post(app, { url: '/etc/passwd' }), 400, 'USAGE');
  });

  it('413: a body over the limit', async () => {
    expectError(await post(app, { text: 'word '.repeat(20_000) }), 413, 'TOO_LARGE');
  });

  it('415: a body that is not JSON', async () => {
    expectError(await post(app, ARTICLE, { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_TYPE');
    expectError(await post(app, '<p>x</p>', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_TYPE');
  });

  it('422: an article with no usable text', async () => {
    expectError(await post(app, { text: '  \n\t ' }), 422, 'EMPTY_INPUT');
    expectError(await post(app, { html: '<html><body><script>var a = 1;</script></body></html>' }), 422, 'UNUSABLE_ARTICLE');
  });

  it('403: a URL on loopback, since this server was not started with --allow-private-urls', async () => {
    expectError(await post(app, { url: `${originUrl}/story` }), 403, 'FORBIDDEN_URL');
    expectError(await post(app, { url: 'http://169.254.169.254/latest/meta-data/' }), 403, 'FORBIDDEN_URL');
  });

  it('unknown routes answer 404 in the same error shape', async () => {
    expectError(await app.inject('/api/nothing'), 404, 'NOT_FOUND');
  });

  it('a failing store answers 500 STORE_FAILED', async () => {
    const broken = SqliteRepository.open(':memory:');
    await broken.migrate();
    await broken.close();
    const other = await buildServer({ extract, store: new StoreService(broken), storeKind: 'sqlite' });
    try {
      expectError(await other.inject('/api/records/x'), 500, 'STORE_FAILED');
      expectError(await other.inject('/api/events'), 500, 'STORE_FAILED');
    } finally {
      await other.close();
    }
  });

  it('every response carries the security headers; the CSP allows no inline script', async () => {
    for (const url of ['/api/health', '/api/records/nope', '/openapi.json']) {
      const res = await app.inject(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('/openapi.json is OpenAPI 3.1 and describes every route the server registered, and nothing else', async () => {
    const res = await app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses: object; parameters: { name: string; in: string }[] }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    const registered = registeredRoutes(app).map((r) => `${r.method} ${openApiPath(r.url)}`).sort();
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    expect(registered).toContain('POST /api/extract');
    expect(described).toEqual(registered);
    // Path parameters are declared, and every $ref points at a component that exists.
    for (const [path, ops] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops)) expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(names);
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
    expect(doc.components.schemas.Record).toMatchObject({ type: 'object', required: expect.arrayContaining(['schemaVersion', 'text', 'entities', 'event']) });
  });
});

describe('HTTP API options', () => {
  it('with --allow-private-urls it fetches a loopback page; 502 when the fetch fails', async () => {
    const origin = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><head><title>Blast in Mersin</title></head><body><article><p>${ARTICLE} ${'More details followed from the scene. '.repeat(10)}</p></article></body></html>`);
      } else res.writeHead(500).end('broken');
    });
    await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
    const app = await buildServer({ extract, allowPrivateUrls: true });
    try {
      const ok = await post(app, { url: `${base}/story` });
      expect(ok.statusCode).toBe(200);
      expect((ok.json() as DossierRecord).source.url).toBe(`${base}/story`);
      expect((ok.json() as DossierRecord).text).toContain('Police detained a suspect.');
      expectError(await post(app, { url: `${base}/broken` }), 502, 'FETCH_FAILED');
      await new Promise((r) => origin.close(r));
      expectError(await post(app, { url: `${base}/story` }), 502, 'FETCH_FAILED');
    } finally {
      await app.close();
      origin.close();
    }
  });

  it('without a store the store routes answer 503 and health says none', async () => {
    const app = await buildServer({ extract });
    try {
      expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok', version: expect.any(String), store: 'none' });
      expectError(await app.inject('/api/records?q=x'), 503, 'STORE_FAILED');
      expectError(await app.inject('/api/events'), 503, 'STORE_FAILED');
      expectError(await post(app, { text: ARTICLE, save: true }), 503, 'STORE_FAILED');
    } finally {
      await app.close();
    }
  });

  it('serves a real listening socket on an ephemeral port', async () => {
    const app = await buildServer({ extract });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get('content-security-policy')).toContain("script-src 'self'");
      const res = await fetch(`http://127.0.0.1:${port}/api/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: ARTICLE }) });
      expect(res.status).toBe(200);
      expect(RecordSchema.parse(await res.json()).text).toBe(ARTICLE);
    } finally {
      await app.close();
    }
  });

  it('with allowedHosts, a request naming another host is refused (DNS rebinding)', async () => {
    const app = await buildServer({ extract, allowedHosts: ['localhost', '127.0.0.1', '[::1]'] });
    try {
      expect((await app.inject({ url: '/api/health', headers: { host: '127.0.0.1:8080' } })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/health', headers: { host: '[::1]:8080' } })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/health', headers: { host: 'localhost' } })).statusCode).toBe(200);
      expectError(await app.inject({ url: '/api/health', headers: { host: 'attacker.example:8080' } }), 400, 'USAGE');
      expectError(await app.inject({ method: 'POST', url: '/api/extract', headers: { host: 'attacker.example', 'content-type': 'application/json' }, payload: '{"text":"x"}' }), 400, 'USAGE');
    } finally {
      await app.close();
    }
  });

  it('GET / says plainly when the page is not built', async () => {
    const app = await buildServer({ extract, webRoot: '/nonexistent/web/dist' });
    try {
      const res = await app.inject('/');
      expectError(res, 404, 'NOT_FOUND');
      expect((res.json() as { error: { message: string } }).error.message).toContain('npm run build');
    } finally {
      await app.close();
    }
  });
});
