import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../core/resources.js';
import { DossierError } from '../core/errors.js';
import { wordGeneration, wordOf } from './terms.js';

/**
 * Document frequencies of words in general news (built from the BBC News corpus by
 * `node dist/events/build-idf.js`), so that words every article uses weigh little and names
 * and rare words weigh much. Words not in the table count as rare.
 */
export interface IdfTable {
  readonly documents: number;
  readonly df: Readonly<Record<string, number>>;
}

export const IDF_PATH = packagePath('resources', 'events', 'idf.json');

let cached: IdfTable | undefined;

export function idfTable(): IdfTable {
  if (!cached) {
    if (!existsSync(IDF_PATH)) throw new DossierError('DATA_MISSING', `${IDF_PATH}: word frequency table for event clustering is missing from the package`);
    cached = JSON.parse(readFileSync(IDF_PATH, 'utf8')) as IdfTable;
  }
  return cached;
}

/**
 * Each table's frequencies as a Map, made on first use. The words looked up are cut from article
 * text, and a property look-up on the table's object first interns such a string: over 2,128 BBC
 * records clustered, the look-ups through the object took 140 ms, a tenth of clustering.
 */
const dfMaps = new WeakMap<IdfTable, ReadonlyMap<string, number>>();

function dfMap(table: IdfTable): ReadonlyMap<string, number> {
  let m = dfMaps.get(table);
  if (!m) dfMaps.set(table, (m = new Map(Object.entries(table.df))));
  return m;
}

/** Smoothed inverse document frequency. */
export function idf(table: IdfTable, word: string): number {
  const df = dfMap(table).get(word) ?? 0;
  return Math.log((table.documents + 1) / (df + 1)) + 1;
}

/** Each table's idf by word number (see terms.ts), filled in as words are first weighed. */
const byNumber = new WeakMap<IdfTable, { generation: number; values: number[] }>();

/** `idf` of the word numbered `id`: a word's string is looked up once per table (and numbering). */
export function idfOf(table: IdfTable, id: number): number {
  let kept = byNumber.get(table);
  if (!kept || kept.generation !== wordGeneration()) byNumber.set(table, (kept = { generation: wordGeneration(), values: [] }));
  const cache = kept.values;
  let x = cache[id];
  if (x === undefined) cache[id] = x = idf(table, wordOf(id));
  return x;
}
