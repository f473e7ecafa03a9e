import type { DossierRecord } from '../core/record.js';
import type { EventCentroid } from '../store/repository.js';
import type { ClusteringConfig } from './config.js';
import { centroidOf, withinWindow } from './centroid.js';
import { recordFeatures, type RecordFeatures } from './features.js';
import type { IdfTable } from './idf.js';
import { nameRarity, recordNameWeights, similarity, type NameRarity, type NameWeights } from './similarity.js';
import { cosine } from './terms.js';
import { CandidatePool, type Candidate } from './candidate-pool.js';

export type { Candidate };

export interface Match {
  readonly id: string;
  readonly score: number;
}

/**
 * The event a record joins: the best-scoring candidate at or above the threshold, or null to start
 * one. Only candidates within the record's date window count, and a name weighs by how few of them
 * name it. Candidates in a pool are found by their words (see CandidatePool); the result is the same.
 */
export function bestEvent(f: RecordFeatures, candidates: readonly Candidate[] | CandidatePool, cfg: ClusteringConfig): Match | null {
  let best: Match | null = null;
  const pool = candidates instanceof CandidatePool ? candidates : undefined;
  const all = pool ? pool.list() : (candidates as readonly Candidate[]);
  const near = all.filter((c) => withinWindow(f.day, c.centroid.day, cfg));
  // The words' cosine is the factor the other parts raise (score = text × (1 + boost), the boost
  // at most the sum of the weights): a candidate whose words fall short of the threshold whatever
  // the rest adds is passed over unscored, and the names' rarity is worked out only when one is not.
  // Most candidates fall short, so a batch of hundreds costs a cosine each (or, from a pool, one
  // pass over the record's words for all of them; the exact cosine is taken for those that may
  // reach the floor, so rounding never changes which pass).
  const w = cfg.weights;
  const floor = (cfg.threshold / (1 + w.entities + w.place + w.type + w.time)) * (1 - 1e-9);
  const quick = pool?.cosines(f.terms);
  let names: { rarity: NameRarity; weights: NameWeights } | undefined;
  for (const c of near) {
    if (quick && quick(c.id) < floor - ROUNDING) continue;
    if (cosine(f.terms, c.centroid.terms) < floor) continue;
    if (!names) {
      const rarity = pool && near.length === all.length ? pool.rarity() : nameRarity(near.map((x) => x.centroid));
      names = { rarity, weights: recordNameWeights(f, rarity) };
    }
    const { score } = similarity(f, c.centroid, cfg, names.rarity, names.weights);
    if (score >= cfg.threshold && (!best || score > best.score || (score === best.score && c.id < best.id))) best = { id: c.id, score };
  }
  return best;
}

/** Far more than two sums of the same products in another order can differ by (cosines are <= 1). */
const ROUNDING = 1e-9;

/** Oldest first (by day, then id), so incremental clustering over a batch does not depend on input order. */
export function chronological(a: { day: string | null; recordId: string }, b: { day: string | null; recordId: string }): number {
  const da = a.day ?? '9999-99-99';
  const db = b.day ?? '9999-99-99';
  return da < db ? -1 : da > db ? 1 : a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

export interface Cluster {
  readonly id: string;
  /** Member features in the order they joined. */
  readonly features: RecordFeatures[];
  centroid: EventCentroid;
}

/**
 * Clusters in memory the way the service does one record at a time: each record, oldest first,
 * joins the best matching event or starts one. Used by `dossier events --rebuild` and the tuning.
 */
export function clusterFeatures(all: readonly RecordFeatures[], cfg: ClusteringConfig, newId: (recordId: string) => string): Cluster[] {
  const clusters: Cluster[] = [];
  const byId = new Map<string, Cluster>();
  const pool = new CandidatePool();
  for (const f of [...all].sort(chronological)) {
    const match = bestEvent(f, pool, cfg);
    let c: Cluster;
    if (match) {
      c = byId.get(match.id)!;
      c.features.push(f);
      c.centroid = centroidOf(c.features, cfg);
    } else {
      c = { id: newId(f.recordId), features: [f], centroid: centroidOf([f], cfg) };
      clusters.push(c);
      byId.set(c.id, c);
    }
    pool.set({ id: c.id, centroid: c.centroid });
  }
  return clusters;
}

export function clusterRecords(
  records: readonly DossierRecord[],
  cfg: ClusteringConfig,
  idfs: IdfTable,
  newId: (recordId: string) => string,
): Array<Cluster & { members: DossierRecord[] }> {
  const byId = new Map(records.map((r) => [r.id, r]));
  return clusterFeatures(records.map((r) => recordFeatures(r, cfg, idfs)), cfg, newId).map((c) => ({
    ...c,
    members: c.features.map((f) => byId.get(f.recordId)!),
  }));
}
