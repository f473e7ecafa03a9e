import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, workerScriptIn } from '../../src/app/extract-pool.js';
import type { BatchItem } from '../../src/ingest/batch.js';

function item(i: number): BatchItem {
  const text = `Dock workers in Portmere stopped work on Monday over berth ${i}. "We will not move," a steward said. `.repeat(20);
  return { origin: `notice-${i}.txt`, contentHash: `h${i}`, input: { kind: 'bytes', bytes: new TextEncoder().encode(text), format: 'text' } };
}

function emptyItem(): BatchItem {
  return { origin: 'blank.txt', contentHash: 'blank', input: { kind: 'bytes', bytes: new TextEncoder().encode(' \n\n '), format: 'text' } };
}

describe('createExtractor', () => {
  it('with one worker splits the pipeline across two threads and gives the records one thread gives', async () => {
    const split = createExtractor(1);
    const here = createExtractor(0);
    try {
      const items = Array.from({ length: 12 }, (_, i) => item(i));
      const [apart, together] = await Promise.all([Promise.all(items.map((x) => split.extract(x))), Promise.all(items.map((x) => here.extract(x)))]);
      expect(split.workerAnswers).toBe(12);
      apart.forEach((o, i) => {
        expect(o.ok).toBe(true);
        // Every field, the event and the evidence offsets included: the document crossed whole.
        expect(o).toEqual(together[i]);
        expect(o.ok && o.record.entities.length).toBeGreaterThan(0);
        expect(o.ok && o.record.quotes.length).toBeGreaterThan(0);
      });
      // A failure in the worker's part comes back as the one error naming the item, and the next article still runs.
      const [blank, after] = await Promise.all([split.extract(emptyItem()), split.extract(item(99))]);
      expect(blank).toEqual({ ok: false, code: 'EMPTY_INPUT', message: 'blank.txt: input is empty or only whitespace' });
      expect(after.ok && after.record.text.includes('berth 99.')).toBe(true);
    } finally {
      await Promise.all([split.close(), here.close()]);
    }
  }, 120_000);

  it('shares the articles between this thread and the worker thread, answering each once', async () => {
    const extractor = createExtractor(2);
    try {
      // Both started (two articles queue on the worker, the third runs here), then a burst.
      await Promise.all([0, 1, 2].map((i) => extractor.extract(item(i))));
      const before = extractor.workerAnswers;
      expect(before).toBe(2);
      const outcomes = await Promise.all(Array.from({ length: 60 }, (_, i) => extractor.extract(item(i))));
      outcomes.forEach((o, i) => expect(o.ok && o.record.text.includes(`berth ${i}.`)).toBe(true));
      // Run back to back, this thread's extraction once starved the worker: it answered only its first two.
      const byWorker = extractor.workerAnswers - before;
      expect(byWorker).toBeGreaterThan(10);
      expect(byWorker).toBeLessThan(60);
    } finally {
      await extractor.close();
    }
  }, 120_000);
});

describe('workerScriptIn', () => {
  it('loads the bundled worker when it is as new as the modules, the modules when the bundle is older or absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-worker-'));
    try {
      const modules = join(dir, 'extract-worker.js');
      const bundle = join(dir, 'extract-worker.bundle.js');
      expect(() => workerScriptIn(dir)).toThrow(/extract-worker\.js: the worker script is missing; run "npm run build"/);
      writeFileSync(modules, '');
      expect(workerScriptIn(dir)).toBe(modules);
      writeFileSync(bundle, '');
      utimesSync(modules, 1_000, 1_000);
      utimesSync(bundle, 2_000, 2_000);
      expect(workerScriptIn(dir)).toBe(bundle);
      // A plain tsc after the build: the modules are newer, the bundle's code stale.
      utimesSync(modules, 3_000, 3_000);
      expect(workerScriptIn(dir)).toBe(modules);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
