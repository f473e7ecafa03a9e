import type { Token } from '../../core/layers.js';
import { lexicon, packagePath } from '../../core/resources.js';
import { sharedParts, toShared } from '../../core/shared-tables.js';
import { StringTable, type StringTableParts } from '../../core/string-table.js';
import { loadCueModel } from './cue-model-io.js';
import { listedCueForms } from './cues.js';

/**
 * A learned cue detector: an averaged perceptron over the word and its neighbours that says whether a
 * token is (part of) an attribution cue, trained on PolNeAR train by scripts/train-attribution.mjs
 * into models/attribution-cue-classifier.bin (cue-model-io.ts). Features come from this one function
 * at training and at run time, so the two cannot drift.
 */
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which']);
const MODEL = 'attribution-cue-classifier.bin';

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

/** What the features of token i are made of: the word, its neighbours as `word()` gives them, their classes. */
interface CueContext {
  readonly w: string;
  readonly p1: string;
  readonly p2: string;
  readonly n1: string;
  readonly n2: string;
  readonly n1cls: string;
  readonly p1cls: string;
  readonly pos: string;
}

function cueContext(tokens: readonly Token[], i: number, lo: number, hi: number): CueContext {
  const at = (k: number) => (k >= lo && k < hi ? word(tokens, k) : '<edge>');
  const p1 = at(i - 1);
  const n1 = at(i + 1);
  return {
    w: tokens[i]!.text.toLowerCase(), p1, p2: at(i - 2), n1, n2: at(i + 2),
    n1cls: /^["“”'‘’:,]$/.test(n1) ? 'punct' : n1 === 'that' ? 'that' : n1 === '<Cap>' ? 'cap' : 'other',
    p1cls: PRONOUNS.has(p1) ? 'pron' : p1 === '<Cap>' ? 'cap' : /^["“”'‘’,]$/.test(p1) ? 'punct' : 'other',
    pos: i - lo < 3 ? 'start' : hi - i < 4 ? 'end' : 'mid',
  };
}

/** The features of token i (only its sentence's tokens are passed: [lo, hi)). */
export function cueFeatures(tokens: readonly Token[], i: number, lo: number, hi: number): string[] {
  const { w, p1, p2, n1, n2, n1cls, p1cls, pos } = cueContext(tokens, i, lo, hi);
  const f = [
    'bias', `w=${w}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`,
    `p1=${p1}`, `p2=${p2}`, `n1=${n1}`, `n2=${n2}`,
    `p1w=${p1}|${w}`, `wn1=${w}|${n1}`, `p1n1=${p1}|${n1}`,
    `n1cls=${n1cls}`, `p1cls=${p1cls}`, `pos=${pos}`,
  ];
  const info = listedCueForms().get(w);
  if (info) f.push(info.speech ? 'listed=speech' : 'listed=attribution');
  return f;
}

export interface CueClassifier {
  score(features: readonly string[]): number;
  /** The score of token i's features (as cueFeatures lists them), without building their strings. */
  scoreAt(tokens: readonly Token[], i: number, lo: number, hi: number): number;
}

let loaded: CueClassifier | undefined;

/** The weights as worker threads are handed them (core/shared-tables.ts): feature name -> index, weight by index. */
export interface CueWeightParts {
  readonly index: StringTableParts;
  readonly weights: Float64Array;
}

/** The weights' arrays, read once a process (core/shared-tables.ts). */
export function cueWeightParts(): CueWeightParts {
  return sharedParts<CueWeightParts>('cue-classifier', () => {
    const model = loadCueModel(packagePath('models', MODEL));
    return { index: new StringTable(model.names.map((n, i) => [n, i] as const)).parts(), weights: toShared(model.weights) };
  }, () => [packagePath('models', MODEL)]);
}

export function cueClassifier(): CueClassifier {
  if (!loaded) {
    const { index, weights } = cueWeightParts();
    loaded = new FastCueClassifier(new WeightTable(new StringTable(index), weights));
  }
  return loaded;
}

/** Feature name -> weight, over a StringTable of the names (no 100k strings on the heap). */
class WeightTable {
  constructor(private readonly index: StringTable, private readonly weights: Float64Array) {}
  get(feature: string): number | undefined {
    const i = this.index.get(feature);
    return i === undefined ? undefined : this.weights[i];
  }
}

/**
 * The classifier is run on many tokens of every article. Most of its features are about one word
 * (the token's own spelling, or a neighbour in one slot), so their weights are summed once per word
 * and kept; only the three word-pair features are looked up by string each time.
 */
const MAX_CACHED_WORDS = 50_000;

class FastCueClassifier implements CueClassifier {
  /** Lowercase word -> weights of bias, w=, s3=, s2= and the listed-cue feature, summed. */
  private readonly own = new Map<string, number>();
  /** Neighbour word (as `word()` gives it) -> its weights as p1=, p2=, n1=, n2=. */
  private readonly around = new Map<string, Float64Array>();
  /** Class feature -> its value -> weight (see classWeight). */
  private readonly classes = new Map<string, Map<string, number>>();
  private readonly w: (f: string) => number;

  constructor(private readonly weights: WeightTable) {
    this.w = (f) => weights.get(f) ?? 0;
  }

  score(features: readonly string[]): number {
    return features.reduce((s, f) => s + (this.weights.get(f) ?? 0), 0);
  }

  scoreAt(tokens: readonly Token[], i: number, lo: number, hi: number): number {
    const { w, p1, p2, n1, n2, n1cls, p1cls, pos } = cueContext(tokens, i, lo, hi);
    const f = this.w;
    return this.ownScore(w) + this.aroundOf(p1)[0]! + this.aroundOf(p2)[1]! + this.aroundOf(n1)[2]! + this.aroundOf(n2)[3]!
      + f(`p1w=${p1}|${w}`) + f(`wn1=${w}|${n1}`) + f(`p1n1=${p1}|${n1}`)
      + this.classWeight('n1cls', n1cls) + this.classWeight('p1cls', p1cls) + this.classWeight('pos', pos);
  }

  /**
   * The weight of a class feature ("n1cls=punct", "pos=start"): a dozen names in all, kept once
   * read, so that no name is built and looked up per token.
   */
  private classWeight(feature: string, value: string): number {
    let byValue = this.classes.get(feature);
    if (!byValue) this.classes.set(feature, (byValue = new Map()));
    let x = byValue.get(value);
    if (x === undefined) byValue.set(value, (x = this.w(`${feature}=${value}`)));
    return x;
  }

  private ownScore(w: string): number {
    let s = this.own.get(w);
    if (s === undefined) {
      if (this.own.size >= MAX_CACHED_WORDS) this.own.clear();
      const f = this.w;
      s = f('bias') + f(`w=${w}`) + f(`s3=${w.slice(-3)}`) + f(`s2=${w.slice(-2)}`);
      const info = listedCueForms().get(w);
      if (info) s += f(info.speech ? 'listed=speech' : 'listed=attribution');
      this.own.set(w, s);
    }
    return s;
  }

  private aroundOf(x: string): Float64Array {
    let v = this.around.get(x);
    if (!v) {
      if (this.around.size >= MAX_CACHED_WORDS) this.around.clear();
      const f = this.w;
      v = Float64Array.of(f(`p1=${x}`), f(`p2=${x}`), f(`n1=${x}`), f(`n2=${x}`));
      this.around.set(x, v);
    }
    return v;
  }
}
