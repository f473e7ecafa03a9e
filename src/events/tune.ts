/**
 * Tunes the clustering settings on half the giveme5w1h categories and reports B-cubed scores
 * (precision = purity of each article's event, recall = completeness) on the held-out half and on
 * all articles. The held-out half is only scored, never used to choose. Run after `npm run build`:
 *   node dist/events/tune.js           # report the current settings, search, print the best
 *   node dist/events/tune.js --write   # also write the best settings to resources/events/clustering.json
 *   node dist/events/tune.js --report  # only score the current settings and the baselines
 *   --blind (with any of these)         # print tuning-half scores only: for trying out methods
 *                                        # without seeing the held-out half
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { ExtractService } from '../app/extract-service.js';
import { CLUSTERING_CONFIG_PATH, clusteringConfig, type ClusteringConfig } from './config.js';
import { idfTable } from './idf.js';
import { loadGiveme, splitCategories } from './giveme.js';
import { evaluateClustering, evaluateFeatures } from './evaluate.js';
import { recordFeatures, type RecordFeatures } from './features.js';
import type { ClusteringScores } from './bcubed.js';

const fmt = (s: ClusteringScores): string =>
  `purity (B3 P) ${s.precision.toFixed(3)}  completeness (B3 R) ${s.recall.toFixed(3)}  B3 F1 ${s.f1.toFixed(3)}  | cluster purity ${s.purity.toFixed(3)} inverse purity ${s.inversePurity.toFixed(3)}  (${s.items} articles, ${s.classes} events, ${s.clusters} clusters)`;

const items = loadGiveme(new ExtractService());
const { tune, heldOut } = splitCategories(items);
const tuneItems = items.filter((i) => tune.has(i.category));
const heldItems = items.filter((i) => heldOut.has(i.category));
const idfs = idfTable();
const current = clusteringConfig();
const NO_BOOST = { entities: 0, place: 0, type: 0, time: 0 };

const blind = process.argv.includes('--blind');
const report = (label: string, cfg: ClusteringConfig): void => {
  process.stdout.write(`${label}\n  tuning   ${fmt(evaluateClustering(tuneItems, cfg, idfs))}\n`);
  if (!blind) process.stdout.write(`  held-out ${fmt(evaluateClustering(heldItems, cfg, idfs))}\n  all      ${fmt(evaluateClustering(items, cfg, idfs))}\n`);
};

type Labelled = { f: RecordFeatures; category: string };
const thresholds = Array.from({ length: 33 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);
// Cross-validation over the tuning categories: a setting is scored on the tuning half with each
// category left out in turn (and on the whole half), so one easy or odd event cannot decide alone.
const folds = (feats: Labelled[]): Labelled[][] => [feats, ...[...tune].map((c) => feats.filter((x) => x.category !== c))];
const cvF1 = (fs: Labelled[][], cfg: ClusteringConfig): number => fs.reduce((s, f) => s + evaluateFeatures(f, cfg).f1, 0) / fs.length;

/**
 * Judges one setting of everything but the threshold by its best mean F1 over the folds, then by
 * how wide a run of thresholds reaches it; the threshold chosen is the middle of that run, away
 * from both cliffs.
 */
function bestThreshold(fs: Labelled[][], base: ClusteringConfig): { f1: number; width: number; cfg: ClusteringConfig } {
  const f1s = thresholds.map((threshold) => cvF1(fs, { ...base, threshold }));
  const top = Math.max(...f1s);
  let run = { start: 0, len: 0 };
  for (let i = 0; i < f1s.length; i++) {
    if (f1s[i]! < top - 1e-9) continue;
    let j = i;
    while (j + 1 < f1s.length && f1s[j + 1]! >= top - 1e-9) j++;
    if (j - i + 1 > run.len) run = { start: i, len: j - i + 1 };
    i = j;
  }
  return { f1: top, width: run.len, cfg: { ...base, threshold: thresholds[run.start + Math.floor((run.len - 1) / 2)]! } };
}

process.stdout.write(`tuning categories: ${[...tune].join(', ')}\n${blind ? '' : `held-out categories: ${[...heldOut].join(', ')}\n`}`);
report('current settings', current);
report('baseline: every article alone', { ...current, threshold: Number.POSITIVE_INFINITY });
report(`baseline: TF-IDF cosine of words only, no date window, threshold 0.3 (the earlier figure)`, { ...current, windowDays: 10_000, weights: NO_BOOST, threshold: 0.3 });
{
  // The fair baseline: words only, its threshold chosen on the tuning half the same way as ours.
  const words: ClusteringConfig = { ...current, windowDays: 10_000, weights: NO_BOOST };
  const feats = tuneItems.map((i) => ({ f: recordFeatures(i.record, words, idfs), category: i.category }));
  const b = bestThreshold(folds(feats), words);
  report(`baseline: TF-IDF cosine of words only, no date window, threshold ${b.cfg.threshold} chosen on the tuning half`, b.cfg);
}

let best = { f1: -1, width: -1, cfg: current };
if (!process.argv.includes('--report')) {
  // Features depend only on the text settings: computed once per title weight.
  // The date window is not searched: every window from 2 to 14 days scores alike on the tuning
  // half (its one article outside them is dated nine months off), and a stream needs one.
  for (const titleWeight of [2, 4]) {
    const textCfg: ClusteringConfig = { ...current, text: { ...current.text, titleWeight } };
    const fs = folds(tuneItems.map((i) => ({ f: recordFeatures(i.record, textCfg, idfs), category: i.category })));
    for (const entities of [0, 0.25, 0.5, 1]) {
      for (const place of [0, 0.5]) {
        for (const type of [0, 0.2]) {
          for (const time of [0, 0.2]) {
            const r = bestThreshold(fs, { ...textCfg, weights: { entities, place, type, time } });
            if (process.argv.includes('--verbose')) process.stdout.write(`  ${JSON.stringify({ titleWeight, ...r.cfg.weights })} mean F1 ${r.f1.toFixed(4)} at ${r.width} thresholds, threshold ${r.cfg.threshold}\n`);
            if (r.f1 > best.f1 + 1e-9 || (Math.abs(r.f1 - best.f1) <= 1e-9 && r.width > best.width)) best = r;
          }
        }
      }
    }
  }
  report(`best on the tuning half (mean F1 ${best.f1.toFixed(3)} over its folds, at ${best.width} thresholds)`, best.cfg);
  process.stdout.write(`${JSON.stringify({ threshold: best.cfg.threshold, windowDays: best.cfg.windowDays, weights: best.cfg.weights, text: best.cfg.text })}\n`);
}
if (process.argv.includes('--write') && best.f1 >= 0) {
  const file = JSON.parse(readFileSync(CLUSTERING_CONFIG_PATH, 'utf8')) as Record<string, unknown>;
  writeFileSync(CLUSTERING_CONFIG_PATH, `${JSON.stringify({ ...file, threshold: best.cfg.threshold, windowDays: best.cfg.windowDays, weights: best.cfg.weights, text: best.cfg.text }, null, 2)}\n`);
  process.stdout.write(`wrote ${CLUSTERING_CONFIG_PATH}\n`);
}
