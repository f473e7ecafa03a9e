import { existsSync, readFileSync } from 'node:fs';
import type { Token } from '../../core/layers.js';
import { DossierError } from '../../core/errors.js';
import { lexicon, packagePath } from '../../core/resources.js';
import { listedCueForms } from './cues.js';

/**
 * A learned cue detector: an averaged perceptron over the word and its neighbours that says whether a
 * token is (part of) an attribution cue, trained on PolNeAR train by scripts/train-attribution.mjs
 * into models/attribution-cue-classifier.json. Features come from this one function at training and
 * at run time, so the two cannot drift.
 */
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which']);
const MODEL = 'attribution-cue-classifier.json';

/** Tokens the classifier judges: lower-case words that are not function words or adverbs ("reportedly" is a hedge). */
export function isCandidate(t: Token): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !/ly$/.test(t.text) && !lexicon('np-stops').has(t.text) && t.text !== 'according';
}

const word = (tokens: readonly Token[], i: number) => {
  const t = tokens[i];
  if (!t) return '<none>';
  if (/^\p{Lu}/u.test(t.text)) return PRONOUNS.has(t.text.toLowerCase()) ? t.text.toLowerCase() : '<Cap>';
  return t.text.toLowerCase();
};

/** The features of token i (only its sentence's tokens are passed: [lo, hi)). */
export function cueFeatures(tokens: readonly Token[], i: number, lo: number, hi: number): string[] {
  const w = tokens[i]!.text.toLowerCase();
  const at = (k: number) => (k >= lo && k < hi ? word(tokens, k) : '<edge>');
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const f = [
    'bias',
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `s2=${w.slice(-2)}`,
    `p1=${p1}`,
    `p2=${p2}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `p1n1=${p1}|${n1}`,
    `n1cls=${/^["“”'‘’:,]$/.test(n1) ? 'punct' : n1 === 'that' ? 'that' : n1 === '<Cap>' ? 'cap' : 'other'}`,
    `p1cls=${PRONOUNS.has(p1) ? 'pron' : p1 === '<Cap>' ? 'cap' : /^["“”'‘’,]$/.test(p1) ? 'punct' : 'other'}`,
    `pos=${i - lo < 3 ? 'start' : hi - i < 4 ? 'end' : 'mid'}`,
  ];
  const info = listedCueForms().get(w);
  if (info) f.push(info.speech ? 'listed=speech' : 'listed=attribution');
  return f;
}

export interface CueClassifier {
  score(features: readonly string[]): number;
}

let loaded: CueClassifier | undefined;

export function cueClassifier(): CueClassifier {
  if (!loaded) {
    const path = packagePath('models', MODEL);
    if (!existsSync(path)) throw new DossierError('DATA_MISSING', `${path}: attribution cue classifier missing (run npm run train:attribution)`);
    const model = JSON.parse(readFileSync(path, 'utf8')) as { weights: Record<string, number> };
    const weights = new Map(Object.entries(model.weights));
    loaded = { score: (features) => features.reduce((s, f) => s + (weights.get(f) ?? 0), 0) };
  }
  return loaded;
}
