import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../../core/resources.js';
import { sharedParts } from '../../core/shared-tables.js';
import { StringTable, type StringTableParts } from '../../core/string-table.js';

/**
 * Word clusters (models/word-clusters.tsv, derived from GloVe vectors by scripts/derive-clusters.mjs):
 * lowercase word -> cluster id. Read once on first use (or handed over by the parent thread, see
 * core/shared-tables.ts); an absent file means no cluster features.
 */
let clusters: ReadonlyMap<string, number> | undefined;

export function wordClusters(): ReadonlyMap<string, number> {
  clusters ??= new StringTable(wordClusterParts());
  return clusters;
}

/** The table's arrays, built once a process (core/shared-tables.ts). */
export function wordClusterParts(): StringTableParts {
  return sharedParts('word-clusters', () => {
    const pairs: Array<[string, number]> = [];
    const path = packagePath('models', 'word-clusters.tsv');
    if (existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const tab = line.indexOf('\t');
        pairs.push([line.slice(0, tab), Number(line.slice(tab + 1))]);
      }
    }
    // 341k words: a compact table, not a Map (see StringTable). A later line for a word overrides, as Map.set did.
    return new StringTable(pairs.reverse()).parts();
  }, () => [packagePath('models', 'word-clusters.tsv')]);
}
