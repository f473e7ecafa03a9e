import type { DossierRecord, Entity } from '../core/record.js';
import type { ClusteringConfig } from './config.js';
import { idfOf, type IdfTable } from './idf.js';
import { contentWords, unitTerms, wordNumber, type Terms, type WordWeights } from './terms.js';
import { countryIndex } from '../nlp/geo/countries.js';
import { placeKey } from '../nlp/geo/place-key.js';

/** What the clusterer compares: one record reduced to its event's time, place, names, type and words. */
export interface RecordFeatures {
  readonly recordId: string;
  /** YYYY-MM-DD: the event's date when the record resolves one near its publication, else the publication date. */
  readonly day: string | null;
  /** The event's place; `precise` when it is finer than a country (a country says little about which event). */
  readonly place: { readonly name: string; readonly lat: number; readonly lon: number; readonly country: string; readonly precise: boolean } | null;
  /** Normalised names of the record's most-mentioned people, organisations and places. */
  readonly entityNames: string[];
  readonly type: string | null;
  /** TF-IDF of title, lead and the first body words, L2-normalised. */
  readonly terms: Terms;
}

const NAMED_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'NORP']);
const DAY_MS = 86_400_000;

export function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

/**
 * A name as sources of one event write it alike: lowercase, without a leading "the" or
 * punctuation; a person by surname, since one outlet writes "James Comey" and another "Comey".
 */
export function entityKey(e: Pick<Entity, 'type' | 'name'>): string {
  const name = e.name.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  if (e.type === 'PERSON') {
    const parts = name.split(' ');
    return `person:${parts[parts.length - 1]}`;
  }
  return name;
}

export function recordDay(record: DossierRecord): string | null {
  const published = record.source.published?.slice(0, 10) ?? null;
  const when = record.event.when?.iso?.slice(0, 10);
  if (when && /^\d{4}-\d{2}-\d{2}$/.test(when) && (!published || dayDiff(when, published) <= 7)) return when;
  return published;
}

type Place = Omit<NonNullable<RecordFeatures['place']>, 'precise'>;

/** Whether a place is finer than a country (a city, a town, a region that is not a country). */
export function isPrecisePlace(name: string): boolean {
  return !countryIndex().byKey.has(placeKey(name));
}

export function recordPlace(record: DossierRecord): Place | null {
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  for (const arg of record.event.where) {
    const geo = arg.entityId ? byId.get(arg.entityId)?.geo : undefined;
    if (geo) return { name: geo.name, lat: geo.lat, lon: geo.lon, country: geo.country };
  }
  const places = record.entities
    .filter((e) => e.geo && (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC'))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const geo = places[0]?.geo;
  return geo ? { name: geo.name, lat: geo.lat, lon: geo.lon, country: geo.country } : null;
}

export function recordEntityNames(record: DossierRecord, max: number): string[] {
  const counts = new Map<string, number>();
  for (const e of record.entities) {
    if (!NAMED_TYPES.has(e.type)) continue;
    const key = entityKey(e);
    if (key && key !== 'person:') counts.set(key, (counts.get(key) ?? 0) + Math.max(1, e.mentions.length));
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([k]) => k);
}

/** Title, lead and body words with their weights; without sections the whole text is body. */
export function recordTerms(record: DossierRecord, idfs: IdfTable, cfg: ClusteringConfig['text']): Terms {
  const tf: WordWeights = new Map();
  /** Adds the text's first `limit` content words; returns how many it added (the body's allowance is spent). */
  const add = (text: string, weight: number, limit = Infinity): number => {
    const words = contentWords(text, limit);
    for (let i = 0; i < words.length; i++) {
      const id = wordNumber(words[i]!);
      tf.set(id, (tf.get(id) ?? 0) + weight);
    }
    return words.length;
  };
  const sections = record.sections.length ? record.sections : [{ kind: 'body' as const, start: 0, end: record.text.length }];
  let bodyLeft = cfg.bodyWords;
  const hasTitle = sections.some((s) => s.kind === 'title');
  if (!hasTitle && record.source.title) add(record.source.title, cfg.titleWeight);
  for (const s of sections) {
    const text = record.text.slice(s.start, s.end);
    if (s.kind === 'title') add(text, cfg.titleWeight);
    else if (s.kind === 'lead') add(text, cfg.leadWeight);
    else if (s.kind === 'body' && bodyLeft > 0) bodyLeft -= add(text, 1, bodyLeft);
  }
  // Sublinear term frequency: a word repeated ten times is not ten times as telling. The weights
  // replace the counts in place (same keys, same order); scaled, they are the vector returned.
  tf.forEach((n, id) => tf.set(id, (1 + Math.log(n)) * idfOf(idfs, id)));
  return unitTerms(tf);
}

export function recordFeatures(record: DossierRecord, cfg: ClusteringConfig, idfs: IdfTable): RecordFeatures {
  const type = record.event.type && record.event.type !== 'unknown' ? record.event.type : null;
  const place = recordPlace(record);
  return {
    recordId: record.id,
    day: recordDay(record),
    place: place ? { ...place, precise: isPrecisePlace(place.name) } : null,
    entityNames: recordEntityNames(record, cfg.maxRecordEntities),
    type,
    terms: recordTerms(record, idfs, cfg.text),
  };
}
