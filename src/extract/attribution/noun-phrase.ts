import type { Token } from '../../core/layers.js';
import { lexicon } from '../../core/resources.js';

/**
 * Finds the noun phrase that is the source of a cue verb, from tokens alone or, when the POS
 * tagger has run, from Penn tags. Works on token indices within one sentence [lo, hi).
 * Every walk is bounded by MAX_NP tokens, so the whole search is linear in the sentence.
 */
const MAX_NP = 12;

const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'some', 'many', 'several', 'most', 'all', 'both', 'each', 'every', 'other',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'few', 'more', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'no',
]);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
/** Words that may stand between a subject and its verb: "has also said", "had previously told". */
const AUX = new Set([
  'has', 'have', 'had', 'also', 'will', 'would', 'did', 'does', 'do', 'later', 'then', 'once', 'again', 'first',
  'just', 'only', 'since', 'already', 'even', 'still', 'often', 'never', 'now', 'separately', 'earlier', 'too',
  'is', 'are', 'was', 'were', 'been', 'being', 'be', 'can', 'could', 'may', 'might', 'should', 'must', 'not',
  "n't", 'n’t', 'reportedly', 'allegedly', 'apparently',
]);
const PREPOSITIONS_IN_NP = new Set(['of', 'for', 'at', 'from', 'with', 'in']);
const POSSESSIVE = /^['’]s?$/;
const VERB_FOLLOWERS = new Set([
  'the', 'a', 'an', 'at', 'to', 'in', 'on', 'into', 'his', 'her', 'their', 'its', 'him', 'them', 'that', 'up', 'out',
  'down', 'off', 'back', 'with', 'by', 'from', 'for', 'over', 'after', 'before', ',', '.',
]);

const isPunct = (t: Token) => !/[\p{L}\p{N}]/u.test(t.text);
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
export const lower = (t: Token) => t.text.toLowerCase();

export function isAuxiliary(t: Token): boolean {
  const w = lower(t);
  if (AUX.has(w)) return true;
  if (t.pos) return t.pos === 'RB' || t.pos === 'MD';
  return /^\p{Ll}+ly$/u.test(t.text) && w !== 'family' && w !== 'ally';
}

/** A token that may be part of a noun phrase (not a verb, preposition, conjunction, punctuation). */
function nominal(t: Token, stops: ReadonlySet<string>): boolean {
  if (POSSESSIVE.test(t.text)) return true;
  if (t.text === '-' || t.text === '&') return true;
  if (isPunct(t)) return false;
  const w = lower(t);
  if (t.pos) {
    if (/^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|DT|PRP\$|CD|POS|HYPH|VBN)$/.test(t.pos)) return true;
    if (t.pos === 'VBG' && !isCap(t)) return false;
    return isCap(t) && !stops.has(w);
  }
  if (DETERMINERS.has(w)) return true;
  if (isCap(t)) return !SUBJECT_PRONOUNS.has(w) && !stops.has(w);
  return !stops.has(w);
}

export interface TokenRange {
  readonly first: number;
  /** One past the last token. */
  readonly last: number;
  /** Where the clause holding the phrase starts, when that is before `first` (an appositive's head). */
  readonly clauseFirst?: number;
}

/**
 * The subject of the verb at token `cue`: walk left over auxiliaries and adverbs, then over the noun
 * phrase, allowing "of"/"for" after a source noun ("a spokesman for the ministry"), "and" between
 * nouns, an appositive (", RIA,") and a participle or "who" clause ("a man wearing a suit").
 */
export function subjectBefore(tokens: readonly Token[], cue: number, lo: number): TokenRange | null {
  const stops = lexicon('np-stops');
  const sourceNouns = lexicon('source-nouns');
  let i = cue - 1;
  let skipped = 0;
  while (i >= lo && isAuxiliary(tokens[i]!) && skipped < 4) {
    i--;
    skipped++;
  }
  if (i < lo) return null;
  // "Sen. Lindsey Graham (R-S.C.) said": step over a short parenthesis after the name.
  if (tokens[i]!.text === ')') {
    let j = i - 1;
    while (j > lo && i - j <= 6 && tokens[j]!.text !== '(') j--;
    if (j > lo && tokens[j]!.text === '(') {
      const inner = walkNoun(tokens, j - 1, lo, lexicon('np-stops'), lexicon('source-nouns'));
      return inner ? { first: inner.first, last: i + 1 } : null;
    }
  }
  const head = tokens[i]!;
  const w = lower(head);
  if (SUBJECT_PRONOUNS.has(w)) {
    if (w === 'that' || w === 'which' || w === 'who') return relativeSubject(tokens, i, lo);
    return { first: i, last: i + 1 };
  }
  // Appositive: "Russia's state-run news agency, RIA, reported" -> RIA.
  if (head.text === ',' && i - 1 >= lo) {
    const inner = walkNoun(tokens, i - 1, lo, stops, sourceNouns);
    if (inner && inner.first - 1 >= lo && tokens[inner.first - 1]!.text === ',' && inner.last - inner.first <= 5) {
      const outer = walkNoun(tokens, inner.first - 2, lo, stops, sourceNouns);
      if (!outer) return inner;
      // A name in apposition is the source ("RIA"); otherwise the head phrase is.
      if (isCap(tokens[inner.first]!)) return { ...inner, clauseFirst: outer.first };
      return outer;
    }
    return null;
  }
  const np = walkNoun(tokens, i, lo, stops, sourceNouns);
  // "Wells Fargo earlier this month announced": step over a time phrase to the subject before it.
  if (np && TIME_WORDS.has(lower(tokens[np.last - 1]!))) {
    let j = np.first - 1;
    while (j >= lo && TIME_LEADERS.has(lower(tokens[j]!))) j--;
    if (j < np.first - 1 || TIME_LEADERS.has(lower(tokens[np.first]!))) {
      const before = j >= lo ? walkNoun(tokens, j, lo, stops, sourceNouns) : null;
      if (before) return before;
    }
  }
  return np;
}

