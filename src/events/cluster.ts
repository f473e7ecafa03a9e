import type { DossierRecord } from '../core/record.js';
import type { EventCentroid } from '../store/repository.js';
import type { ClusteringConfig } from './config.js';
import { centroidOf, withinWindow } from './centroid.js';
import { recordFeatures, type RecordFeatures } from './features.js';
import type { IdfTable } from './idf.js';
import { similarity } from './similarity.js';

export interface Candidate {
  readonly id: string;
  readonly centroid: EventCentroid;
}

export interface Match {
  readonly id: string;
  readonly score: number;
}

/** The event a record joins: the best-scoring candidate at or above the threshold, or null to start one. */
export function bestEvent(f: RecordFeatures, candidates: readonly Candidate[], cfg: ClusteringConfig): Match | null {
  let best: Match | null = null;
  for (const c of candidates) {
    if (!withinWindow(f.day, c.centroid.day, cfg)) continue;
    const { score } = similarity(f, c.centroid, cfg);
    if (score >= cfg.threshold && (!best || score > best.score || (score === best.score && c.id < best.id))) best = { id: c.id, score };
  }
  return best;
}

/** Oldest first (by day, then id), so incremental clustering over a batch does not depend on input order. */
export function chronological(a: { day: string | null; recordId: string }, b: { day: string | null; recordId: string }): number {
  const da = a.day ?? '9999-99-99';
  const db = b.day ?? '9999-99-99';
  return da < db ? -1 : da > db ? 1 : a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

export interface Cluster {
  readonly id: string;
  readonly members: DossierRecord[];
  readonly features: RecordFeatures[];
  centroid: EventCentroid;
}

/**
 * Clusters records in memory the way the service does one at a time: each record, oldest first,
 * joins the best matching event or starts one. Used by `dossier events --rebuild` and the tuning.
 */
export function clusterRecords(
  records: readonly DossierRecord[],
  cfg: ClusteringConfig,
  idfs: IdfTable,
  newId: (recordId: string) => string,
): Cluster[] {
  const items = records.map((r) => ({ record: r, features: recordFeatures(r, cfg, idfs) }));
  items.sort((a, b) => chronological(a.features, b.features));
  const clusters: Cluster[] = [];
  const byId = new Map<string, Cluster>();
  for (const { record, features } of items) {
    const match = bestEvent(features, clusters, cfg);
    if (match) {
      const c = byId.get(match.id)!;
      c.members.push(record);
      c.features.push(features);
      c.centroid = centroidOf(c.features, cfg);
    } else {
      const c: Cluster = { id: newId(record.id), members: [record], features: [features], centroid: centroidOf([features], cfg) };
      clusters.push(c);
      byId.set(c.id, c);
    }
  }
  return clusters;
}
