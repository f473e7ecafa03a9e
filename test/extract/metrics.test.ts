import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../src/extract/attribution/brat.js';
import { emptyCounts, prf, scoreDocument } from '../../src/extract/attribution/metrics.js';

// A hand-written standoff file in PolNeAR's format (offsets into an imagined text).
const ANN = [
  'T1\tSource 0 6\tPolice',
  'T2\tCue 7 11\tsaid',
  'T3\tContent 12 30;35 40\ttwo were hurt here',
  'T4\tAttribution 7 11\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 50 54\tsays',
  'T6\tContent 55 70\tthe text runs',
  'over a line',
  'T7\tAttribution-no-source 50 54\tsays',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
].join('\n');

describe('PolNeAR standoff and the attribution metric', () => {
  it('reads attributions with discontinuous spans and skips continuation lines', () => {
    const gold = parseBrat(ANN, 'test.ann');
    expect(gold).toHaveLength(2);
    expect(gold[0]!.content).toEqual([{ start: 12, end: 30 }, { start: 35, end: 40 }]);
    expect(gold[1]!.source).toEqual([]);
  });

  it('scores a pair by overlap of source and content, and counts misses', () => {
    const gold = parseBrat(ANN, 'test.ann');
    const counts = emptyCounts();
    scoreDocument(gold, [
      { source: { start: 0, end: 3 }, cue: { start: 7, end: 11 }, content: { start: 36, end: 38 } },
      { source: { start: 80, end: 85 }, cue: { start: 86, end: 90 }, content: { start: 91, end: 99 } },
    ], counts);
    expect(prf(counts.pair)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(counts.cue).toEqual({ matchedPredicted: 1, predicted: 2, matchedGold: 1, gold: 2 });
  });
});
