import type { Document } from '../core/document.js';
import type { Sentence, Token } from '../core/layers.js';
import { makeInput, type TagInput } from './tagger/input.js';

/**
 * Each sentence's words and tagger inputs (hashed word features), computed once per document and shared
 * by the POS, chunk and NER stages. Keyed by the sentences layer, which none of them replaces; the
 * inputs are never mutated (each stage adds its layers to copies).
 */
export interface SentenceInputs {
  readonly words: readonly string[][];
  readonly inputs: readonly TagInput[];
}

const cache = new WeakMap<readonly Sentence[], SentenceInputs>();

export function sentenceInputs(doc: Document): SentenceInputs {
  const sentences = doc.get('sentences');
  let found = cache.get(sentences);
  if (!found) {
    const tokens = doc.get('tokens');
    const words = sentences.map((s) => sentenceWords(tokens, s));
    found = { words, inputs: words.map((w) => makeInput(w)) };
    cache.set(sentences, found);
  }
  return found;
}

function sentenceWords(tokens: readonly Token[], s: Sentence): string[] {
  const out = new Array<string>(s.tokenEnd - s.tokenStart);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const unit = i > s.tokenStart && tokens[i - 1]!.end === t.start && NUMBER.test(tokens[i - 1]!.text) ? GLUED_UNITS.get(t.text) : undefined;
    out[i - s.tokenStart] = unit ?? plainNumber(normaliseQuotes(t.text));
  }
  return out;
}

const NUMBER = /^\d[\d.,]*$/;

/**
 * A unit written onto a number ("200m champion", "3m people", "5km"), split off by the tokenizer:
 * the taggers read it as the word it stands for. As written, the POS tagger took the "m" for "am"
 * (a verb), and the 5W1H reader then read "champion Dougie Walker" as what happened. "m" is a
 * million or metres; either way a number's noun, so it is read as "million" (CD, as in CoNLL).
 */
const GLUED_UNITS: ReadonlyMap<string, string> = new Map([
  ['m', 'million'], ['bn', 'billion'], ['k', 'thousand'], ['km', 'kilometres'], ['kg', 'kilograms'],
  ['cm', 'centimetres'], ['mm', 'millimetres'], ['ft', 'feet'], ['lb', 'pounds'], ['lbs', 'pounds'], ['mph', 'mph'], ['kmh', 'kmh'],
]);

/** A sum with its scale written on ("$168m", "£1.8bn", "2.5bn"): one token, unseen in CoNLL's text. */
const SCALED_SUM = /^[$£€¥]?(\d[\d.,]*)(?:bn|mn|tn|m|k)$/;

/**
 * The taggers read such a sum as its bare number ("168"), which they tag as a number; as written
 * the POS tagger took "$1.13bn" for a verb, and the 5W1H reader then for a purpose ("to $1.13bn").
 */
function plainNumber(w: string): string {
  const c = w.charCodeAt(0);
  // Only words that start with a digit or a currency sign are tested.
  if (!((c >= 48 && c <= 57) || c === 36 || c === 163 || c === 8364 || c === 165)) return w;
  const m = SCALED_SUM.exec(w);
  return m ? m[1]! : w;
}

/** CoNLL text (Reuters) uses ASCII quotes and dashes; curly ones would be unknown words to the taggers. */
function normaliseQuotes(w: string): string {
  if (w.length !== 1) return w.includes('’') || w.includes('‘') ? w.replace(/[’‘]/g, "'") : w;
  switch (w) {
    case '“': case '”': case '«': case '»': return '"';
    case '‘': case '’': return "'";
    case '—': case '–': return '-';
    default: return w;
  }
}
