import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import { clusteringConfig } from '../../src/events/config.js';
import { idfTable } from '../../src/events/idf.js';
import { loadGiveme, splitCategories } from '../../src/events/giveme.js';
import { evaluateClustering } from '../../src/events/evaluate.js';
import { hasReferenceData, reportMissing } from '../helpers/shared-data.js';

const present = hasReferenceData('giveme5w1h/train');

describe('event clustering on giveme5w1h (76 real articles, 13 publishers, 12 events)', () => {
  it.runIf(present)('groups reports of the held-out events, which tuning never saw', () => {
    const items = loadGiveme(new ExtractService());
    const { heldOut } = splitCategories(items);
    const held = evaluateClustering(items.filter((i) => heldOut.has(i.category)), clusteringConfig(), idfTable());
    // Measured F1 0.956 (P 0.956, R 0.957) held out and 0.907 on all 76 with text x (1 + boosts);
    // the weighted mean it replaced scored 0.877 and 0.809. Floors leave room for pipeline changes.
    expect(held.f1).toBeGreaterThanOrEqual(0.9);
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.recall).toBeGreaterThanOrEqual(0.9);
    const all = evaluateClustering(items, clusteringConfig(), idfTable());
    expect(all.f1).toBeGreaterThanOrEqual(0.85);
  });
  it.skipIf(present)('giveme5w1h clustering (skipped: reference data missing)', () => reportMissing('giveme5w1h/train'));
});
