import type { ClusteringConfig } from './config.js';
import { clusterRecords } from './cluster.js';
import type { IdfTable } from './idf.js';
import { scoreClustering, type ClusteringScores } from './bcubed.js';
import type { LabelledRecord } from './giveme.js';
import { newEventId } from './build-event.js';

/** Clusters labelled records from scratch and scores the result against their categories. */
export function evaluateClustering(items: readonly LabelledRecord[], cfg: ClusteringConfig, idfs: IdfTable): ClusteringScores {
  const clusters = clusterRecords(items.map((i) => i.record), cfg, idfs, newEventId);
  const predicted = new Map<string, string>();
  for (const c of clusters) for (const r of c.members) predicted.set(r.id, c.id);
  const gold = new Map(items.map((i) => [i.record.id, i.category]));
  return scoreClustering(predicted, gold);
}
