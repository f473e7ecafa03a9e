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
  /** Weighted mean of the parts present on both sides, 0..1. */
  readonly score: number;
  readonly parts: SimilarityParts;
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
 * How well a record fits an event. A part is left out when either side lacks it (no names, no
 * place, no type), so a record the NLP layers say little about is judged on what it has.
 * Outside the time window the score is 0: reports days apart are different events.
 */
export function similarity(f: RecordFeatures, c: EventCentroid, cfg: ClusteringConfig): Similarity {
  const w = cfg.weights;
  const parts: { -readonly [K in keyof SimilarityParts]: SimilarityParts[K] } = { text: cosine(f.terms, c.terms) };
  let sum = w.text * parts.text;
  let weight = w.text;
  if (f.day && c.day) {
    const d = dayDiff(f.day, c.day);
    if (d > cfg.windowDays) return { score: 0, parts: { ...parts, time: 0 } };
    parts.time = 1 - d / (cfg.windowDays + 1);
    sum += w.time * parts.time;
    weight += w.time;
  }
  if (f.entityNames.length && c.entityNames.length) {
    // Share of the record's names the event knows: a short report naming two of the event's
    // people fits as well as a long one naming ten.
    const known = new Set(c.entityNames);
    parts.entities = f.entityNames.filter((n) => known.has(n)).length / f.entityNames.length;
    sum += w.entities * parts.entities;
    weight += w.entities;
  }
  if (f.place && c.lat !== undefined && c.lon !== undefined) {
    const km = distanceKm(f.place, { lat: c.lat, lon: c.lon });
    const { near, far } = cfg.placeKm;
    parts.place = km <= near ? 1 : km >= far ? 0 : 1 - (km - near) / (far - near);
    sum += w.place * parts.place;
    weight += w.place;
  }
  if (f.type && c.type && c.type !== 'unknown') {
    parts.type = f.type === c.type ? 1 : 0;
    sum += w.type * parts.type;
    weight += w.type;
  }
  return { score: weight > 0 ? sum / weight : 0, parts };
}
