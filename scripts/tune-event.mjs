#!/usr/bin/env node
// Tunes the 5W1H scorer's weights (resources/event/params.json) on the Giveme5W1H articles,
// leaving out the held-out event clusters of resources/event/tuning-split.json, by coordinate
// search: each weight in turn tries a few values, and the best (mean of the all-six and the
// who/what/when/where accuracy) is kept. Run after `npm run build`:
//   node scripts/tune-event.mjs [--rounds 2] [--write]
// Without --write it prints the weights it would write.
//   node scripts/tune-event.mjs --loco [--rounds 1]
// checks whether tuning generalises before any weight is changed: for each tuning cluster in turn
// it tunes on the other clusters and scores the one left out, with the tuned and with the present
// weights; the sums say whether retuning would help an unseen event cluster. It writes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { ExtractService } from '../dist/app/extract-service.js';
import { eventAnswers, heldOutCategories, loadGoldArticles } from '../dist/app/eval-5w1h-service.js';
import { pipelineStages } from '../dist/pipeline/registry.js';
import { extractEvent } from '../dist/extract/event/event-stage.js';
import { isCorrect, QUESTIONS } from '../dist/eval/five-w-metric.js';
import { packagePath, requireReferenceData } from '../dist/core/resources.js';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? +args[args.indexOf('--rounds') + 1] : 2;
const write = args.includes('--write');
const loco = args.includes('--loco');
const file = packagePath('resources', 'event', 'params.json');
const params = JSON.parse(readFileSync(file, 'utf8'));

