/**
 * Tunes the clustering settings on half the giveme5w1h categories and reports B-cubed scores on
 * the held-out half and on all articles. Run after `npm run build`:
 *   node dist/events/tune.js           # report the current settings, search, print the best
 *   node dist/events/tune.js --write   # also write the best settings to resources/events/clustering.json
 *   node dist/events/tune.js --report  # only score the current settings and the baselines
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { ExtractService } from '../app/extract-service.js';
import { CLUSTERING_CONFIG_PATH, clusteringConfig, type ClusteringConfig } from './config.js';
import { idfTable } from './idf.js';
import { loadGiveme, splitCategories } from './giveme.js';
import { evaluateClustering, evaluateFeatures } from './evaluate.js';
import { recordFeatures } from './features.js';
import type { ClusteringScores } from './bcubed.js';

const fmt = (s: ClusteringScores): string =>
  `B3 P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  purity ${s.purity.toFixed(3)} inverse purity ${s.inversePurity.toFixed(3)}  (${s.items} articles, ${s.classes} events, ${s.clusters} clusters)`;

const items = loadGiveme(new ExtractService());
const { tune, heldOut } = splitCategories(items);
const tuneItems = items.filter((i) => tune.has(i.category));
const heldItems = items.filter((i) => heldOut.has(i.category));
const idfs = idfTable();
const current = clusteringConfig();

const report = (label: string, cfg: ClusteringConfig): void => {
  process.stdout.write(`${label}\n  tuning   ${fmt(evaluateClustering(tuneItems, cfg, idfs))}\n  held-out ${fmt(evaluateClustering(heldItems, cfg, idfs))}\n  all      ${fmt(evaluateClustering(items, cfg, idfs))}\n`);
};
process.stdout.write(`tuning categories: ${[...tune].join(', ')}\nheld-out categories: ${[...heldOut].join(', ')}\n`);
report('current settings', current);
// Baselines: every article alone; words only (no time, names, place or type).
report('baseline: every article alone', { ...current, threshold: 1.01 });
report('baseline: TF-IDF cosine of words only, same threshold', { ...current, windowDays: 10_000, weights: { text: 1, entities: 0, place: 0, type: 0, time: 0 } });

// Features depend only on the text settings: computed once per title weight, then every
// comparison setting is tried on them. The tuning half is small and many settings score alike, so
// each setting of the weights is judged by its best F1 and then by how wide a range of thresholds
// reaches it; the threshold chosen is the middle of that range, away from both cliffs.
let best = { f1: -1, width: -1, cfg: current };
const thresholds = Array.from({ length: 21 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);
if (!process.argv.includes('--report')) {
  for (const titleWeight of [1, 2, 4]) {
    const textCfg: ClusteringConfig = { ...current, text: { ...current.text, titleWeight } };
    const feats = tuneItems.map((i) => ({ f: recordFeatures(i.record, textCfg, idfs), category: i.category }));
    for (const entities of [0, 0.2, 0.5]) {
      for (const place of [0, 0.3]) {
        for (const type of [0, 0.2]) {
          for (const time of [0, 0.2, 0.4]) {
            for (const windowDays of [2, 3]) {
              const base: ClusteringConfig = { ...textCfg, windowDays, weights: { text: 1, entities, place, type, time } };
              const f1s = thresholds.map((threshold) => evaluateFeatures(feats, { ...base, threshold }).f1);
              const top = Math.max(...f1s);
              // The longest run of consecutive thresholds at the top F1.
              let run = { start: 0, len: 0 };
              for (let i = 0; i < f1s.length; i++) {
                if (f1s[i]! < top - 1e-9) continue;
                let j = i;
                while (j + 1 < f1s.length && f1s[j + 1]! >= top - 1e-9) j++;
                if (j - i + 1 > run.len) run = { start: i, len: j - i + 1 };
                i = j;
              }
              if (top > best.f1 + 1e-9 || (Math.abs(top - best.f1) <= 1e-9 && run.len > best.width)) {
                best = { f1: top, width: run.len, cfg: { ...base, threshold: thresholds[run.start + Math.floor((run.len - 1) / 2)]! } };
              }
            }
          }
        }
      }
    }
  }
  report(`best on the tuning half (top F1 over ${best.width} thresholds)`, best.cfg);
  process.stdout.write(`${JSON.stringify({ threshold: best.cfg.threshold, windowDays: best.cfg.windowDays, weights: best.cfg.weights, text: best.cfg.text })}\n`);
}
if (process.argv.includes('--write') && best.f1 >= 0) {
  const file = JSON.parse(readFileSync(CLUSTERING_CONFIG_PATH, 'utf8')) as Record<string, unknown>;
  writeFileSync(CLUSTERING_CONFIG_PATH, `${JSON.stringify({ ...file, threshold: best.cfg.threshold, windowDays: best.cfg.windowDays, weights: best.cfg.weights, text: best.cfg.text }, null, 2)}\n`);
  process.stdout.write(`wrote ${CLUSTERING_CONFIG_PATH}\n`);
}
