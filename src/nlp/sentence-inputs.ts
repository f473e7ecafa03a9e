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
  for (let i = s.tokenStart; i < s.tokenEnd; i++) out[i - s.tokenStart] = normaliseQuotes(tokens[i]!.text);
  return out;
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
