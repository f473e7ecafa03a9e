import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadedArticleExtractor } from '../../src/app/article-extractor.js';
import { ExtractService } from '../../src/app/extract-service.js';
import { RecordSchema } from '../../src/core/record.js';
import { runCli } from '../helpers/cli.js';
import { startServe, type Served } from '../helpers/serve.js';

const ARTICLE = 'Two people were killed in a blast in Mersin on Saturday, officials said. Police detained a suspect.';
/** Long enough that extracting it takes a good while longer than answering a health check. */
const LONG = Array.from({ length: 400 }, (_, i) => `Report ${i}: officials in Ankara said police detained ${i % 7 + 2} suspects after the blast on Saturday.`).join(' ');

describe('extraction in worker threads', () => {
  it('gives the record the server thread would give, and the same errors', async () => {
    const threaded = new ThreadedArticleExtractor(1);
    try {
      const article = { body: ARTICLE, meta: { origin: 'api' } };
      const here = new ExtractService().extractArticle(article, { date: '2016-12-19' }).record;
      const there = (await threaded.extractArticle(article, { date: '2016-12-19' })).record;
      expect(there).toEqual(here);
      await expect(threaded.extractArticle({ body: '   ', meta: { origin: 'api' } })).rejects.toMatchObject({ code: 'EMPTY_INPUT', message: expect.stringContaining('api: input is empty') });
    } finally {
      await threaded.close();
    }
  });
});

describe('dossier serve --workers', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startServe(['--workers', '1']);
  }, 60_000);
  afterAll(async () => {
    await served?.stop();
  });

  it('answers other requests while a long article is being extracted', async () => {
    const order: string[] = [];
    const extract = fetch(`${served.url}api/extract`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: LONG }),
    }).then(async (res) => {
      order.push('extract');
      return res;
    });
    // Give the request time to reach the server and its worker before asking for health.
    await new Promise((r) => setTimeout(r, 150));
    const health = await fetch(`${served.url}api/health`);
    order.push('health');
    expect(health.status).toBe(200);
    const res = await extract;
    expect(res.status).toBe(200);
    expect(RecordSchema.parse(await res.json()).text).toBe(LONG);
    expect(order).toEqual(['health', 'extract']);
  }, 60_000);

  it('refuses a bad --workers with a usage error', () => {
    const res = runCli(['serve', '--workers', 'many']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--workers many: expected a whole number from 0 to 64');
  });
});
