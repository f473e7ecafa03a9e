#!/usr/bin/env node
// Trains the attribution cue classifier (an averaged perceptron, binary: is this token part of a
// Cue?) on PolNeAR train, with the features of src/extract/attribution/cue-classifier.ts, and writes
// models/attribution-cue-classifier.bin (see src/extract/attribution/cue-model-io.ts). Reads $DOSSIER_DATA/polnear/train only: never dev or test.
// Run by `npm run train:attribution` (after the build).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../dist/nlp/tokenize.js';
import { splitSentences } from '../dist/nlp/sentences.js';
import { parseBrat } from '../dist/extract/attribution/brat.js';
import { cueFeatures, isCandidate } from '../dist/extract/attribution/cue-classifier.js';
import { saveCueModel } from '../dist/extract/attribution/cue-model-io.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = resolve(process.env.DOSSIER_DATA ?? join(root, '..', 'shared', 'data'), 'polnear', 'train');
const EPOCHS = 6;
const MIN_ABS_WEIGHT = Number(process.env.MIN_ABS_WEIGHT ?? 0.5);

const annDir = join(data, 'attributions');
let anns;
try {
  anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
} catch {
  console.error(`train-cue-classifier: ${annDir}: PolNeAR training data not found (set DOSSIER_DATA)`);
  process.exit(13);
}
const byText = new Map();
for (const f of anns) {
  const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!byText.has(name)) byText.set(name, f);
}

// Examples: [features, +1 | -1] for every candidate token.
const examples = [];
for (const [name, f] of byText) {
  const text = readFileSync(join(data, 'text', `${name}.txt`), 'utf8');
  const cues = parseBrat(readFileSync(join(annDir, f), 'utf8'), f).flatMap((a) => a.cue);
  const tokens = tokenize(text);
  for (const s of splitSentences(text, tokens)) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!isCandidate(t)) continue;
      const y = cues.some((c) => c.start <= t.start && t.end <= c.end) ? 1 : -1;
      examples.push([cueFeatures(tokens, i, s.tokenStart, s.tokenEnd), y]);
    }
  }
}

// Averaged perceptron with lazy averaging (Collins 2002; Daumé's trick).
const w = new Map();
const acc = new Map(); // sum of c * update, to subtract from c * w for the average
let c = 1;
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  let errors = 0;
  for (let k = examples.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [examples[k], examples[j]] = [examples[j], examples[k]];
  }
  for (const [feats, y] of examples) {
    let score = 0;
    for (const f of feats) score += w.get(f) ?? 0;
    if (y * score <= 0) {
      errors++;
      for (const f of feats) {
        w.set(f, (w.get(f) ?? 0) + y);
        acc.set(f, (acc.get(f) ?? 0) + c * y);
      }
    }
    c++;
  }
  console.log(`epoch ${epoch + 1}: ${errors} mistakes on ${examples.length} tokens`);
}
const weights = new Map();
for (const [f, v] of w) {
  const avg = v - (acc.get(f) ?? 0) / c;
  if (Math.abs(avg) >= MIN_ABS_WEIGHT) weights.set(f, Number(avg.toFixed(3)));
}
saveCueModel(join(root, 'models', 'attribution-cue-classifier.bin'), {
  about: 'averaged perceptron: is this token part of an attribution cue; built by scripts/train-cue-classifier.mjs',
  trainedOn: `polnear/train (${byText.size} articles, ${examples.length} candidate tokens, ${EPOCHS} epochs)`,
}, weights);
console.log(`models/attribution-cue-classifier.bin: ${weights.size} weights`);
