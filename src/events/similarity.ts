import type { EventCentroid } from '../store/repository.js';
import type { ClusteringConfig } from './config.js';
import { dayDiff, type RecordFeatures } from './features.js';
import { cosine } from './terms.js';

export interface SimilarityParts {
  readonly text: number;
  readonly entities?: number;
  readonly place?: number;
  readonly type?: number;
  readonly time?: number;
}

export interface Similarity {
  /** Text cosine times the boost of the other parts (see `similarity`). */
  readonly score: number;
  readonly parts: SimilarityParts;
}

/**
 * How many of the candidate events (those in the record's date window) name each name. A name
 * that many events in the window share ("trump" in an election week) says little about which
 * event a record belongs to; one that a single event names ("zobrist", "comey") says much.
 */
export interface NameRarity {
  readonly events: number;
  readonly df: ReadonlyMap<string, number>;
}

export function nameRarity(centroids: Iterable<Pick<EventCentroid, 'entityNames'>>): NameRarity {
  const df = new Map<string, number>();
  let events = 0;
  for (const c of centroids) {
    events++;
    for (const n of nameSet(c)) df.set(n, (df.get(n) ?? 0) + 1);
  }
  return { events, df };
}

/**
 * A centroid's names as a Set, made once per centroid object: a batch compares every record with
 * every candidate event, and centroids are never changed once made (a join makes a new one).
 */
const nameSets = new WeakMap<Pick<EventCentroid, 'entityNames'>, ReadonlySet<string>>();

export function nameSet(c: Pick<EventCentroid, 'entityNames'>): ReadonlySet<string> {
  let set = nameSets.get(c);
  if (!set) nameSets.set(c, (set = new Set(c.entityNames)));
  return set;
}

/** Smoothed inverse event frequency of a name among the candidates: 0 < weight, highest for names no candidate has. */
export function nameWeight(rarity: NameRarity | undefined, name: string): number {
  if (!rarity) return 1;
  return Math.log((rarity.events + 2) / ((rarity.df.get(name) ?? 0) + 1));
}

/** A record's names weighed by their rarity (in the record's order), and their sum. */
export interface NameWeights {
  readonly weights: Float64Array;
  readonly all: number;
}

/**
 * The weights of the record's names among the candidates: the same for every candidate it is
 * compared with, so a caller comparing one record with many computes them once and passes them to
 * `similarity` (summed in the same order, so the same numbers).
 */
export function recordNameWeights(f: Pick<RecordFeatures, 'entityNames'>, rarity: NameRarity | undefined): NameWeights {
  const weights = new Float64Array(f.entityNames.length);
  let all = 0;
  f.entityNames.forEach((n, i) => {
    weights[i] = nameWeight(rarity, n);
    all += weights[i]!;
  });
  return { weights, all };
}

const EARTH_KM = 6371;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How well a record fits an event: the text cosine, raised by the other parts,
 *   score = text × (1 + Σ weight × part),
 * so names, place, type and day can only strengthen what the words already say: two reports that
 * share no words never join however much else they share, and distinct same-day stories on one
 * subject (same type, same famous names, same country) are told apart by their words. A part is
 * left out (no boost) when either side lacks it. Names count by rarity among the candidate events
 * (`rarity`); a place counts only when the record's is precise (a city, not a country).
 * Outside the time window the score is 0: reports days apart are different events.
 */
export function similarity(f: RecordFeatures, c: EventCentroid, cfg: ClusteringConfig, rarity?: NameRarity, names?: NameWeights): Similarity {
  const w = cfg.weights;
  const parts: { -readonly [K in keyof SimilarityParts]: SimilarityParts[K] } = { text: cosine(f.terms, c.terms) };
  let boost = 0;
  if (f.day && c.day) {
    const d = dayDiff(f.day, c.day);
    if (d > cfg.windowDays) return { score: 0, parts: { ...parts, time: 0 } };
    parts.time = 1 - d / (cfg.windowDays + 1);
    boost += w.time * parts.time;
  }
  if (f.entityNames.length && c.entityNames.length) {
    // Weighted share of the record's names the event knows: a short report naming two of the
    // event's rare names fits as well as a long one naming ten.
    const known = nameSet(c);
    const { weights, all } = names ?? recordNameWeights(f, rarity);
    let shared = 0;
    for (let i = 0; i < weights.length; i++) if (known.has(f.entityNames[i]!)) shared += weights[i]!;
    parts.entities = all > 0 ? shared / all : 0;
    boost += w.entities * parts.entities;
  }
  if (f.place?.precise && c.lat !== undefined && c.lon !== undefined) {
    const km = distanceKm(f.place, { lat: c.lat, lon: c.lon });
    const { near, far } = cfg.placeKm;
    parts.place = km <= near ? 1 : km >= far ? 0 : 1 - (km - near) / (far - near);
    boost += w.place * parts.place;
  }
  if (f.type && c.type && c.type !== 'unknown') {
    parts.type = f.type === c.type ? 1 : 0;
    boost += w.type * parts.type;
  }
  return { score: parts.text * (1 + boost), parts };
}
