import type { EventCentroid } from '../store/repository.js';
import type { ClusteringConfig } from './config.js';
import { dayDiff, type RecordFeatures } from './features.js';
import { storedTerms, topTerms, unitTerms, type WordWeights } from './terms.js';

/** The most frequent value; ties go to the smallest, so the result does not depend on order. */
export function mode<T extends string>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN || (n === bestN && best !== undefined && v < best)) [best, bestN] = [v, n];
  return best;
}

/**
 * What a new record is compared with: the mean of the members' word vectors (kept to the top
 * terms), the names most members use, the members' mean position, most common day and type.
 */
export function centroidOf(members: readonly RecordFeatures[], cfg: ClusteringConfig): EventCentroid {
  // By word number, in the order the words first come.
  const sum: WordWeights = new Map();
  for (let i = 0; i < members.length; i++) {
    const { ids, values } = members[i]!.terms;
    for (let k = 0; k < ids.length; k++) sum.set(ids[k]!, (sum.get(ids[k]!) ?? 0) + values[k]!);
  }
  const terms = storedTerms(unitTerms(topTerms(sum, cfg.maxCentroidTerms)));

  const nameCounts = new Map<string, number>();
  for (const m of members) for (const n of m.entityNames) nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
  const entityNames = [...nameCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, cfg.maxEntityNames).map(([n]) => n);

  const placed = members.flatMap((m) => (m.place ? [m.place] : []));
  const day = mode(members.flatMap((m) => (m.day ? [m.day] : [])));
  const type = mode(members.flatMap((m) => (m.type ? [m.type] : []))) ?? 'unknown';
  const centroid: { -readonly [K in keyof EventCentroid]: EventCentroid[K] } = { entityNames, terms, type };
  if (day) centroid.day = day;
  if (placed.length) {
    // The place most members name, averaged over those that name it: one outlet naming the
    // capital must not drag the event halfway across a country.
    const name = mode(placed.map((p) => p.name))!;
    const same = placed.filter((p) => p.name === name);
    centroid.lat = same.reduce((s, p) => s + p.lat, 0) / same.length;
    centroid.lon = same.reduce((s, p) => s + p.lon, 0) / same.length;
  }
  return centroid;
}

/** Whether an event dated `day` is a candidate for a record dated `recordDay`. */
export function withinWindow(recordDay: string | null, day: string | undefined, cfg: ClusteringConfig): boolean {
  if (!recordDay || !day) return true;
  return dayDiff(recordDay, day) <= cfg.windowDays;
}
