import type { Token } from '../../core/layers.js';
import { lexicon, lexiconLines } from '../../core/resources.js';
import { clauseWords } from './clause-words.js';

/**
 * Which tokens are verbs. With Penn POS tags (the tagger's `Token.pos`) that is read off the tag;
 * without them a word list of news verbs and their inflections stands in, with the rule that a
 * word after a determiner is a noun ("the attack", "a shot").
 */

let forms: Map<string, string> | undefined;

let inflectedOnlyBases: Set<string> | undefined;

/**
 * The base forms of the verbs event-verbs-irregular.txt lists by their inflected forms only (its
 * last paragraph: "eyes eye", "signals signal"), which are no verbs on their own.
 */
function inflectedOnly(): ReadonlySet<string> {
  if (inflectedOnlyBases) return inflectedOnlyBases;
  const bases = new Set<string>();
  for (const base of verbForms().values()) if (!verbForms().has(base)) bases.add(base);
  return (inflectedOnlyBases = bases);
}

/** Every inflected form of the listed verbs, mapped to its base form. */
export function verbForms(): ReadonlyMap<string, string> {
  if (forms) return forms;
  const map = new Map<string, string>();
  for (const line of lexiconLines('event-verbs')) {
    for (const base of line.split(/\s+/)) {
      for (const f of inflect(base)) if (!map.has(f)) map.set(f, base);
    }
  }
  for (const line of lexiconLines('event-verbs-irregular')) {
    const parts = line.split(/\s+/);
    for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!);
  }
  forms = map;
  return map;
}

const listForms = new Map<string, ReadonlySet<string>>();

/** Every form of the verbs of word list `name` (resources/lexicon/NAME.txt, base forms), built once. */
export function verbFormsOf(name: string): ReadonlySet<string> {
  let forms = listForms.get(name);
  if (!forms) listForms.set(name, (forms = new Set([...lexicon(name)].flatMap((base) => inflect(base)))));
  return forms;
}

/** A regular verb's forms: base, -s, -ed, -ing (with the final consonant doubled or not). */
export function inflect(base: string): string[] {
  const out = [base];
  const cons = (c: string) => !'aeiou'.includes(c);
  const last = base[base.length - 1] ?? '';
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  // -s
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) out.push(`${base}es`);
  else if (last === 'y' && cons(base[base.length - 2] ?? 'a')) out.push(`${base.slice(0, -1)}ies`);
  else out.push(`${base}s`);
  // -ed
  if (base.endsWith('e')) out.push(`${base}d`);
  else if (last === 'y' && cons(base[base.length - 2] ?? 'a')) out.push(`${base.slice(0, -1)}ied`);
  else out.push(`${base}ed`, `${base}${last}ed`);
  // -ing
  out.push(`${stem}ing`, `${base}${last}ing`);
  return out;
}

export function lemma(word: string): string | undefined {
  const f = verbForms();
  const found = f.get(word);
  if (found !== undefined) return found;
  // Most callers pass lower-case words, and most words are no verb: a second look only when case differs.
  const lower = word.toLowerCase();
  return lower === word ? undefined : f.get(lower);
}

/** A listed verb's past tense or participle ("derailed", "bombed", "shot"): inflected, not -ing or -s. */
export function isPastForm(w: string): boolean {
  const base = lemma(w);
  return base !== undefined && base !== w && !/(?:ing|s)$/.test(w);
}

/** Determiners that open a verb's object: after a possessive mark, a verb form before one is the verb. */
const OBJECT_DETERMINERS = new Set(['its', 'the', 'a', 'an', 'his', 'her', 'their', 'our']);