const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'weekend',
  'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'tonight', 'weeks', 'months', 'years',
]);
const TIME_LEADERS = new Set(['in', 'on', 'at', 'during', 'earlier', 'later', 'late', 'early', 'last', 'this', 'next', 'the', 'that', 'previous']);

/** "Trump, who said ..." -> the relative pronoun itself (PolNeAR marks it), whose antecedent is before the comma. */
function relativeSubject(tokens: readonly Token[], i: number, lo: number): TokenRange | null {
  const prev = tokens[i - 1];
  if (i - 1 >= lo && prev && (prev.text === ',' || !isPunct(prev))) return { first: i, last: i + 1 };
  return null;
}

/** The noun phrase that ends at token `end` (inclusive), walking left no further than `lo`. */
export function nounEndingAt(tokens: readonly Token[], end: number, lo: number): TokenRange | null {
  return walkNoun(tokens, end, lo, lexicon('np-stops'), lexicon('source-nouns'));
}

function walkNoun(
  tokens: readonly Token[], end: number, lo: number, stops: ReadonlySet<string>, sourceNouns: ReadonlySet<string>,
): TokenRange | null {
  let i = end;
  if (i < lo || !nominal(tokens[i]!, stops) || POSSESSIVE.test(tokens[i]!.text)) return null;
  let first = i;
  const limit = Math.max(lo, end - MAX_NP + 1);
  i--;
  while (i >= limit) {
    const t = tokens[i]!;
    const w = lower(t);
    if (nominal(t, stops)) {
      first = i;
      i--;
      continue;
    }
    // "of"/"for" inside a source NP: "spokesman for the State Department", "Ministry of Defence".
    if (PREPOSITIONS_IN_NP.has(w) && i - 1 >= limit) {
      const before = tokens[i - 1]!;
      if (sourceNouns.has(lower(before)) || (isCap(before) && isCap(tokens[i + 1]!) && (w === 'of' || w === 'for'))) {
        first = i - 1;
        i -= 2;
        continue;
      }
    }
    // "Smith and Jones said", "a suit and tie".
    if ((w === 'and' || w === '&') && i - 1 >= limit && nominal(tokens[i - 1]!, stops) && !isPunct(tokens[i - 1]!)) {
      first = i - 1;
      i -= 2;
      continue;
    }
    // Reduced relative: "a man wearing a suit and tie", "a woman dressed in black".
    if (/^\p{Ll}+(ing|ed)$/u.test(t.text) && !sourceNouns.has(w) && i - 1 >= limit) {
      const before = walkNoun(tokens, i - 1, limit, stops, sourceNouns);
      if (before && before.last === i) {
        first = before.first;
        break;
      }
    }
    break;
  }
  return { first, last: end + 1 };
}

/** A noun phrase that starts at `start` (inverted "said Kirby", "according to the ministry"). */
export function nounPhraseAfter(tokens: readonly Token[], start: number, hi: number): TokenRange | null {
  const stops = lexicon('np-stops');
  const sourceNouns = lexicon('source-nouns');
  const first = start;
  if (first >= hi) return null;
  const t0 = tokens[first]!;
  if (SUBJECT_PRONOUNS.has(lower(t0)) && !isCap(t0)) {
    return lower(t0) === 'that' || lower(t0) === 'which' ? null : { first, last: first + 1 };
  }
  if (OBJECT_PRONOUNS.has(lower(t0)) && t0.text === lower(t0)) return null;
  let i = first;
  const limit = Math.min(hi, first + MAX_NP);
  while (i < limit) {
    const t = tokens[i]!;
    const w = lower(t);
    if (i > first && !isCap(t) && !DETERMINERS.has(w) && !POSSESSIVE.test(t.text) && t.pos === undefined && isCap(tokens[i - 1]!) && !DETERMINERS.has(lower(tokens[i - 1]!)) && !sourceNouns.has(w)) {
      // After a name, a lower-case word is the next clause ("said Kirby adding ...").
      break;
    }
    // A past tense before its object or a preposition ends the subject: "The captain waved at ...".
    if (i > first && t.pos === undefined && /^\p{Ll}+ed$/u.test(t.text) && i + 1 < hi && VERB_FOLLOWERS.has(lower(tokens[i + 1]!))) break;
    if (nominal(t, stops)) {
      i++;
      continue;
    }
    if (PREPOSITIONS_IN_NP.has(w) && i > first && i + 1 < limit && (sourceNouns.has(lower(tokens[i - 1]!)) || isCap(tokens[i - 1]!)) && nominal(tokens[i + 1]!, stops)) {
      i++;
      continue;
    }
    break;
  }
  if (i === first) return null;
  return { first, last: i };
}
