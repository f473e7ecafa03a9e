import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleOf, planBatch, readBatch, sha256, type BatchFailure, type BatchItem } from '../../src/ingest/batch.js';
import { repoRoot } from '../helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'ingest');

async function readAll(paths: string[]): Promise<{ items: BatchItem[]; failures: BatchFailure[] }> {
  const plan = await planBatch(paths);
  const items: BatchItem[] = [];
  const failures: BatchFailure[] = [...plan.failures];
  for await (const e of readBatch(plan)) 'item' in e ? items.push(e.item) : failures.push(e.failure);
  return { items, failures };
}

const rel = (origin: string) => relative(fixtures, origin);

describe('batch readers', () => {
  it('walks a folder recursively, sorted, skipping hidden files and other kinds', async () => {
    const plan = await planBatch([fixtures]);
    expect(plan.files.map((f) => rel(f.path))).toEqual(['batch.csv', 'batch.jsonl', 'bridge.txt', 'nested/ferry.json', 'nested/mill.html']);
    expect(plan.totalBytes).toBe(plan.files.reduce((n, f) => n + f.size, 0));
  });

  it('follows links: a folder of links to articles is read, a linked folder once, a broken link named as an article fails alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-links-'));
    symlinkSync(join(fixtures, 'bridge.txt'), join(dir, 'a-bridge.txt'));
    symlinkSync(join(fixtures, 'nested'), join(dir, 'b-nested'));
    mkdirSync(join(dir, 'c'));
    symlinkSync(dir, join(dir, 'c', 'loop'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'd-gone.txt'));
    symlinkSync(join(dir, 'gone.png'), join(dir, 'e-gone.png'));
    const plan = await planBatch([dir]);
    expect(plan.files.map((f) => relative(dir, f.path))).toEqual(['a-bridge.txt', 'b-nested/ferry.json', 'b-nested/mill.html']);
    expect(plan.failures).toEqual([{ origin: join(dir, 'd-gone.txt'), code: 'NOT_FOUND', message: `${join(dir, 'd-gone.txt')}: a link to nothing (${join(dir, 'gone.txt')})` }]);
  });

  it('reads one article a file, a JSONL line or a CSV row, and reports bad rows without stopping', async () => {
    const { items, failures } = await readAll([fixtures]);
    expect(items.map((i) => rel(i.origin)).sort()).toEqual([
      'batch.csv:line 2', 'batch.csv:line 4', 'batch.jsonl:line 1', 'batch.jsonl:line 2', 'batch.jsonl:line 4',
      'bridge.txt', 'nested/ferry.json', 'nested/mill.html',
    ]);
    expect(failures.map((f) => [rel(f.origin), f.code]).sort()).toEqual([
      ['batch.csv:line 5', 'INVALID_JSON'], ['batch.csv:line 6', 'EMPTY_INPUT'], ['batch.jsonl:line 3', 'INVALID_JSON'],
    ]);
    for (const f of failures) expect(f.message.startsWith(f.origin)).toBe(true);
    expect(failures.find((f) => f.origin.endsWith('batch.jsonl:line 3'))!.message).toMatch(/invalid JSON/);
  });

  it('turns each item into the article it holds', async () => {
    const { items } = await readAll([fixtures]);
    const byName = new Map(items.map((i) => [rel(i.origin), articleOf(i)]));
    // A plain text's first line, a headline, is its title.
    expect(byName.get('bridge.txt')!.title).toBe('Footbridge closed after storm damage in Portmere');
    expect(byName.get('bridge.txt')!.body).toMatch(/^A footbridge over the River Alder/);
    const mill = byName.get('nested/mill.html')!;
    expect(mill.body).toMatch(/Six crews fought the blaze/);
    expect(mill.body).not.toMatch(/Home \| News/);
    expect(mill.meta.published).toBe('2024-03-02');
    expect(byName.get('nested/ferry.json')!.meta).toMatchObject({ url: 'https://courier.example/ferry-strike', published: '2024-05-14' });
    const school = byName.get('batch.csv:line 4')!;
    expect(school.title).toBe('School wins robotics prize');
    expect(school.body).toMatch(/recycling\.\nTheir teacher/);
    expect(school.meta.published).toBe('2024-01-10');
    expect(byName.get('batch.jsonl:line 4')!.body).toMatch(/harbour front/);
  });

  it('hashes the raw input: the same bytes give the same hash, a change gives another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-batch-'));
    writeFileSync(join(dir, 'a.txt'), 'Same words.');
    writeFileSync(join(dir, 'b.txt'), 'Same words.');
    writeFileSync(join(dir, 'c.txt'), 'Same words!');
    const { items } = await readAll([dir]);
    expect(items.map((i) => i.contentHash)).toEqual([sha256('Same words.'), sha256('Same words.'), sha256('Same words!')]);
  });

  it('reads a JSON array as one article per element', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-batch-'));
    writeFileSync(join(dir, 'list.json'), JSON.stringify([{ title: 'One', text: 'First story.' }, 'not an object', { title: 'Two', text: 'Second.' }]));
    const { items, failures } = await readAll([join(dir, 'list.json')]);
    expect(items.map((i) => rel(i.origin).replace(/.*list/, 'list'))).toEqual(['list.json[0]', 'list.json[2]']);
    expect(failures).toEqual([expect.objectContaining({ code: 'INVALID_JSON', message: expect.stringMatching(/list\.json\[1\]: not an article object/) })]);
  });

  it('reports a missing path as NOT_FOUND, naming it, and goes on with the rest', async () => {
    const { items, failures } = await readAll([join(fixtures, 'missing'), join(fixtures, 'bridge.txt')]);
    expect(items).toHaveLength(1);
    expect(failures).toEqual([expect.objectContaining({ code: 'NOT_FOUND', message: `${join(fixtures, 'missing')}: no such file or folder` })]);
  });
});
