import nlp from 'compromise';
import type { ConllSentence } from '../conll.js';
import type { LabelSpan } from '../tagger/labels.js';

/**
 * compromise, the usual offline NLP library for JavaScript, run on the same sentences as a baseline.
 * Sentences are rebuilt as space-joined tokens; its matches are mapped back to our tokens by character offset.
 */
interface Offset {
  start: number;
  length: number;
}

interface SentenceText {
  readonly text: string;
  readonly starts: number[];
  readonly ends: number[];
}

export function sentenceText(words: readonly string[]): SentenceText {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += w;
    ends.push(text.length);
  }
  return { text, starts, ends };
}

function toTokens(st: SentenceText, off: Offset): { start: number; end: number } | null {
  const a = st.starts.indexOf(off.start);
  const b = st.ends.indexOf(off.start + off.length);
  if (a < 0 || b < a) return null;
  return { start: a, end: b + 1 };
}

/** compromise's people, places and organisations as PER, LOC and ORG spans. */
export function compromiseEntities(sentence: ConllSentence): LabelSpan[] {
  const st = sentenceText(sentence.words);
  const doc = nlp(st.text);
  const spans: LabelSpan[] = [];
  const groups: [string, { json(o: object): { offset: Offset }[] }][] = [
    ['PER', doc.people()],
    ['LOC', doc.places()],
    ['ORG', doc.organizations()],
  ];
  for (const [type, view] of groups) {
    for (const m of view.json({ offset: true })) {
      const t = toTokens(st, m.offset);
      if (t) spans.push({ type, ...t });
    }
  }
  return spans;
}

/** Coarse word classes shared by Penn tags and compromise tags, so the two can be compared at all. */
export function coarsePenn(tag: string): string {
  if (tag.startsWith('NNP')) return 'PROPN';
  if (tag.startsWith('NN')) return 'NOUN';
  if (tag.startsWith('VB') || tag === 'MD') return 'VERB';
  if (tag.startsWith('JJ')) return 'ADJ';
  if (tag.startsWith('RB')) return 'ADV';
  if (tag === 'IN' || tag === 'TO') return 'ADP';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET';
  if (tag === 'CC') return 'CONJ';
  if (tag.startsWith('PRP') || tag === 'WP' || tag === 'WP$') return 'PRON';
  if (tag === 'CD') return 'NUM';
  return 'OTHER';
}

function coarseCompromise(tags: readonly string[]): string {
  const has = (t: string) => tags.includes(t);
  if (has('Value') || has('Cardinal') || has('NumericValue') || has('TextValue')) return 'NUM';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Pronoun')) return 'PRON';
  if (has('Verb') || has('Modal')) return 'VERB';
  if (has('Noun')) return 'NOUN';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Preposition')) return 'ADP';
  if (has('Determiner')) return 'DET';
  if (has('Conjunction')) return 'CONJ';
  return 'OTHER';
}

/** compromise's coarse class per token ('OTHER' where it has no term starting at the token). */
export function compromiseCoarseTags(words: readonly string[]): string[] {
  const st = sentenceText(words);
  const out = words.map(() => 'OTHER');
  const json = nlp(st.text).json({ offset: true }) as { terms: { tags: string[]; offset: Offset }[] }[];
  for (const s of json) {
    for (const t of s.terms) {
      const i = st.starts.indexOf(t.offset.start);
      if (i >= 0) out[i] = coarseCompromise(t.tags);
    }
  }
  return out;
}
