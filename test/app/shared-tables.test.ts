import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/app/extract-pool.js';
import { ExtractService } from '../../src/app/extract-service.js';
import { pipelineTables } from '../../src/app/pipeline-tables.js';
import { exportSharedTables } from '../../src/core/shared-tables.js';
import type { BatchItem } from '../../src/ingest/batch.js';
import { parseArticleText } from '../../src/ingest/read-input.js';
import { hasSharedFixtures, seedArticle } from '../helpers/shared-data.js';

// Written for this test: places (the city table), quotes and claims (the cue classifier), names and
// tags (the three taggers, the word clusters), a run-together word for cleaning (the SCOWL levels).
const TEXTS = [
  'Turkish police detained 12 people in Ankara on Tuesday after a blast killed three soldiers near the Syrian border, officials said. "We will find them," Interior Minister Ali Yerlikaya told reporters in Istanbul. The attack was reportedly carried out by a group based in northern Iraq, according to state media.',
  'Dock workers in Portmere stopped work on Monday over pay. "We will not move," a steward said, adding that the port authority had refused to meet them. The company claimed the strike was illegal and warned it could cost £2m a day. Talks are expected in Rotterdam and Hamburg next week.',
  'Floods swept through three villages near Lyon on Sunday , leaving at least 4 people dead and 20 injured , the regional prefect said . Rescue teams from Marseille and Geneva searched the riverbanks overnight . "It is the worst flooding in forty years," said mayor Claire Dubois.',
  'The central bank raised interest rates by half a point on Thursday, its governor told parliament in Wellington. Analysts at Westpac had expected a smaller rise. Inflation reached 7.3% in the year to June, the highest since 1990, official figures showed.',
];

function item(i: number, text: string): BatchItem {
  return { origin: `shared-${i}.txt`, contentHash: `s${i}`, input: { kind: 'bytes', bytes: new TextEncoder().encode(text), format: 'text' } };
}

describe('tables shared with worker threads', () => {
  // First in this file, so that nothing has loaded a table yet (test files run in fresh processes).
  it('builds every table the pipeline loads, so that none is built again per worker', () => {
    const built = Object.keys(pipelineTables()).sort();
    expect(built.length).toBeGreaterThanOrEqual(7);
    const service = new ExtractService();
    for (const [i, text] of TEXTS.entries()) service.extractArticle(parseArticleText(text, `t${i}.txt`, 'text'));
    // A table the pipeline loads lazily but pipelineTables() misses would show up here.
    expect(Object.keys(exportSharedTables()).sort()).toEqual(built);
  });

  it('gives worker threads the same records as this thread', async () => {
    const texts = hasSharedFixtures() ? [...TEXTS, readFileSync(seedArticle, 'utf8')] : TEXTS;
    const here = createExtractor(0);
    const threads = createExtractor(1); // one worker thread, this thread only hands out articles
    try {
      const local = await Promise.all(texts.map((t, i) => here.extract(item(i, t))));
      const remote = await Promise.all(texts.map((t, i) => threads.extract(item(i, t))));
      expect(threads.workerAnswers).toBe(texts.length);
      local.forEach((o) => expect(o.ok).toBe(true));
      expect(remote).toEqual(local);
    } finally {
      await Promise.all([here.close(), threads.close()]);
    }
  }, 120_000);
});
