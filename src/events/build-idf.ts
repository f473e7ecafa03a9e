/**
 * Builds resources/events/idf.json: in how many BBC News articles (../shared/data/bbc-news) each
 * content word appears. Run after `npm run build`: `node dist/events/build-idf.js`.
 * Words seen in fewer than MIN_DF articles are left out (they count as rare anyway).
 */
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireReferenceData } from '../core/resources.js';
import { contentWords } from './terms.js';
import { IDF_PATH } from './idf.js';

const MIN_DF = 3;

function* articleFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* articleFiles(p);
    else if (name.endsWith('.txt') && /^\d+\.txt$/.test(name)) yield p;
  }
}

const root = requireReferenceData('bbc-news');
const df = new Map<string, number>();
let documents = 0;
for (const file of articleFiles(root)) {
  documents++;
  for (const w of new Set(contentWords(readFileSync(file, 'latin1')))) df.set(w, (df.get(w) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= MIN_DF).sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(IDF_PATH, `${JSON.stringify({ source: 'bbc-news (Greene & Cunningham 2006)', documents, minDf: MIN_DF, df: Object.fromEntries(kept) })}\n`);
process.stdout.write(`${IDF_PATH}: ${documents} articles, ${kept.length} words\n`);
