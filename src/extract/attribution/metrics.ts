import { overlaps, type Span } from '../../core/span.js';
import type { GoldAttribution } from './brat.js';

/** A system attribution reduced to what the metric compares. */
export interface PredictedAttribution {
  readonly source: Span;
  readonly cue: Span;
  readonly content: Span;
}

/** Counts for precision and recall that are summed over documents. */
export interface Counts {
  /** System items that match some gold item. */
  matchedPredicted: number;
  predicted: number;
  /** Gold items that some system item matches. */
  matchedGold: number;
  gold: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export type AttributionCounts = Record<'source' | 'cue' | 'content' | 'pair', Counts>;

export function emptyCounts(): AttributionCounts {
  const c = (): Counts => ({ matchedPredicted: 0, predicted: 0, matchedGold: 0, gold: 0 });
  return { source: c(), cue: c(), content: c(), pair: c() };
}

const hit = (fragments: readonly Span[], s: Span) => fragments.some((f) => overlaps(f, s));

/** Distinct spans (by offsets), so a source shared by two attributions counts once. */
function distinct<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const it of items) if (!seen.has(key(it))) seen.set(key(it), it);
  return [...seen.values()];
}

/**
 * The shared/data/README metric. Spans: a system span is right when it overlaps a gold span of the
 * same role; a gold span is found when some system span overlaps it. Pairs: a gold attribution (with
 * a source) is found when one system attribution has a source overlapping the gold Source and a
 * content overlapping the gold Content; a system attribution is right when it finds some gold one.
 */
export function scoreDocument(gold: readonly GoldAttribution[], predicted: readonly PredictedAttribution[], into: AttributionCounts): void {
  for (const role of ['source', 'cue', 'content'] as const) {
    const g = distinct(gold.filter((a) => a[role].length > 0).map((a) => a[role]), (f) => JSON.stringify(f));
    const p = distinct(predicted.map((a) => a[role]), (s) => `${s.start}:${s.end}`);
    const c = into[role];
    c.gold += g.length;
    c.predicted += p.length;
    c.matchedGold += g.filter((frags) => p.some((s) => hit(frags, s))).length;
    c.matchedPredicted += p.filter((s) => g.some((frags) => hit(frags, s))).length;
  }
  const goldPairs = gold.filter((a) => a.source.length > 0 && a.content.length > 0);
  const match = (g: GoldAttribution, p: PredictedAttribution) => hit(g.source, p.source) && hit(g.content, p.content);
  const c = into.pair;
  c.gold += goldPairs.length;
  c.predicted += predicted.length;
  c.matchedGold += goldPairs.filter((g) => predicted.some((p) => match(g, p))).length;
  c.matchedPredicted += predicted.filter((p) => goldPairs.some((g) => match(g, p))).length;
}

export function prf(c: Counts): Prf {
  const precision = c.predicted ? c.matchedPredicted / c.predicted : 0;
  const recall = c.gold ? c.matchedGold / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
