import { packagePath } from '../../core/resources.js';
import type { ConllDocument } from '../conll.js';
import { SpanScorer } from '../eval/conlleval.js';
import { makeInput, type TagInput } from '../tagger/input.js';
import { labelNames, spansFromLabels } from '../tagger/labels.js';
import type { NerTagger } from '../tagger/ner-tagger.js';
import type { SequenceTagger } from '../tagger/sequence-tagger.js';
import { saveWindowModel, sharedWindowParts, WindowModel, type WindowModelParts } from '../tagger/window-model.js';
import { trainWindowModel, type WindowExample } from '../tagger/window-model-train.js';
import { wordVectors } from '../tagger/word-vectors.js';
import { WINDOW_MODEL_FILE } from '../models.js';
import { nerBilou } from './corpus.js';

/** Epochs and AdaGrad rate (eng.testa with the model: 4-6 epochs within 0.1). */
const EPOCHS = Number(process.env.DOSSIER_WINDOW_EPOCHS ?? 6);
const RATE = 0.05;
/** The window model's weight against the perceptrons' scores is the best of these on eng.testa. */
const WEIGHTS = [0.05, 0.075, 0.1, 0.125, 0.15, 0.2];

interface Sentences {
  readonly words: string[][];
  readonly inputs: TagInput[];
  readonly gold: string[][];
}

/** A document as the pipeline tags it: predicted POS and chunk tags, NER inputs prepared. */
function tagged(doc: ConllDocument, pos: SequenceTagger, chunk: SequenceTagger, ner: NerTagger): Sentences {
  const words = doc.sentences.map((s) => s.words);
  const inputs = words.map((w) => {
    const x = makeInput(w);
    const p = pos.hashes(pos.tag(x));
    return { ...x, pos: p, chunk: chunk.hashes(chunk.tag({ ...x, pos: p })) };
  });
  return { words, inputs, gold: doc.sentences.map((s) => nerBilou(s.ner)) };
}

function f1(ner: NerTagger, docs: readonly Sentences[]): number {
  const scorer = new SpanScorer();
  for (const d of docs) {
    const ids = ner.tagDocument(d.inputs, d.words);
    d.gold.forEach((g, k) => scorer.add(spansFromLabels(g), spansFromLabels(labelNames(ids[k]!, ner.labels))));
  }
  return scorer.micro().f1;
}

/**
 * Trains the NER window model on eng.train as the pipeline tags it (predicted POS and chunk tags), on
 * the tokens the NER decoder scores (name-like words and the words of names), picks its weight on
 * eng.testa with the perceptrons `ner` holds, and writes models/ner-window.bin.
 */
export function trainNerWindow(trainDocs: readonly ConllDocument[], devDocs: readonly ConllDocument[], pos: SequenceTagger, chunk: SequenceTagger, ner: NerTagger, log: (msg: string) => void): WindowModelParts {
  const vectors = wordVectors();
  if (!vectors) throw new Error('models/word-vectors.bin is missing: run scripts/derive-word-vectors.mjs first');
  const alone = ner.withWindow();
  const labelId = new Map(ner.labels.map((l, k) => [l, k]));
  const examples: WindowExample[] = [];
  for (const doc of trainDocs) {
    const d = tagged(doc, pos, chunk, alone);
    const prepared = alone.prepare(d.inputs, d.words);
    prepared.forEach((s, k) => {
      const gold = d.gold[k]!;
      for (let i = 0; i < gold.length; i++) {
        const y = labelId.get(gold[i]!)!;
        if (y !== 0 || !s.skip?.[i]) examples.push({ input: s, i, y });
      }
    });
  }
  log(` window model: ${examples.length} training tokens, ${vectors.keys.length} word vectors of ${vectors.dims} dimensions`);
  const trained = sharedWindowParts(trainWindowModel(examples, vectors, { classes: ner.labels.length, epochs: EPOCHS, rate: RATE, seed: 5, log }));
  const dev = devDocs.map((doc) => tagged(doc, pos, chunk, alone));
  let best = { weight: 0, f1: f1(alone, dev) };
  const line = [`none ${best.f1.toFixed(4)}`];
  for (const weight of WEIGHTS) {
    const parts = { ...trained, weight };
    const score = f1(ner.withWindow(new WindowModel(parts, vectors)), dev);
    line.push(`${weight} ${score.toFixed(4)}`);
    if (score > best.f1) best = { weight, f1: score };
  }
  log(`  eng.testa NER F1 (predicted POS/chunk, pass 2) by the window model's weight: ${line.join(', ')}; kept ${best.weight}`);
  const parts = { ...trained, weight: best.weight };
  saveWindowModel(packagePath('models', WINDOW_MODEL_FILE), parts);
  return parts;
}