/** True when token i is a verb (finite or participle). `usePos` false reads the word list even where tags exist. */
export function isVerb(tokens: readonly Token[], i: number, usePos = true): boolean {
  const t = tokens[i]!;
  if (t.pos && usePos) return t.pos.startsWith('VB') || t.pos === 'MD';
  const w = t.text.toLowerCase();
  // Not listed: a lower-case word in -ed is most often a past tense or participle ("outraged").
  if (!verbForms().has(w) && !(/^\p{Ll}[\p{Ll}-]{2,}ed$/u.test(t.text) && !/eed$/.test(w))) return false;
  const prev = tokens[i - 1]?.text.toLowerCase();
  if (prev !== undefined && lexicon('event-determiners').has(prev)) return false;
  // After a possessive mark a word is the owned noun ("Harwood's turns at bat"), unless a
  // determiner follows it: "Fury as Harwood's turns its biscuits square", where "Harwood's" is a name.
  if ((prev === "'s" || prev === '’s') && !OBJECT_DETERMINERS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return false;
  return true;
}

/** Participles that hedge a noun they stand before: "Seven suspected CIT robbers", "the alleged gunman". */
const HEDGING_PARTICIPLES = new Set(['suspected', 'alleged', 'presumed', 'purported', 'accused']);

/**
 * "Seven suspected CIT robbers shot dead", "the alleged gunman fled": a hedging participle after a
 * count, a determiner or a possessive, and before a word of the noun phrase, qualifies the noun; it
 * is no verb, whatever the tagger says ("Police suspected foul play" keeps its verb).
 */
function qualifiesNoun(tokens: readonly Token[], i: number, end: number): boolean {
  if (!HEDGING_PARTICIPLES.has(tokens[i]!.text.toLowerCase()) || i + 1 >= end) return false;
  const prev = tokens[i - 1];
  const before = prev === undefined || /^(?:CD|DT|PRP\$|POS)$/.test(prev.pos ?? '') || /^(?:\d+|the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|'s|’s)$/i.test(prev.text);
  return before && /^[\p{L}\d]/u.test(tokens[i + 1]!.text) && !/^(?:DT|IN|TO|RB|PRP)$/.test(tokens[i + 1]!.pos ?? '');
}

/**
 * True for a verb that carries tense on its own or heads the predicate (not a bare -ing after a noun).
 * Without POS, a bare form that is also a common noun ("chocolate bar shape change sparks") does
 * not count when an inflected verb follows within three words, unless a plural subject, pronoun or
 * modal comes just before it ("Police identify", "will meet"). `end` is where the clause ends: the
 * words after it are no part of the test.
 */
export function isFiniteVerb(tokens: readonly Token[], i: number, usePos = true, end = tokens.length): boolean {
  const t = tokens[i]!;
  if (qualifiesNoun(tokens, i, end)) return false;
  if (t.pos && usePos) return /^(?:VBD|VBZ|VBP|MD)$/.test(t.pos) || (t.pos === 'VBN' && (pastAfterDate(tokens, i) || intransitivePast(tokens, i)));
  const w = t.text.toLowerCase();
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  // A plural subject ends right before it: a plural-looking word ("shares", "MPs"; not "boss",
  // "crisis", "virus", "gas"), or two joined ("Henman & Murray claim LTA awards").
  const pluralBefore = (/[^'’siu]s$/.test(prev) && prev.length > 2 && !SINGULAR_IN_S.has(prev)) || joinedBefore(tokens, i);
  // A verb listed by its inflected forms only ("eyes", "signals": the bare forms are nouns) is one
  // in its bare form too right after a plural subject, before the clause's end ("Markets signal
  // Brazilian recovery", "Electronics firms eye plasma deal").
  if (!isVerb(tokens, i, false)) return pluralBefore && inflectedOnly().has(w) && !lastWord(tokens, i, end);
  if (/ing$/.test(w)) return false;
  // No finite verb follows a preposition ("ready for awards", "taunts Blair over splits"; "to" takes
  // a headline's future, "Saab to cut", read by the caller); a plural that ends the clause after an
  // -ing word is that word's noun ("Tories outlining policing plans").
  if (AFTER_PREPOSITION.has(prev)) return false;
  if (verbForms().get(w) !== w || IRREGULAR_BARE.has(w)) return !(/s$/.test(w) && /ing$/.test(prev) && lastWord(tokens, i, end));
  if (clauseWords('plural').has(prev) || clauseWords('modal').has(prev)) return true;
  // The clause's last word, a bare form, is a noun ("Mixed reaction to Man Utd offer", "passport
  // ban") unless a plural subject precedes it ("shares soar", "bugs appear"). (The tagger is no
  // guide in a title: over the BBC titles it called "win", "find" and "push" there verbs.)
  if (lastWord(tokens, i, end)) return pluralBefore;
  // "School gym roof collapse in Iasi", "Bus crash near Lima": a bare form after a singular noun
  // and before a preposition is that noun's compound (a headline's verb agrees: "roof collapses").
  // ("Car giant hit by slump", "Box office set for record": a past that is its bare form is the
  // headline's passive.)
  // (Not after a prepositional phrase: in "Protesters in capital clash with police" the head is
  // the plural before it.)
  if (!pluralBefore && !SAME_PAST.has(w) && /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && verbForms().get(prev) === undefined && !lexicon('event-determiners').has(prev) && AFTER_PREPOSITION.has(tokens[i + 1]?.text.toLowerCase() ?? '') && !prepositionBefore(tokens, i)) return false;
  // "BPL fuel charge to rise in January": a bare form a headline's future "to" follows after one
  // noun is its subject's noun (not after a plural: "Unions vow | pay strike to ...").
  if (!pluralBefore && futureAfter(tokens, i, end)) return false;
  // "Three dead in Laventille bar shooting": a bare form between a place named after a preposition and
  // an -ing noun that ends the clause is that noun's compound ("Protesters in Kelton clash with police"
  // goes on past its verb).
  if (/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && PLACING_PREPOSITIONS.has(tokens[i - 2]?.text.toLowerCase() ?? '') && /ing$/.test(tokens[i + 1]?.text ?? '') && lastWord(tokens, i + 1, end)) return false;
  // "chocolate bar shape change sparks anger": a bare form followed closely by an inflected verb is a
  // noun; within the clause (`end`): the next sentence's verb says nothing of this word.
  for (let k = i + 1; k < Math.min(end, i + 4); k++) {
    const next = tokens[k]!.text.toLowerCase();
    if (!/^[\p{L}-]+$/u.test(next)) break;
    // After a plural subject, a plural that ends the clause is the verb's object ("Incredibles win
    // animation awards", "Tories attack EU asylum moves"); after a singular the bare form is a noun
    // that modifies ("Stalemate in pension strike talks").
    if (pluralBefore && /s$/.test(next) && lastWord(tokens, k, end)) break;
    // An -ed form before a noun modifies it ("MSPs hear renewed climate warning"): no verb. (Before
    // a preposition, an article, an adverb or a verb it is one: "record smashed again".)
    if (/ed$/.test(next) && k + 1 < end && beforeNoun(tokens[k + 1]!.text)) continue;
    // Nor after a preposition ("Tories reject rethink on axed MP").
    if (AFTER_PREPOSITION.has(tokens[k - 1]!.text.toLowerCase())) continue;
    const base = verbForms().get(next);
    if (base !== undefined && base !== next && !/ing$/.test(next) && isVerb(tokens, k, false)) return false;
  }
  return true;
}

/** A preposition among the four words before token i. */
function prepositionBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i - 1; k++) {
    if (!AFTER_PREPOSITION.has(tokens[k]!.text.toLowerCase())) continue;
    // (Only after a plural head, which a bare form agrees with: "Death toll in methane blast at ..."
    // has a singular head, and "blast" is its noun, the verb "rises" comes later.)
    const head = tokens[k - 1]?.text.toLowerCase() ?? '';
    return !(k > 0 && /^\p{Ll}+$/u.test(head) && !/s$/.test(head) && head !== 'people' && head !== 'police');
  }
  return false;
}

/** Verbs whose past and participle are their bare form. */
const SAME_PAST = new Set(['hit', 'set', 'cut', 'put', 'hurt', 'shut', 'quit', 'spread', 'cost', 'bet', 'let', 'split', 'burst', 'cast', 'beat', 'bid', 'shed', 'thrust', 'upset']);

/** Token i is the last word of tokens [.., end): only punctuation follows it. */
export function lastWord(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (/[\p{L}\p{N}]/u.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * "The court on April 22 sentenced Viktor Slobodian": after a date set off by "on" the tagger may
 * call a past tense a participle; with an object right after it ("sentenced Viktor", "signed the
 * deal"), it is the clause's verb (a participle after a date takes none: "the deal on April 22
 * signed by both" is rare and read wrong either way).
 */
function pastAfterDate(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:NNP|DT|PRP\$|PRP|CD)$/.test(tokens[i + 1]?.pos ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!.text;
    if (w.toLowerCase() === 'on') return k < i - 1 && k > 0 && /^NN/.test(tokens[k - 1]?.pos ?? '');
    if (!(DATE_WORD.test(w) || /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(w) || w === ',')) return false;
  }
  return false;
}

/**
 * Verbs that take no object, so have no passive: their participle never opens a reduced relative
 * ("people died in the crash were ..." is no English).
 */
const INTRANSITIVE = new Set(['die', 'drown', 'collapse', 'capsize', 'explode', 'sink', 'erupt', 'occur', 'happen', 'vanish', 'disappear']);

/**
 * "Three people drowned while two others are still missing": right after a noun, the tagger may
 * call an intransitive verb's past a participle (VBN), as if a reduced relative; such a verb has
 * none, so it is the clause's past tense.
 */
function intransitivePast(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.text.toLowerCase();
  return /ed$/.test(w) && INTRANSITIVE.has(lemma(w) ?? '') && /^(?:NNS?|NNPS?|CD)$/.test(tokens[i - 1]?.pos ?? '');
}

/** A month or a weekday, as written. */
const DATE_WORD = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** Prepositions after which no finite verb stands. */
const AFTER_PREPOSITION = new Set(['in', 'at', 'on', 'over', 'for', 'from', 'into', 'against', 'with', 'of', 'by', 'under', 'amid', 'during', 'near', 'about', 'across', 'without', 'despite', 'between', 'among']);

/** A lower-case word that may start a noun phrase's rest: no preposition, article, adverb or listed verb. */
function beforeNoun(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/ly$/.test(word) && !AFTER_PREPOSITION.has(word) && !lexicon('event-determiners').has(word)
    && !clauseWords('adverb').has(word) && verbForms().get(word) === undefined;
}

/** "X and Y" (or "X & Y") right before token i: a subject of two. */
function joinedBefore(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i - 2]?.text;
  if ((w === 'and' || w === '&') && /^\p{Lu}/u.test(tokens[i - 1]!.text)) return true;
  // "Two children and their grandmother die in house fire": a second noun with its determiner.
  if (tokens[i - 3]?.text === 'and' && JOINED_DETERMINERS.has(tokens[i - 2]!.text.toLowerCase()) && /^\p{Ll}+$/u.test(tokens[i - 1]!.text)) return true;
  // "after car and bus collide": two bare nouns joined after a conjunction that opens a clause.
  if (w === 'and' && /^\p{Ll}+$/u.test(tokens[i - 1]!.text) && /^\p{Ll}+$/u.test(tokens[i - 3]?.text ?? '') && CLAUSE_OPENERS.has(tokens[i - 4]?.text.toLowerCase() ?? '')) return true;
  // A headline's comma for "and" before a bare form: "Tzur, Cypriot president agree on ...".
  for (const k of [i - 2, i - 3]) if (tokens[k]?.text === ',' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) return true;
  return false;
}

/** A headline's future after token i and one lower-case noun, "to" and a bare verb ("fuel | charge to rise"; right after it, "to" follows a verb: "Spurs refuse to ..."). */
function futureAfter(tokens: readonly Token[], i: number, end: number): boolean {
  if (i + 3 >= end || tokens[i + 2]!.text !== 'to' || !/^\p{Ll}+$/u.test(tokens[i + 1]!.text) || DETERMINER_WORDS.has(tokens[i + 1]!.text)) return false;
  const next = tokens[i + 3]!.text.toLowerCase();
  return verbForms().get(next) === next && isVerb(tokens, i + 3, false);
}

/** Words that open a noun phrase: a verb's object, not a compound's second noun ("cut | the jobs to ..."). */
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'more', 'no', 'all']);

/** Prepositions that place what follows them ("in Laventille bar shooting", "a school in the city of Iasi"). */
export const PLACING_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

/** Conjunctions that open a clause of their own, whose subject may be two bare nouns ("after car and bus collide"). */
const CLAUSE_OPENERS = new Set(['after', 'as', 'when', 'while', 'before', 'until']);

/** Determiners of a joined subject's second noun ("and their grandmother", "and his son"). */
const JOINED_DETERMINERS = new Set(['their', 'his', 'her', 'the', 'a', 'an', 'two', 'three', 'four', 'five']);

/** Words in -s that are no plurals (see isFiniteVerb's plural before a bare form). */
const SINGULAR_IN_S = new Set(['gas', 'news', 'series', 'species', 'chaos', 'yes', 'this', 'was', 'has', 'does', 'its', 'lens', 'atlas']);

// Bare forms that are rarely nouns: they count as verbs wherever they stand.
const IRREGULAR_BARE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'says', 'said']);
