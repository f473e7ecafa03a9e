/**
 * Body-extraction metric of ../shared/data/README.md (as in the article-extraction-benchmark):
 * per page, precision and recall over the multiset of word 4-grams (tokens = \w+, case kept) of the
 * predicted vs the true body; P and R are averaged over pages; F1 is the harmonic mean of the averages.
 */
export interface PageScore {
  readonly precision: number;
  readonly recall: number;
}

export function wordNgrams(text: string, n = 4): Map<string, number> {
  const words = text.match(/\w+/g) ?? [];
  const grams = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const g = words.slice(i, i + n).join(' ');
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** An empty prediction scores precision 0 (and recall 0) unless the true body is empty too. */
export function scorePage(predicted: string, truth: string): PageScore {
  const pred = wordNgrams(predicted);
  const gold = wordNgrams(truth);
  let predTotal = 0;
  let goldTotal = 0;
  let overlap = 0;
  for (const c of pred.values()) predTotal += c;
  for (const [g, c] of gold) {
    goldTotal += c;
    overlap += Math.min(c, pred.get(g) ?? 0);
  }
  if (predTotal === 0 && goldTotal === 0) return { precision: 1, recall: 1 };
  return {
    precision: predTotal ? overlap / predTotal : 0,
    recall: goldTotal ? overlap / goldTotal : 1,
  };
}

export interface CorpusScore {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function corpusScore(scores: readonly PageScore[]): CorpusScore {
  const n = scores.length || 1;
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: scores.length, precision, recall, f1 };
}
