// Screens an NER feature or learning change on eng.testa (the development set; never eng.testb):
// trains pass 1 (and with PASS2=1 the two-pass model as `npm run train` does) on eng.train with a few
// shuffle seeds and prints eng.testa micro F1 per seed and their mean, with POS and chunk tags from the
// shipped taggers as at run time. Writes no model. Run after `npm run build`:
//   SEEDS=3,5,7 PASS2=1 PA_C=1 EPOCHS=10 TGAZ=0 NAMES=0 node scripts/screen-ner.mjs   (PA_C=0: perceptron steps;
//   TGAZ=1: with the training-data gazetteer; NAMES=1: with the person and company name lists)
import { requireReferenceData } from '../dist/core/resources.js';
import { readConll } from '../dist/nlp/conll.js';
import { defaultGazetteer } from '../dist/nlp/gazetteer.js';
import { defaultNameLists } from '../dist/nlp/name-lists.js';
import { NER_FEATURES, nerFeatures } from '../dist/nlp/tagger/features.js';
import { labelNames, spansFromLabels, transitionMask } from '../dist/nlp/tagger/labels.js';
import { labelTypes, NER_TYPES, nerLabels, NerTagger } from '../dist/nlp/tagger/ner-tagger.js';
import { addPass1Features } from '../dist/nlp/tagger/ner-doc.js';
import { SequenceTagger } from '../dist/nlp/tagger/sequence-tagger.js';
import { trainTagger } from '../dist/nlp/tagger/train.js';
import { SpanScorer } from '../dist/nlp/eval/conlleval.js';
import { chunkTagger, posTagger } from '../dist/nlp/models.js';
import { addTrainGazetteer, hashAll, labelIds, nerInputs, prepareDoc } from '../dist/nlp/train/corpus.js';

const seeds = (process.env.SEEDS ?? '3,5,7').split(',').map(Number);
const pass2 = process.env.PASS2 === '1';
const epochs = Number(process.env.EPOCHS ?? 10);
const quiet = () => {};
const paC = Number(process.env.PA_C ?? 1);
const tgaz = process.env.TGAZ === '1';
const names = process.env.NAMES === '1' ? defaultNameLists() : undefined;

const counter = { n: 0 };
const train = readConll(requireReferenceData('conll2003', 'eng.train')).map((d) => prepareDoc(d, 8, counter));
const dev = readConll(requireReferenceData('conll2003', 'eng.testa')).map((d) => prepareDoc(d));
const gaz = defaultGazetteer();
const labels = nerLabels();
const allowed = transitionMask(labels);
const typeOf = labelTypes(labels);
const docs = train.map((d) => ({ inputs: nerInputs(d, d.pos.map(hashAll), d.chunk.map(hashAll), gaz, names), gold: d.ner.map((t) => labelIds(labels, t)) }));
const trainGaz = tgaz ? addTrainGazetteer(train, docs) : undefined;
const pos = posTagger();
const chunk = chunkTagger();
const devInputs = dev.map((d) => d.inputs.map((s) => {
  const p = pos.hashes(pos.tag(s));
  return { ...s, pos: p, chunk: chunk.hashes(chunk.tag({ ...s, pos: p })) };
}));

const fit = (subset, seed, withPass1 = false) => trainTagger(subset.flatMap((d) => d.inputs), subset.flatMap((d) => d.gold), {
  labels, extract: nerFeatures, allowed, epochs, seed, minCount: withPass1 ? 2 : 1, log: quiet, passiveAggressive: paC,
});

const r1 = [];
const r2 = [];
for (const seed of seeds) {
  const t0 = Date.now();
  const model1 = fit(docs, seed);
  let model2 = model1;
  if (pass2) {
    const pass1Labels = new Array(docs.length);
    for (let fold = 0; fold < 2; fold++) {
      const m = fit(docs.filter((_, i) => i % 2 !== fold), seed + 7 + fold);
      const tagger = new SequenceTagger(labels, m, NER_FEATURES, true);
      docs.forEach((d, i) => { if (i % 2 === fold) pass1Labels[i] = d.inputs.map((s) => tagger.tag(s)); });
    }
    const stacked = docs.map((d, i) => {
      const inputs = d.inputs.map((s) => ({ ...s }));
      addPass1Features(inputs, pass1Labels[i], typeOf, NER_TYPES.length);
      return { inputs, gold: d.gold };
    });
    model2 = fit(stacked, seed + 1, true);
  }
  const ner = new NerTagger(labels, model1, model2, gaz, trainGaz, names);
  const s1 = new SpanScorer();
  const s2 = new SpanScorer();
  dev.forEach((d, di) => {
    const prepared = ner.prepare(devInputs[di], d.words);
    const first = prepared.map((s) => ner.pass1.tag(s));
    const second = pass2 ? ner.stack(prepared, first).map((s) => ner.pass2.tag(s)) : first;
    d.ner.forEach((gold, k) => {
      const g = spansFromLabels(gold);
      s1.add(g, spansFromLabels(labelNames(first[k], labels)));
      s2.add(g, spansFromLabels(labelNames(second[k], labels)));
    });
  });
  r1.push(s1.micro().f1);
  r2.push(s2.micro().f1);
  console.log(`seed ${seed}: pass 1 ${s1.micro().f1.toFixed(4)}${pass2 ? `, pass 2 ${s2.micro().f1.toFixed(4)}` : ''}` +
    ` (${model1.featureCount} features; ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
console.log(`mean: pass 1 ${mean(r1).toFixed(4)}${pass2 ? `, pass 2 ${mean(r2).toFixed(4)}` : ''}`);
