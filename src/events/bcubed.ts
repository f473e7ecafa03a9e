/**
 * B-cubed precision and recall (Bagga & Baldwin 1998) of a clustering against gold classes:
 * for each item, the share of its cluster that shares its class (precision) and the share of its
 * class that shares its cluster (recall), averaged over items. Purity and inverse purity too.
 */
export interface ClusteringScores {
  readonly items: number;
  readonly clusters: number;
  readonly classes: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly purity: number;
  readonly inversePurity: number;
}

export function scoreClustering(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScores {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const group = (m: ReadonlyMap<string, string>): Map<string, string[]> => {
    const g = new Map<string, string[]>();
    for (const k of items) {
      const label = m.get(k)!;
      g.set(label, [...(g.get(label) ?? []), k]);
    }
    return g;
  };
  const clusters = group(predicted);
  const classes = group(gold);
  let p = 0;
  let r = 0;
  for (const k of items) {
    const cluster = clusters.get(predicted.get(k)!)!;
    const cls = classes.get(gold.get(k)!)!;
    const both = cluster.filter((x) => gold.get(x) === gold.get(k)).length;
    p += both / cluster.length;
    r += both / cls.length;
  }
  const n = items.length || 1;
  const precision = p / n;
  const recall = r / n;
  const majority = (from: Map<string, string[]>, other: ReadonlyMap<string, string>): number => {
    let s = 0;
    for (const members of from.values()) {
      const counts = new Map<string, number>();
      for (const x of members) counts.set(other.get(x)!, (counts.get(other.get(x)!) ?? 0) + 1);
      s += Math.max(...counts.values());
    }
    return s / n;
  };
  return {
    items: items.length,
    clusters: clusters.size,
    classes: classes.size,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    purity: majority(clusters, gold),
    inversePurity: majority(classes, predicted),
  };
}
