import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ExtractService } from '../../src/app/extract-service.js';
import type { DossierRecord } from '../../src/core/record.js';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';
import type { StoredEvent } from '../../src/store/repository.js';
import { chromiumPath, launchBrowser, reportNoBrowser } from '../helpers/browser.js';
import { repoRoot } from '../helpers/cli.js';
import { startServe, type Served } from '../helpers/serve.js';

if (!chromiumPath) reportNoBrowser();
const outDir = resolve(repoRoot, 'test-output');

// Two reports of one blast, written for this test, that disagree on the toll.
const REPORTS = [
  { publisher: 'Harbour Wire', url: 'https://wire.example/blast', published: '2026-11-21', title: 'Blast at Mersin fish market kills two',
    body: 'A car bomb exploded at the fish market in Mersin on Saturday, killing two people, police said. Traders were setting up their stalls.' },
  { publisher: 'Coast Daily', url: 'https://coast.example/news/1', published: '2026-11-22', title: 'Four dead in Mersin market bombing',
    body: 'Four people died when a car bomb went off near the fish market in Mersin, the governor said. Twelve others were injured.' },
];

async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto(url);
  return { page, problems };
}

describe.skipIf(!chromiumPath)('the store pages in Chromium (dossier serve --db on a temporary SQLite file)', () => {
  let dir: string;
  let served: Served;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let records: DossierRecord[];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'dossier-web-'));
    const db = join(dir, 'store.db');
    const repo = SqliteRepository.open(db);
    await repo.migrate();
    const extract = new ExtractService();
    records = REPORTS.map((r) => extract.extractArticle({ title: r.title, body: r.body, meta: { publisher: r.publisher, url: r.url, published: r.published, title: r.title } }).record);
    for (const [i, record] of records.entries()) await repo.putRecord(record, { contentHash: `hash-${i}`, origin: REPORTS[i]!.url });
    // The event as the clusterer would store it (clustering is tested on its own).
    const event: StoredEvent = {
      id: 'ev-mersin', type: 'bombing', summary: 'Car bomb at the Mersin fish market', when: '2026-11-21',
      where: { name: 'Mersin', lat: 36.81, lon: 34.64, country: 'TR' },
      records: records.map((r, i) => ({ id: r.id, url: REPORTS[i]!.url, title: REPORTS[i]!.title, publisher: REPORTS[i]!.publisher })),
      merged: { who: [], perpetrators: [], targets: [], weapons: ['car bomb'], killed: 4, injured: 12 },
      disagreements: [{ field: 'killed', values: [
        { value: 2, recordId: records[0]!.id, url: REPORTS[0]!.url, publisher: REPORTS[0]!.publisher },
        { value: 4, recordId: records[1]!.id, url: REPORTS[1]!.url, publisher: REPORTS[1]!.publisher },
      ] }],
      centroid: { entityNames: ['Mersin'], terms: { bomb: 2 }, type: 'bombing', day: '2026-11-21' },
      updatedAt: '2026-11-22T10:00:00Z',
    };
    await repo.putEvent(event);
    await repo.close();
    served = await startServe(['--db', db]);
    ({ context, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close?.();
    await served?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('searches the stored records, shows the events on a timeline and a map', async () => {
    const { page, problems } = await openPage(context, `${served.url}#store`);
    await page.waitForSelector('#search-results .hits');
    expect(await page.$$eval('#search-results .hits li a', (els) => els.map((e) => e.textContent).sort())).toEqual(REPORTS.map((r) => r.title).sort());
    await page.fill('#search-q', 'governor');
    await page.click('form[role=search] button');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .hits li').length === 1);
    expect(await page.textContent('#search-results .hits li a')).toBe(REPORTS[1]!.title);
    expect(await page.textContent('#search-results mark')).toBe('governor');
    await page.waitForSelector('.timeline li');
    expect(await page.textContent('.timeline li')).toContain('2026-11-21');
    expect(await page.textContent('.timeline li')).toContain('sources disagree');
    expect(await page.$$('.map-panel .marker[data-name="Mersin"]')).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.screenshot({ path: resolve(outDir, 'store-home.png'), fullPage: true });
    await page.close();
  });

  it('shows an event with its sources side by side and who said which toll', async () => {
    const { page, problems } = await openPage(context, `${served.url}#store`);
    await page.click('.timeline a');
    await page.waitForSelector('.sources .source');
    expect(await page.$$('.sources .source')).toHaveLength(2);
    const rows = await page.$$eval('.disagreements tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())));
    expect(rows).toEqual([['killed', '2', 'Harbour Wire'], ['4', 'Coast Daily']]);
    expect(await page.$$eval('.sources .source h4 a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(REPORTS.map((r) => r.url));
    expect(await page.textContent('.sources')).toContain('Killed (differs)');
    // From a source to its record, annotated.
    await page.click('.sources .source >> text=Open this record annotated');
    await page.waitForSelector('#view-store .record');
    expect(await page.textContent('#view-store #article-text-view')).toBe(records[0]!.text);
    expect(problems).toEqual([]);
    await page.screenshot({ path: resolve(outDir, 'store-event.png'), fullPage: true });
    await page.close();
  });

  it('saves an annotated article to the store from the page, then finds it', async () => {
    const { page, problems } = await openPage(context, served.url);
    await page.fill('#article-text', readFileSync(resolve(repoRoot, 'examples', 'harbour-blast.txt'), 'utf8'));
    await page.check('#article-save');
    const [response] = await Promise.all([page.waitForResponse('**/api/extract'), page.click('#extract-button')]);
    expect(response.status()).toBe(200);
    expect(response.headers().location).toMatch(/^\/api\/records\/[0-9a-f]{64}$/);
    await page.goto(`${served.url}#store`);
    await page.fill('#search-q', 'Anadolu');
    await page.click('form[role=search] button');
    await page.waitForSelector('#search-results mark');
    expect(await page.textContent('#search-results mark')).toBe('Anadolu');
    expect(problems).toEqual([]);
    await page.close();
  });
});
