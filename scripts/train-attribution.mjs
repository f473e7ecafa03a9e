#!/usr/bin/env node
// Learns which words are attribution cues from PolNeAR's training split, and how often:
// for every word form (lower case), the times it occurs in the training texts and the times
// it lies inside an annotated Cue. Writes models/attribution-cues.json, which the attribution
// rules read (src/extract/attribution/cues.ts). Rebuild: `npm run train:attribution`
// (after `npm run build`). Reads $DOSSIER_DATA/polnear/train only: never dev or test.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../dist/nlp/tokenize.js';
import { parseBrat } from '../dist/extract/attribution/brat.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = resolve(process.env.DOSSIER_DATA ?? join(root, '..', 'shared', 'data'), 'polnear', 'train');
const MIN_COUNT = 3;

const annDir = join(data, 'attributions');
const textDir = join(data, 'text');
let anns;
try {
  anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
} catch {
  console.error(`train-attribution: ${annDir}: PolNeAR training data not found (set DOSSIER_DATA)`);
  process.exit(13);
}
// An article annotated more than once counts once: its first annotation file.
const byText = new Map();
for (const f of anns) {
  const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!byText.has(name)) byText.set(name, f);
}
const total = new Map();
const positive = new Map();
for (const [name, f] of byText) {
  const text = readFileSync(join(textDir, `${name}.txt`), 'utf8');
  const cues = parseBrat(readFileSync(join(annDir, f), 'utf8'), f).flatMap((a) => a.cue);
  for (const t of tokenize(text)) {
    if (!/^\p{L}/u.test(t.text)) continue;
    const w = t.text.toLowerCase();
    total.set(w, (total.get(w) ?? 0) + 1);
    if (cues.some((c) => c.start <= t.start && t.end <= c.end)) positive.set(w, (positive.get(w) ?? 0) + 1);
  }
}
const words = {};
for (const [w, p] of [...positive].sort((a, b) => b[1] - a[1])) {
  if (p >= MIN_COUNT) words[w] = [p, total.get(w)];
}
const out = {
  about: 'word -> [times inside a PolNeAR Cue, times in the training texts]; built by scripts/train-attribution.mjs',
  trainedOn: `polnear/train (${byText.size} articles)`,
  minCount: MIN_COUNT,
  words,
};
writeFileSync(join(root, 'models', 'attribution-cues.json'), `${JSON.stringify(out)}\n`);
console.log(`models/attribution-cues.json: ${Object.keys(words).length} cue words from ${byText.size} articles`);
