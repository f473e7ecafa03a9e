import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startServe, type Served } from '../helpers/serve.js';

describe('dossier serve (the built CLI, on a free port, with a temporary SQLite store)', () => {
  let dir: string;
  let served: Served;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
    served = await startServe(['--db', join(dir, 'store.db')]);
  });
  afterAll(async () => {
    await served?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on loopback and reports its store', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${served.url}api/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'sqlite', records: 0 });
  });

  it('serves the built page and its assets under the CSP, with no inline script', async () => {
    const res = await fetch(served.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body!.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attrs!)?.[1];
      expect(src).toMatch(/^\/assets\//);
      const asset = await fetch(new URL(src!, served.url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('javascript');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect((await fetch(`${served.url}assets/nothing.js`)).status).toBe(404);
  });

  it('stores what /api/extract is asked to save, and finds it', async () => {
    const res = await fetch(`${served.url}api/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'A ferry ran aground off Bodrum on Sunday, the coast guard said. All passengers were rescued.', save: true }),
    });
    expect(res.status).toBe(200);
    const found = await fetch(`${served.url}api/records?q=ferry`);
    expect(await found.json()).toMatchObject({ total: 1 });
  });

  it('refuses a bad port with the usage exit code', () => {
    const res = runCli(['serve', '--port', '99999', '--db', join(dir, 'x.db')]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--port 99999');
  });
});
