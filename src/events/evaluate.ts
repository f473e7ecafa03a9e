import type { ClusteringConfig } from './config.js';
import { clusterFeatures } from './cluster.js';
import { recordFeatures, type RecordFeatures } from './features.js';
import type { IdfTable } from './idf.js';
import { scoreClustering, type ClusteringScores } from './bcubed.js';
import type { LabelledRecord } from './giveme.js';
import { newEventId } from './build-event.js';

/** Clusters labelled records from scratch and scores the result against their categories. */
export function evaluateClustering(items: readonly LabelledRecord[], cfg: ClusteringConfig, idfs: IdfTable): ClusteringScores {
  return evaluateFeatures(items.map((i) => ({ f: recordFeatures(i.record, cfg, idfs), category: i.category })), cfg);
}

/** The same from features computed once (the tuning varies only the comparison settings). */
export function evaluateFeatures(items: ReadonlyArray<{ f: RecordFeatures; category: string }>, cfg: ClusteringConfig): ClusteringScores {
  const predicted = new Map<string, string>();
  for (const c of clusterFeatures(items.map((i) => i.f), cfg, newEventId)) for (const f of c.features) predicted.set(f.recordId, c.id);
  return scoreClustering(predicted, new Map(items.map((i) => [i.f.recordId, i.category])));
}
