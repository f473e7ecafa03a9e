import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { DossierRecord } from '../../src/core/record.js';
import { pipelineStages } from '../../src/pipeline/registry.js';
import { chromiumPath, launchBrowser, reportNoBrowser } from '../helpers/browser.js';
import { repoRoot } from '../helpers/cli.js';
import { startServe, type Served } from '../helpers/serve.js';
import { hasSharedFixtures, reportMissing, seedArticle } from '../helpers/shared-data.js';
import { handMadeRecord } from './fixture-record.js';

if (!chromiumPath) reportNoBrowser();
const outDir = resolve(repoRoot, 'test-output');
const harbour = resolve(repoRoot, 'examples', 'harbour-blast.txt');

// What the pipeline can do today: the assertions that need a layer run once its stage has landed.
const stages = pipelineStages();
// Entities reach the record once NER (mentions) and coreference (entities) both run.
const hasNer = stages.some((s) => s.assigns.includes('mentions')) && stages.some((s) => s.assigns.includes('entities'));
const hasGeocode = stages.some((s) => s.name === 'geocode');
// The placeholder event stage needs only sentences; the real extractor reads more layers.
const hasEvent = stages.some((s) => s.name === 'event' && s.requires.some((l) => l !== 'sentences'));

/** A page that records console errors, uncaught exceptions and dialogs (none may happen). */
async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto(url);
  return { page, problems };
}

async function annotate(page: Page, text: string, format: 'text' | 'html' = 'text'): Promise<void> {
  await page.fill('#article-text', text);
  await page.check(`input[name=format][value=${format}]`);
  const [response] = await Promise.all([page.waitForResponse('**/api/extract'), page.click('#extract-button')]);
  expect(response.status()).toBe(200);
  await page.waitForSelector('#result .record');
}

function countText(c: DossierRecord['event']['casualties']['killed']): string {
  if (!c) return 'not stated';
  const range = c.max !== undefined && c.max !== c.min ? `${c.min}–${c.max}` : String(c.min);
  return c.exact ? range : `at least ${range}`;
}

/** The words lit as one entity type, adjacent pieces joined (other layers may cut a name in pieces). */
async function entityRuns(page: Page, type: string): Promise<string[]> {
  const pieces = await page.$$eval(`#article-text-view [data-entity-type="${type}"]`, (els) =>
    els.map((e) => ({ start: Number(e.getAttribute('data-start')), end: Number(e.getAttribute('data-end')), text: e.textContent ?? '' })));
  const runs: { end: number; text: string }[] = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.end === p.start) {
      last.end = p.end;
      last.text += p.text;
    } else runs.push({ end: p.end, text: p.text });
  }
  return runs.map((r) => r.text);
}

/** The page shows what the record holds: the whole text, each entity by type, casualties, markers. */
async function expectPageShowsRecord(page: Page, record: DossierRecord): Promise<void> {
  expect(await page.textContent('#article-text-view')).toBe(record.text);
  for (const e of record.entities) {
    const first = e.mentions[0]!;
    expect(await entityRuns(page, e.type)).toContain(first.text);
  }
  expect((await page.textContent('dd[data-field=killed]'))?.trim()).toBe(countText(record.event.casualties.killed));
  expect((await page.textContent('dd[data-field=injured]'))?.trim()).toBe(countText(record.event.casualties.injured));
  const markers = await page.$$eval('.map-panel .marker', (els) => els.map((el) => el.getAttribute('data-name')));
  expect(markers.sort()).toEqual(record.entities.filter((e) => e.geo).map((e) => e.geo!.name).sort());
}

