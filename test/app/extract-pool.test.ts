import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/app/extract-pool.js';
import type { BatchItem } from '../../src/ingest/batch.js';

function item(i: number): BatchItem {
  const text = `Dock workers in Portmere stopped work on Monday over berth ${i}. "We will not move," a steward said. `.repeat(20);
  return { origin: `notice-${i}.txt`, contentHash: `h${i}`, input: { kind: 'bytes', bytes: new TextEncoder().encode(text), format: 'text' } };
}

describe('createExtractor', () => {
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
