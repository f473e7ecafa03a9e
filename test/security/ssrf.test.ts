import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ExtractService } from '../../src/app/extract-service.js';
import { buildServer } from '../../src/server/build-server.js';

/**
 * POST /api/extract {url} must not reach this machine, the private network or the cloud
 * metadata service: every spelling of such an address is refused with 403 before any request
 * is sent, and so is a redirect to one from a public host.
 */
const extract = new ExtractService();
const PUBLIC_HOST = '93.184.216.34'; // a public address; its answers are faked below, nothing leaves the machine
const STORY = `<html><head><title>Harbour blast</title></head><body><article><h1>Harbour blast</h1><p>${'A car bomb exploded near the fish market in Mersin on Saturday, officials said. '.repeat(6)}</p></article></body></html>`;

describe('SSRF: POST /api/extract {url}', () => {
  let origin: Server;
  let port: number;
  let hits = 0;
  let guarded: FastifyInstance;
  let trusting: FastifyInstance;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    // A "secret" service on loopback: the guard must keep every request away from it.
    origin = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/html' }).end(STORY);
    });
    await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
    port = (origin.address() as AddressInfo).port;
    guarded = await buildServer({ extract });
    trusting = await buildServer({ extract, allowPrivateUrls: true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  afterAll(async () => {
    await guarded.close();
    await trusting.close();
    await new Promise((r) => origin.close(r));
  });

  const post = (app: FastifyInstance, url: string) =>
    app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ url }) });

  it('403 for loopback, private, link-local and metadata addresses however they are written; nothing reaches them', async () => {
    const targets = [
      `http://127.0.0.1:${port}/story`,
      `http://localhost:${port}/story`,
      `http://[::1]:${port}/story`,
      `http://[::ffff:127.0.0.1]:${port}/story`,
      `http://2130706433:${port}/story`, // 127.0.0.1 as one number
      `http://0x7f.1:${port}/story`, // and in hex
      `http://127.1:${port}/story`,
      `http://0.0.0.0:${port}/story`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:169.254.169.254]/latest/meta-data/',
      'http://[fe80::1]/',
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://172.16.0.1/',
      'http://100.64.0.1/',
      'http://[fd00::1]/',
      'https://127.0.0.1/',
    ];
    const answers = await Promise.all(targets.map(async (url) => {
      const res = await post(guarded, url);
      return { url, status: res.statusCode, code: (res.json() as { error?: { code: string } }).error?.code };
    }));
    expect(answers).toEqual(targets.map((url) => ({ url, status: 403, code: 'FORBIDDEN_URL' })));
    expect(hits).toBe(0);
  });

  it('403 for a redirect from a public host to loopback or metadata, refused before the second request', async () => {
    const targets = [`http://127.0.0.1:${port}/story`, `http://localhost:${port}/story`, 'http://169.254.169.254/latest/meta-data/', `http://[::1]:${port}/`];
    for (const target of targets) {
      const calls: string[] = [];
      vi.stubGlobal('fetch', async (input: URL | string, init?: RequestInit) => {
        const url = new URL(String(input));
        calls.push(url.href);
        if (url.hostname === PUBLIC_HOST) return new Response('moved', { status: 302, headers: { location: target } });
        return realFetch(input, init);
      });
      const res = await post(guarded, `http://${PUBLIC_HOST}/story`);
      expect({ target, status: res.statusCode, code: (res.json() as { error: { code: string } }).error.code }).toEqual({ target, status: 403, code: 'FORBIDDEN_URL' });
      expect(calls).toEqual([`http://${PUBLIC_HOST}/story`]);
      vi.unstubAllGlobals();
    }
    expect(hits).toBe(0);
  });

  it('with --allow-private-urls the same redirect is followed (so the refusal above is the guard, not the fake)', async () => {
    vi.stubGlobal('fetch', async (input: URL | string, init?: RequestInit) => {
      const url = new URL(String(input));
      if (url.hostname === PUBLIC_HOST) return new Response('moved', { status: 302, headers: { location: `http://127.0.0.1:${port}/story` } });
      return realFetch(input, init);
    });
    const res = await post(trusting, `http://${PUBLIC_HOST}/story`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { text: string }).text).toContain('fish market');
    expect(hits).toBe(1);
  });
});