describe.skipIf(!chromiumPath)('the web page in Chromium', () => {
  let served: Served;
  let dbDir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    dbDir = mkdtempSync(join(tmpdir(), 'dossier-page-'));
    served = await startServe(['--db', join(dbDir, 'store.db')]);
    ({ context, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close?.();
    await served?.stop();
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  });

  it('draws every layer of a hand-made record: highlights, lit evidence, event card, map, lists, edits', async () => {
    const record = handMadeRecord();
    const { page, problems } = await openPage(context, served.url);
    await page.route('**/api/extract', (route) => route.fulfill({ json: record }));
    await annotate(page, 'anything: the answer is the hand-made record');
    await expectPageShowsRecord(page, record);
    expect(await page.textContent('[data-entity-type=PERSON]')).toBe('Ivan Petrov');
    expect(await page.$$eval('.marker', (els) => els.map((e) => e.getAttribute('data-name')).sort())).toEqual(['Ankara', 'Izmir']);
    expect(await page.textContent('dd[data-field=killed]')).toBe('1');
    // Hovering "who" lights exactly its words; pressing keeps them selected.
    await page.hover('dd[data-field=who] button');
    expect(await page.$$eval('#article-text-view .lit', (els) => els.map((e) => e.textContent).join(''))).toBe('A gunman');
    await page.click('dd[data-field=killed] button');
    expect(await page.getAttribute('dd[data-field=killed] button', 'aria-pressed')).toBe('true');
    expect(await page.$$eval('#article-text-view .selected', (els) => els.map((e) => e.textContent).join(''))).toBe('killing him');
    // Quotes with speakers, claims with sources, hedges.
    expect(await page.$$eval('#article-text-view .quote', (els) => els.map((e) => e.textContent).join(''))).toBe('"We will respond,"');
    expect(await page.textContent('#list-quotes + ul')).toContain('<img src=x onerror=alert(1)>Foreign Ministry');
    expect(await page.$$eval('#article-text-view .hedge', (els) => els.map((e) => e.textContent).join(''))).toBe('reportedly detained two men');
    expect(await page.$$eval('#article-text-view .claim', (els) => els.map((e) => e.textContent).join(''))).toContain('A gunman shot Ambassador');
    // Switching a layer off removes its colours; cleaning edits show on request.
    await page.uncheck('input[data-layer=entities]');
    expect(await page.$eval('.text-panel', (el) => el.classList.contains('show-entities'))).toBe(false);
    expect(await page.isVisible('#cleaning-edits')).toBe(false);
    await page.click('button[aria-controls=cleaning-edits]');
    expect(await page.isVisible('#cleaning-edits')).toBe(true);
    // A javascript: URL in the record never becomes a link; markup in names stays text.
    expect(await page.$$('a[href^="javascript:"]')).toHaveLength(0);
    expect(await page.$$('#result img')).toHaveLength(0);
    expect(problems).toEqual([]);
    await page.screenshot({ path: resolve(outDir, 'page-hand-made.png'), fullPage: true });
    await page.close();
  });

  it('annotates the bundled example (uploaded) with the real pipeline, showing what its record holds', async () => {
    const { page, problems } = await openPage(context, served.url);
    // Uploaded as a file this time: the page reads it into the form.
    await page.setInputFiles('#article-file', harbour);
    await page.waitForFunction(() => (document.getElementById('article-text') as HTMLTextAreaElement).value.length > 0);
    expect(await page.inputValue('#article-text')).toBe(readFileSync(harbour, 'utf8'));
    const [response] = await Promise.all([page.waitForResponse('**/api/extract'), page.click('#extract-button')]);
    expect(response.status()).toBe(200);
    await page.waitForSelector('#result .record');
    const record = (await response.json()) as DossierRecord;
    await expectPageShowsRecord(page, record);
    if (hasEvent) expect(record.event.casualties.killed).toMatchObject({ min: 4 });
    expect(problems).toEqual([]);
    await page.screenshot({ path: resolve(outDir, 'page-harbour-blast.png'), fullPage: true });
    await page.close();
  });

  it.skipIf(!hasSharedFixtures())('annotates the seed: Andrei Karlov as a person, the casualties, a marker at Ankara', async () => {
    const { page, problems } = await openPage(context, served.url);
    const [response] = await Promise.all([page.waitForResponse('**/api/extract'), annotate(page, readFileSync(seedArticle, 'utf8'))]);
    const record = (await response.json()) as DossierRecord;
    await expectPageShowsRecord(page, record);
    if (hasNer) {
      expect(await entityRuns(page, 'PERSON')).toContain('Andrei Karlov');
    } else console.warn('PENDING: no NER stage in the pipeline yet; the "Andrei Karlov is a person" check runs once it lands');
    if (hasEvent) expect(await page.textContent('dd[data-field=killed]')).toMatch(/\b1\b/);
    else console.warn('PENDING: no event stage yet; the casualties card shows "not stated"');
    if (hasGeocode) expect(await page.$$('.map-panel .marker[data-name="Ankara"]')).toHaveLength(1);
    else console.warn('PENDING: no geocode stage yet; the Ankara marker check runs once it lands');
    expect(problems).toEqual([]);
    await page.screenshot({ path: resolve(outDir, 'page-seed.png'), fullPage: true });
    await page.close();
  });
  if (!hasSharedFixtures()) reportMissing(`${seedArticle} (the seed article)`);

  it('shows a hostile article as text and runs nothing from it, pasted as text or as HTML', async () => {
    const hostile =
      'Breaking <script>window.__pwned = 1; alert("script")</script> news from the port.\n' +
      '<img src="x" onerror="window.__pwned = 2; alert(\'img\')"> A blast hit the harbour on Saturday, officials said.\n' +
      '<a href="javascript:alert(\'link\')">read more</a> <iframe src="javascript:alert(1)"></iframe> ' +
      '<svg onload="alert(\'svg\')"><script>alert(1)</script></svg> Police said two people were hurt in the blast near the market.';
    const { page, problems } = await openPage(context, served.url);
    for (const format of ['text', 'html'] as const) {
      await annotate(page, `${hostile}\n${'The blast shook buildings across the old town and the harbour. '.repeat(8)}`, format);
      if (format === 'text') expect(await page.textContent('#article-text-view')).toContain('<script>window.__pwned = 1;');
      expect(await page.textContent('#article-text-view')).toContain('A blast hit the harbour');
      const injected = await page.$$eval('#result script, #result img, #result iframe, #result svg:not(.map), #result a[href^="javascript:"]', (els) => els.length);
      expect(injected).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard and fits a phone screen', async () => {
    const { page, problems } = await openPage(context, served.url);
    await page.setViewportSize({ width: 390, height: 844 });
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => { const a = document.activeElement as HTMLElement; return a.id || a.getAttribute('name') || a.className || a.tagName; }));
    }
    expect(order).toEqual(['skip', 'nav-annotate', 'nav-store', 'article-text', 'format', 'article-file']);
    // Focus is visible: the focused control gets an outline.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    // Submitting with the keyboard works too.
    await page.route('**/api/extract', (route) => route.fulfill({ json: handMadeRecord() }));
    await page.focus('#article-text');
    await page.keyboard.type('x');
    await page.focus('#extract-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#result .record');
    const tags = await page.$$eval('#result .evidence', (els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['BUTTON']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: resolve(outDir, 'page-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains a bad request in the page (URL on loopback refused)', async () => {
    const { page } = await openPage(context, served.url);
    await page.fill('#article-url', `${served.url}api/health`);
    await page.click('#extract-button');
    await page.waitForSelector('#extract-error:not([hidden])');
    expect(await page.textContent('#extract-error')).toContain('FORBIDDEN_URL');
    await page.close();
  });
});

if (chromiumPath && !existsSync(resolve(repoRoot, 'web', 'dist', 'index.html'))) {
  throw new Error('web/dist is missing: run "npm run build" (npm test builds it)');
}