// The weights searched and the values each may take.
const SPACE = {
  window: [6, 8, 10, 12, 16],
  'section.lead': [0.6, 0.75, 0.9, 1.0, 1.1],
  'section.body': [0.5, 0.65, 0.8, 0.9, 1.0],
  decay: [0.6, 0.7, 0.8, 0.85, 0.9, 0.95],
  'what.maxTokens': [4, 5, 6, 7, 8, 10, 12],
  'what.maxStops': [0, 1, 2],
  'what.titleMaxTokens': [5, 6, 8, 10],
  'what.titleMaxStops': [0, 1, 2],
  'what.triggerPhrase': [0.5, 0.7, 0.9, 0.95],
  'what.trigger': [0, 0.1, 0.2, 0.3, 0.5],
  'what.report': [0.2, 0.4, 0.6, 0.8, 1.0],
  'what.noVerb': [0.4, 0.6, 0.7, 0.85, 1.0],
  'who.name': [0, 0.1, 0.2, 0.3, 0.5],
  'who.pronoun': [-1, -0.8, -0.5, -0.2],
  'who.long': [0, 0.04, 0.08, 0.15, 0.25],
  'who.report': [0.5, 0.7, 0.9, 1.0],
  'who.coherence': [0, 0.1, 0.2, 0.3, 0.5],
  'who.nameRun': [0.5, 0.7, 0.8, 0.9, 0.95], // below 1: a name inside a subject never outranks the subject
  'when.weekday': [0.6, 0.8, 1.0, 1.2],
  'when.relative': [0.6, 0.8, 0.9, 1.0, 1.2],
  'when.clock': [0.6, 0.8, 1.0, 1.2],
  'when.year': [0.2, 0.35, 0.5, 0.7, 1.0],
  'when.anywhere': [0, 0.1, 0.2, 0.3, 0.5],
  'when.vague': [0, 0.2, 0.4, 0.6],
  'when.minScore': [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
  'where.named': [0.8, 1.0, 1.2],
  'where.facility': [0.4, 0.6, 0.8, 1.0, 1.2, 1.5],
  'where.bare': [0.2, 0.4, 0.6, 0.8, 1.0],
  'where.common': [0.3, 0.45, 0.6, 0.8, 1.0],
  'where.freq': [0, 0.05, 0.1, 0.2],
  'where.minScore': [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
  'why.minScore': [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8],
  'why.weakCue': [0, 0.5, 0.8, 1, 1.3],
  'why.maxTokens': [3, 4, 6, 8, 10, 14],
  'why.purpose': [0, 0.4, 0.6, 0.8, 1, 1.2],
  'how.verb': [0.2, 0.4, 0.6, 0.8, 1.0],
  'how.manner': [0.4, 0.6, 0.9, 1.2],
  'how.minScore': [0, 0.1, 0.2, 0.3, 0.5],
  'how.maxTokens': [1, 2, 3, 4],
  'how.title': [0, 0.3, 0.5, 0.8, 1.0],
  'when.possessive': [0.3, 0.5, 0.7, 1.0, 1.2],
  'where.outside': [0, 0.05, 0.1, 0.15],
  'where.dateline': [0.8, 1.2, 1.5, 2],
  'where.datelineElsewhere': [0.1, 0.3, 0.5, 1],
  'where.country': [0.3, 0.5, 0.7, 1],
  'where.town': [0, 0.3, 0.5, 0.7, 2],
  'who.quantity': [-1.5, -1, -0.6, -0.3, 0],
  'who.event': [-1.5, -1, -0.6, -0.3, 0],
  'who.fullName': [0.9, 1, 1.1, 1.3],
  'who.inanimate': [-1, -0.6, -0.3, 0],
  'who.passivePatient': [0.5, 0.7, 0.9, 1],
  'who.claimant': [0, 0.25, 0.5, 1],
  'how.mannerNoun': [0.4, 0.6, 0.9, 1.2],
  'when.relativeClause': [0.3, 0.5, 0.7, 1],
  'when.eventTold': [1, 2, 3, 4],
  'why.circumstance': [0.5, 0.7, 0.9, 1.1],
};

const get = (o, path) => path.split('.').reduce((x, k) => x[k], o);
const set_ = (o, path, v) => {
  const keys = path.split('.');
  const last = keys.pop();
  keys.reduce((x, k) => x[k], o)[last] = v;
};

// Every stage but the event runs once per article; each trial reruns only the event stage.
const held = new Set(heldOutCategories());
const before = new ExtractService(pipelineStages().filter((st) => st.name !== 'event'));
const articles = loadGoldArticles(requireReferenceData('giveme5w1h', 'train'))
  .filter((a) => !held.has(a.category))
  .map((a) => {
    const { doc } = before.extractArticle({ title: a.title, lead: a.description, body: a.text, meta: { published: a.published } });
    return { a, doc };
  });

/** Correct answers per question over `set`, and the objective (mean of the all-six and 4W accuracy). */
function evaluate(p, set = articles) {
  const hits = Object.fromEntries(QUESTIONS.map((q) => [q, 0]));
  for (const { a, doc } of set) {
    const answers = eventAnswers(extractEvent(doc, { clean: true, referenceDate: a.published }, p));
    for (const q of QUESTIONS) if (isCorrect(answers[q], a.coded[q])) hits[q]++;
  }
  const acc = (q) => hits[q] / set.length;
  const fourW = (acc('who') + acc('what') + acc('when') + acc('where')) / 4;
  const all = QUESTIONS.reduce((s, q) => s + acc(q), 0) / QUESTIONS.length;
  return { objective: (all + fourW) / 2, hits, report: { system: { fourW, all, articles: set.length } } };
}

/** Coordinate search from `start` on `set`; returns the tuned weights. */
function tune(start, set, log) {
  const p = structuredClone(start);
  let best = evaluate(p, set);
  log(`start: objective ${best.objective.toFixed(4)} (4W ${best.report.system.fourW.toFixed(3)}, all ${best.report.system.all.toFixed(3)}) on ${best.report.system.articles} articles`);
  for (let r = 0; r < rounds; r++) {
    let changed = false;
    for (const [path, values] of Object.entries(SPACE)) {
      const current = get(p, path);
      for (const v of values) {
        if (v === current) continue;
        const trial = structuredClone(p);
        set_(trial, path, v);
        const res = evaluate(trial, set);
        if (res.objective > best.objective + 1e-9) {
          set_(p, path, v);
          best = res;
          changed = true;
          log(`  ${path} = ${v}: objective ${res.objective.toFixed(4)}`);
        }
      }
    }
    if (!changed) break;
  }
  log(`end: objective ${best.objective.toFixed(4)} (4W ${best.report.system.fourW.toFixed(3)}, all ${best.report.system.all.toFixed(3)})`);
  return p;
}

if (loco) {
  const clusters = [...new Set(articles.map(({ a }) => a.category))].sort();
  const sum = (h) => QUESTIONS.reduce((s, q) => s + h[q], 0);
  let present = 0;
  let retuned = 0;
  for (const c of clusters) {
    const out = articles.filter(({ a }) => a.category === c);
    const tuned = tune(params, articles.filter(({ a }) => a.category !== c), () => {});
    const before = evaluate(params, out).hits;
    const after = evaluate(tuned, out).hits;
    present += sum(before);
    retuned += sum(after);
    console.log(`${c} (${out.length} articles): present ${sum(before)}, retuned ${sum(after)} correct answers of ${6 * out.length}`);
  }
  console.log(`left-out clusters together: present weights ${present}, retuned ${retuned} correct answers`);
} else {
  const tuned = tune(params, articles, console.log);
  if (write) {
    writeFileSync(file, `${JSON.stringify(tuned, null, 2)}\n`);
    console.log(`wrote ${file}`);
  } else console.log(JSON.stringify(tuned));
}
