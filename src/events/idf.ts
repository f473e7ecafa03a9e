import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../core/resources.js';
import { DossierError } from '../core/errors.js';

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

/** Smoothed inverse document frequency. */
export function idf(table: IdfTable, word: string): number {
  const df = table.df[word] ?? 0;
  return Math.log((table.documents + 1) / (df + 1)) + 1;
}
