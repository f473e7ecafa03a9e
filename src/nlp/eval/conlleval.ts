import type { LabelSpan } from '../tagger/labels.js';

/** Entity-level exact-match counts (conlleval): a prediction counts only with the same type and bounds. */
export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export class SpanScorer {
  readonly byType = new Map<string, TypeCounts>();

  add(gold: readonly LabelSpan[], predicted: readonly LabelSpan[]): void {
    const key = (s: LabelSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const s of predicted) this.counts(s.type)[goldKeys.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of gold) if (!predKeys.has(key(s))) this.counts(s.type).fn++;
  }

  private counts(type: string): TypeCounts {
    let c = this.byType.get(type);
    if (!c) this.byType.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  typeScore(type: string): Prf {
    return prf(this.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  }

  micro(): Prf {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.byType.values()) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return prf(sum);
  }
}

export function prf(c: TypeCounts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}
