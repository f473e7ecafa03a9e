import type { Arg, Count, DossierRecord } from '../core/record.js';
import type { SourcedValue, StoredEvent } from '../store/repository.js';
import type { ClusteringConfig } from './config.js';
import { recordPlace } from './features.js';

export type MergedFields = StoredEvent['merged'];
export type Disagreement = StoredEvent['disagreements'][number];

const LIST_FIELDS = ['who', 'perpetrators', 'targets', 'weapons'] as const;
type ListField = (typeof LIST_FIELDS)[number];
/** The most values a merged list keeps. */
const MAX_LIST = 5;

/** What sources of one event would write alike: lowercase, no leading article, single spaces. */
export function valueKey(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

/** An arg by the name of its entity when it has one ("Comey" -> "James Comey"), else its words. */
function argText(record: DossierRecord, arg: Arg): string {
  const entity = arg.entityId ? record.entities.find((e) => e.id === arg.entityId) : undefined;
  return (entity?.name ?? arg.text).trim();
}

function sourced<T extends string | number>(value: T, record: DossierRecord): SourcedValue<T> {
  const v: { value: T; recordId: string; url?: string; publisher?: string } = { value, recordId: record.id };
  if (record.source.url) v.url = record.source.url;
  if (record.source.publisher) v.publisher = record.source.publisher;
  return v;
}

/** A count as sources state it: 4, "at least 7", "7-10". */
export function countLabel(c: Count): number | string {
  if (c.exact) return c.min;
  return c.max !== undefined && c.max !== c.min ? `${c.min}-${c.max}` : `at least ${c.min}`;
}

interface Tally<T> {
  key: string;
  display: T;
  records: DossierRecord[];
  score: number;
}

function tally<T extends string | number>(items: { key: string; display: T; record: DossierRecord; score: number }[]): Tally<T>[] {
  const byKey = new Map<string, Tally<T>>();
  for (const it of items) {
    let t = byKey.get(it.key);
    if (!t) byKey.set(it.key, (t = { key: it.key, display: it.display, records: [], score: 0 }));
    if (!t.records.includes(it.record)) t.records.push(it.record);
    t.score += it.score;
  }
  return [...byKey.values()].sort((a, b) => b.records.length - a.records.length || b.score - a.score || (a.key < b.key ? -1 : 1));
}

function disagreement<T extends string | number>(field: string, tallies: Tally<T>[]): Disagreement[] {
  if (tallies.length < 2) return [];
  return [{ field, values: tallies.flatMap((t) => t.records.map((r) => sourced(t.display, r))) }];
}

function listField(records: readonly DossierRecord[], field: ListField, perRecord: number): Tally<string>[] {
  const items = records.flatMap((r) => {
    const seen = new Set<string>();
    return r.event[field].slice(0, perRecord).flatMap((arg) => {
      const display = argText(r, arg);
      const key = valueKey(display);
      if (!key || seen.has(key)) return [];
      seen.add(key);
      return [{ key, display, record: r, score: arg.score }];
    });
  });
  return tally(items);
}

/** Keeps the values at least half as well supported as the best one. */
function bestSupported(tallies: Tally<string>[]): string[] {
  const top = tallies[0]?.records.length ?? 0;
  return tallies.filter((t) => t.records.length * 2 >= top).slice(0, MAX_LIST).map((t) => t.display);
}

function countField(records: readonly DossierRecord[], field: 'killed' | 'injured'): { merged: number | null; tallies: Tally<number | string>[] } {
  const items = records.flatMap((r) => {
    const c = r.event.casualties[field];
    if (!c) return [];
    const display = countLabel(c);
    return [{ key: String(display), display, record: r, score: c.min }];
  });
  // Best supported; between equally supported counts, the larger (tolls rise as reports come in).
  const tallies = tally(items).sort((a, b) => b.records.length - a.records.length || b.score / b.records.length - a.score / a.records.length);
  const best = tallies[0];
  const merged = best ? best.records[0]!.event.casualties[field]!.min : null;
  return { merged, tallies };
}

/**
 * The event's fields merged over its records, and every field where sources differ, each value
 * with the records that give it: a reader sees "2 killed (BBC) / 4 killed (Reuters)", not an average.
 */
export function mergeFields(records: readonly DossierRecord[], cfg: Pick<ClusteringConfig, 'argsPerRecord'>): { merged: MergedFields; disagreements: Disagreement[] } {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, listField(records, f, cfg.argsPerRecord)])) as Record<ListField, Tally<string>[]>;
  const killed = countField(records, 'killed');
  const injured = countField(records, 'injured');
  const merged: MergedFields = {
    who: bestSupported(lists.who),
    perpetrators: bestSupported(lists.perpetrators),
    targets: bestSupported(lists.targets),
    weapons: bestSupported(lists.weapons),
    killed: killed.merged,
    injured: injured.merged,
  };

  // Who did it is a claim sources make and may contest: compare each record's first perpetrator.
  const firstPerpetrator = listField(records, 'perpetrators', 1);
  const types = tally(records.flatMap((r) => (r.event.type && r.event.type !== 'unknown' ? [{ key: r.event.type, display: r.event.type, record: r, score: 1 }] : [])));
  const whens = tally(records.flatMap((r) => (r.event.when?.iso ? [{ key: r.event.when.iso, display: r.event.when.iso, record: r, score: 1 }] : [])));
  const wheres = tally(records.flatMap((r) => {
    const p = recordPlace(r);
    return p ? [{ key: p.name, display: p.name, record: r, score: 1 }] : [];
  }));
  const disagreements = [
    ...disagreement('killed', killed.tallies),
    ...disagreement('injured', injured.tallies),
    ...disagreement('perpetrators', firstPerpetrator),
    ...disagreement('type', types),
    ...disagreement('when', whens),
    ...disagreement('where', wheres),
  ];
  return { merged, disagreements };
}
