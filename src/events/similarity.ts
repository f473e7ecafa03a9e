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
    for (const n of new Set(c.entityNames)) df.set(n, (df.get(n) ?? 0) + 1);
  }
  return { events, df };
}

/** Smoothed inverse event frequency of a name among the candidates: 0 < weight, highest for names no candidate has. */
export function nameWeight(rarity: NameRarity | undefined, name: string): number {
  if (!rarity) return 1;
  return Math.log((rarity.events + 2) / ((rarity.df.get(name) ?? 0) + 1));
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
export function similarity(f: RecordFeatures, c: EventCentroid, cfg: ClusteringConfig, rarity?: NameRarity): Similarity {
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
    const known = new Set(c.entityNames);
    let shared = 0;
    let all = 0;
    for (const n of f.entityNames) {
      const x = nameWeight(rarity, n);
      all += x;
      if (known.has(n)) shared += x;
    }
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
