import type { Token } from '../../core/layers.js';
import { clauseWords, isAuxiliary } from './clause-words.js';
import { datelineAt } from './dateline.js';
import { isFiniteVerb, isPastForm, isVerb, lastWord, lemma } from './verbs.js';
import { wordLevel } from '../../clean/dictionary.js';
import { lexicon } from '../../core/resources.js';
import { defaultGazetteer } from '../../nlp/gazetteer.js';

/**
 * A shallow reading of one sentence: its subject, its main verb group and the predicate that
 * follows, as token ranges [start, end). Works from POS tags when the tagger has run, and from the
 * verb word list otherwise (see verbs.ts). Linear in the sentence's length.
 */
export interface Clause {
  /** First token after any label ("Croydon tram crash: ...") or dateline. */
  readonly start: number;
  readonly subject: readonly [number, number] | null;
  /** The verb group ("has been shot"); null for a sentence with no verb (a noun headline). */
  readonly verb: readonly [number, number] | null;
  /** The head verb's lemma, when known. */
  readonly lemma?: string;
  /** The "what": verb group + object, up to the first clause break or adverbial. */
  readonly predicate: readonly [number, number] | null;
  /**
   * For the clause an informant passes on ("Police in Lima say | a bus plunged ..."), the
   * informant's words: their source, not part of the event (see reportedClause).
   */
  readonly informant?: readonly [number, number];
}

const BREAK = new Set([',', ';', ':', '.', '!', '?', '—', '–', '--', '(', ')', '|']);
const SUBORDINATORS = new Set(['while', 'as', 'when', 'after', 'although', 'though', 'if', 'because', 'since', 'before', 'despite', 'once', 'whereas']);
// Words a phrase never ends on.
const DANGLING = new Set(['and', 'or', 'for', 'the', 'a', 'an', 'between', 'among', 'about', 'than', 'like', 'by', 'via', 'under', 'within', 'without', 'toward', 'towards', 'upon', 'per', 'its', 'their', 'his', 'her', 'of']);
const QUOTE = new Set(['"', '“', '”', "'", '‘', '’']);

const lower = (tokens: readonly Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';

/** "more than doubles", "more than trebled": verbs of a multiple (nouns or numbers elsewhere, so not in the verb list). */
const MULTIPLIED = /^(?:doubl|trebl|tripl|quadrupl|halv)(?:es|ed)$/;

function firstVerb(tokens: readonly Token[], from: number, to: number, pos: boolean): number {
  let inQuote = false;
  let sentenceCase: boolean | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t === '“') inQuote = true;
    else if (t === '”') inQuote = false;
    // "The deejay, whose given name is Dwayne Morrison, stopped the band": a possessive relative
    // clause set off by commas has a verb of its own, never the sentence's.
    else if (t.toLowerCase() === 'whose' && tokens[i - 1]?.text === ',') {
      let close = i + 1;
      while (close < to && tokens[close]!.text !== ',') close++;
      if (close < to) i = close;
    }
    // "Forth Athletic 3-1 Glenmore United: Kerr double sends ...": read by the word list, a
    // capitalised word after another in a sentence-case line is a name's, not a verb.
    else if (!pos && i > from && /^\p{Lu}/u.test(t) && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1]!.text) && (sentenceCase ??= isSentenceCase(tokens, from, to))) continue;
    else if (!inQuote && i > from && isFiniteVerb(tokens, i, pos, to) && (pos || !endsPrepositionalPhrase(tokens, i, to))) {
      // "a shop that refills gas canisters exploded": a relative clause after the subject's noun has
      // a verb of its own; the clause's is the next finite verb, when there is one.
      if (pos && i - 2 >= from && relativeOpener(tokens, i) && laterFiniteVerb(tokens, i + 1, to)) continue;
      // "studio behind football hit more than trebles profits": a verb after "more than" is the
      // clause's, and the word before it a noun.
      if (lower(tokens, i + 1) === 'more' && lower(tokens, i + 2) === 'than' && i + 3 < to && (MULTIPLIED.test(lower(tokens, i + 3)) || (isVerb(tokens, i + 3, false) && !/ing$/.test(lower(tokens, i + 3))))) return i + 3;
      return pos || !pluralBeforeVerb(tokens, i, to) ? i : i + 1;
    }
    else if (!inQuote && !pos && i > from && modalBeforeVerb(tokens, i, to) > 0) return i;
    // "A man armed with a handgun held/VBN four people hostage": the tagger's participle right after
    // a noun and right before a direct object is the clause's past tense.
    else if (!inQuote && pos && i - 1 > from && pastWithObject(tokens, i, to)) return i;
  }
  return -1;
}

/**
 * A past participle (VBN) with a noun before it and a direct object after it (a determiner or a
 * number, not one that counts time: "people killed two years ago"): a past tense the tagger took
 * for a participle, since a participle after a noun opens a reduced relative, which takes no object.
 */
function pastWithObject(tokens: readonly Token[], i: number, to: number): boolean {
  if (tokens[i]!.pos !== 'VBN' || !/^NNS?$/.test(tokens[i - 1]!.pos ?? '') || !OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '')) return false;
  for (let k = i + 2; k < Math.min(to, i + 4); k++) if (lexicon('duration-words').has(lower(tokens, k))) return false;
  return true;
}

/** Tags that open a direct object: a determiner, a number, a possessive pronoun. */
const OBJECT_OPENERS = new Set(['DT', 'CD', 'PRP$']);

/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who']);

/** The verb at i follows a relative pronoun that follows a noun ("a shop | that | refills"). */
function relativeOpener(tokens: readonly Token[], i: number): boolean {
  return RELATIVE_OPENERS.has(lower(tokens, i - 1)) && /^NN/.test(tokens[i - 2]?.pos ?? '');
}

/** A finite verb (by its tag) in tokens [from, to) before the clause breaks. */
function laterFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (BREAK.has(tokens[k]!.text)) return false;
    if (isFiniteVerb(tokens, k, true, to)) return true;
  }
  return false;
}

/** Words of four letters or more in tokens [from, to), some of them lower-case: a line in sentence case, not Title Case. */
function isSentenceCase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^\p{Ll}{4,}$/u.test(tokens[i]!.text)) return true;
  return false;
}

/**
 * Read by the word list, an -s form right before a bare verb form is a plural noun, the subject's
 * head, when the tagger says so (NNS, then VB/VBP): "Flash floods | kill nine", "Price rises | hit
 * shoppers"; not "Union calls | strike" (VBZ, NN), nor after a plural ("Producers scoops | stage
 * awards", where the tagger took the verb for a noun).
 */
function pluralBeforeVerb(tokens: readonly Token[], i: number, to: number): boolean {
  const next = tokens[i + 1];
  // After a plural ("Producers scoops stage awards") the -s form is the verb the tagger missed.
  const prev = tokens[i - 1]?.pos ?? '';
  return i + 1 < to && tokens[i]!.pos === 'NNS' && prev !== 'NNS' && prev !== 'NNPS' && (next!.pos === 'VBP' || next!.pos === 'VB') && /s$/.test(lower(tokens, i)) && lemma(lower(tokens, i + 1)) === lower(tokens, i + 1);
}

/**
 * Read by the word list, a modal (with "not") before a lower-case word starts a verb group, whether
 * or not the list has that verb ("Abbas 'will not tolerate' attacks"): a modal takes a verb. The
 * verb's index, or -1.
 */
function modalBeforeVerb(tokens: readonly Token[], i: number, to: number): number {
  const w = lower(tokens, i);
  // "to" is no modal here ("grinds to a halt"; a headline's "X to Y" is read by futureStart), nor is
  // a bare "not" ("Mobiles 'not media players yet'").
  if (w === 'to' || NEGATION.has(w) || !clauseWords('modal').has(w)) return -1;
  let k = i + 1;
  if (k < to && NEGATION.has(lower(tokens, k))) k++;
  return k < to && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && !clauseWords('stop').has(lower(tokens, k)) ? k : -1;
}

/**
 * The first listed verb's -ing form after a word that can end a subject (not a preposition, a
 * determiner or a possessive: "on hunger strike", "after sacking") and before the headline's last
 * word (a verb takes something: "Labour meeting" ends on a noun), not one headlines use as a noun
 * ("warning", "backing"); -1 if none.
 */
function headlineProgressive(tokens: readonly Token[], from: number, to: number): number {
  const nouns = clauseWords('ing-noun');
  for (let i = from + 1; i < to - 1; i++) {
    const w = lower(tokens, i);
    if (!/^\p{Ll}[\p{Ll}-]*ing$/u.test(tokens[i]!.text) || nouns.has(w) || lemma(w) === undefined || !isVerb(tokens, i, false)) continue;
    const prev = lower(tokens, i - 1);
    if (PREPOSITIONS.has(prev) || /^[^\p{L}\p{N}]+$/u.test(prev) || clauseWords('stop').has(prev)) continue;
    return i;
  }
  return -1;
}

/** How far after an "as" its clause's verb is looked for (exclusive): "as rain lashes", "as the bus plunges". */
const AS_VERB_REACH = 4;

/**
 * Token i an "as" (or, in a toll headline, an "after") that opens a clause: a finite verb two or
 * three words after it, after a word that is no verb.
 */
export function asClause(tokens: readonly Token[], i: number, to: number, pos: boolean): boolean {
  if (lower(tokens, i - 1) === 'such' || lower(tokens, i + 1) === 'well') return false;
  for (let k = i + 2; k < Math.min(to, i + AS_VERB_REACH); k++) {
    if (BREAK.has(lower(tokens, k))) return false;
    if (isFiniteVerb(tokens, k, pos, to) && lower(tokens, k - 1) !== 'to') return true;
  }
  return false;
}

/** Tokens a, b an adjective of the dictionary and a bare form the tagger calls a noun ("Further rise"). */
function adjectiveBeforeNoun(tokens: readonly Token[], a: number, b: number): boolean {
  const w = lower(tokens, b);
  return /^JJ/.test(tokens[a]!.pos ?? '') && tokens[b]!.pos === 'NN' && lemma(w) === w && wordLevel(lower(tokens, a)) !== undefined;
}

/**
 * A title's verb in tokens (start, to), the "to" of an infinitive at `to`: a present in -s the
 * tagger marks (VBZ, past the first word, not "X's"), else a listed -ing form; `fallback` when there is none.
 */
function verbBeforeInfinitive(tokens: readonly Token[], start: number, to: number, fallback: number): number {
  for (let i = start + 1; i < to; i++) if (tokens[i]!.pos !== undefined && headlinePresent(tokens, i, start)) return i;
  const progressive = headlineProgressive(tokens, start, to + 1);
  return progressive >= 0 ? progressive : fallback;
}

const PREPOSITIONS = new Set(['in', 'at', 'near', 'on', 'over', 'for', 'from', 'to', 'into', 'against', 'with', 'of', 'by', 'under', 'amid', 'after', 'during']);

/**
 * A title's last word that ends a prepositional phrase of lower-case words: the head of that
 * phrase's noun ("Russian ex-spy on hunger strike", "India and Russia in energy talks", "Solutions
 * to net security fears"), however often the word list has it as a verb.
 */
function endsPrepositionalPhrase(tokens: readonly Token[], i: number, to: number): boolean {
  if (!lastWord(tokens, i, to)) return false;
  // Names may stand in the phrase before a noun headlines head their phrases with ("Mitsubishi in
  // Peugeot link talks", "Aviator 'creator' in Oscars snub"), up to four words back.
  const named = clauseWords('headline-noun').has(lower(tokens, i));
  let j = i - 1;
  while (j >= 0 && (/^[\p{Ll}][\p{Ll}-]*$/u.test(tokens[j]!.text) || (named && i - j <= 4 && /^[\p{Lu}\p{N}$£€]/u.test(tokens[j]!.text))) && !PREPOSITIONS.has(lower(tokens, j))) j--;
  return j >= 0 && j < i - 1 && PREPOSITIONS.has(lower(tokens, j));
}

/**
 * Titles are read with the verb word list, not the tagger's tags: headline language (title case,
 * no articles, "Trump lands", "Lady Gaga protests") is far from the sentences taggers learn from.
 * Other sentences use the tags, and the word list when the tags find no verb.
 */
export function readClause(tokens: readonly Token[], from: number, to: number, opts: ClauseReading): Clause {
  if (opts.verbAt !== undefined) return readWith(tokens, from, to, opts, false);
  const asked = opts.title ? invertedQuestion(tokens, from, to) : null;
  if (asked) return asked;
  const tagged = !opts.title && tokens[from]?.pos !== undefined;
  const first = readWith(tokens, from, to, opts, tagged);
  if (tagged && !first.verb) return readWith(tokens, from, to, opts, false);
  // A title whose verb the word list does not know ("Malaria treatment cures nine in ten"): the
  // tagger's, when it is a headline's present in -s (VBZ: "recreates", "decries", "triples"). Its
  // other verb tags in a title are as often nouns ("Moya emotional after Davis Cup win", "Cairn
  // Energy in Indian gas find"), which a noun headline reads whole.
  if (opts.title && !first.verb && tokens[from]?.pos !== undefined) {
    const byTags = readWith(tokens, from, to, opts, true);
    if (byTags.verb && headlinePresent(tokens, byTags.verb[0], byTags.start)) return byTags;
  }
  // "Rockhopper numbers down by almost a third, census finds": a headline's source named after a
  // comma, its verb the only one found, is no part of the news; the words before the comma are.
  if (opts.title && first.verb) {
    const comma = sourceTail(tokens, from, to);
    if (comma > 0 && first.verb[0] > comma) return readClause(tokens, from, comma, opts);
  }
  return first;
}

/** Verbs (lemmas) of a study or a report that names itself after a headline's news ("..., census finds", "..., survey shows"). */
const FINDING_TAIL = new Set(['find', 'show', 'reveal', 'suggest', 'estimate', 'predict', 'say', 'report', 'warn', 'claim']);
/** Words a headline's source tail has at most before its verb ("census", "new UN report"). */
const TAIL_WORDS = 4;

/** The comma before a headline's closing source ("..., census finds"), or -1. */
function sourceTail(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  while (end > from && BREAK.has(lower(tokens, end - 1))) end--;
  const v = end - 1;
  if (v <= from || !FINDING_TAIL.has(lemma(lower(tokens, v)) ?? '')) return -1;
  // (Not a quotation's speaker: '"They fired straight at us," Maputo protester says' is read as a quote headline.)
  for (let k = v - 1; k > from + 1 && k >= v - 1 - TAIL_WORDS; k--) if (tokens[k]!.text === ',') return k < v - 1 && !QUOTE.has(tokens[k - 1]!.text) && !QUOTE.has(tokens[k + 1]!.text) ? k : -1;
  return -1;
}

/** How a sentence is read: the predicate's caps, whether it is a title, and a verb known beforehand. */
export interface ClauseReading {
  readonly maxWhat: number;
  readonly maxStops: number;
  readonly title?: boolean;
  /** The verb's token, found by the caller where the word list and the tags find none (see nameVerbInHeadline). */
  readonly verbAt?: number;
}

function readWith(tokens: readonly Token[], from: number, to: number, opts: ClauseReading, pos: boolean): Clause {
  let start = from;
  // A title that opens with a quotation ("'I BLAME COMEY' Clinton blames ..."): read after it.
  const open = tokens[from]?.text;
  if (opts.title && open && (open === "'" || open === '‘' || open === '"' || open === '“')) {
    const close = open === '‘' ? '’' : open === '“' ? '”' : open;
    for (let i = from + 1; i < to - 2; i++) if (tokens[i]!.text === close) { start = i + 1; break; }
  }
  const afterQuotation = start > from;
  // Dateline "LONDON --", "Photo LONDON —", "LYON, France (Reuters) -".
  const dateline = start === from ? datelineAt(tokens, from, to, !opts.title) : null;
  if (dateline) start = dateline.bodyStart;
  // A fronted subordinate clause ("While the U.S. talks about election, UK outraged ..."): read after its comma.
  if (SUBORDINATORS.has(lower(tokens, start))) {
    for (let i = start + 1; i < to - 2; i++) if (tokens[i]!.text === ',') { start = i + 1; break; }
  }
  let v = opts.verbAt ?? firstVerb(tokens, start, to, pos);
  // "Ex-housing boss guilty of R38m fraud over Delft homes that were never built": a headline drops
  // the "is" before "guilty of"; that adjective heads its predicate, not a verb in a later clause.
  if (opts.title && opts.verbAt === undefined) {
    const g = guiltyAt(tokens, start, v < 0 ? to : v);
    if (g > start) v = g;
  }
  // After the quotation no verb: the quotation is the headline's subject or all of it ("'Debate
  // needed' on donations cap"), read from the start.
  if (v < 0 && afterQuotation) {
    start = from;
    v = firstVerb(tokens, start, to, pos);
  }
  // "Skull found by dog walker on Dorset beach is new species of sea reptile": a participle with its
  // agent after the subject is a reduced relative; the headline's verb is the "is" after it.
  if (opts.title && v > start && lower(tokens, v + 1) === 'by' && isPastForm(lower(tokens, v))) {
    for (let j = v + 2; j < to; j++) {
      if (BREAK.has(tokens[j]!.text)) break;
      if (COPULAS.has(lower(tokens, j))) {
        v = j;
        break;
      }
    }
  }
  // A headline drops the auxiliary of its present progressive ("Laura Ashley chief stepping down",
  // "Spector facing more legal action"): with no finite verb, a listed verb's -ing form after the
  // subject is the verb.
  if (v < 0 && opts.title) v = headlineProgressive(tokens, start, to);
  // The word list may know only an infinitive's verb ("Ferguson rues failure to cut gap", "EU aiming
  // to fuel development aid"): a headline's own verb before it, the tagger's present in -s or a
  // listed -ing form, is the clause's.
  else if (opts.title && lower(tokens, v - 1) === 'to') v = verbBeforeInfinitive(tokens, start, v - 1, v);
  // "Further rise in UK jobless total", "High fuel prices hit BA's profits": a bare form after an
  // adjective alone is the noun it modifies (both as the tagger has them, the adjective a word of
  // the dictionary, not a name); the verb is a later one, if any, not past a preposition ("Huge rush
  // for Jet Airways shares").
  if (opts.title && v === start + 1 && adjectiveBeforeNoun(tokens, start, v)) {
    const later = firstVerb(tokens, v, to, pos);
    v = later > 0 && !tokens.slice(v, later).some((t) => PREPOSITIONS.has(t.text.toLowerCase())) ? later : -1;
  }
  // A label before a colon: read what follows it when the verb lies after it, or there is none.
  for (let i = start; i < Math.min(to, start + 12); i++) {
    if (tokens[i]!.text !== ':') continue;
    // In a title a bare noun-like verb before the colon is a label ("Croydon tram crash: Police identify ...").
    // And so is an -s form right before the colon when a clause follows it ("Sri Lanka floods: Death
    // toll rises to 19"), unless it says or warns ("Minister warns: ...").
    if (v < 0 || v > i || (opts.title && (isBareNoun(tokens, v, pos) || labelHead(tokens, v, i, to)))) {
      start = i + 1;
      v = firstVerb(tokens, start, to, pos);
    }
    break;
  }
  const stops = clauseWords('stop');
  const keep = clauseWords('keep');
  // "CSA could close", "Anglers 'could face prosecution'", "sprinters 'won't run again'": the modals
  // and auxiliaries right before the verb the word list found, and a negation after one, are its
  // group (not an infinitive's "to": "set to go" is read by futureStart).
  // (Not a possessive mark before a present in -s: "Harwood's turns its biscuits square" is no "is turns".)
  const possessive = (k: number) => /^['’]s$/.test(tokens[k]?.text ?? '') && /[^s]s$/.test(lower(tokens, k + 1));
  while (v > start + 1 && !possessive(v - 1) && (groupWord(lower(tokens, v - 1)) || (NEGATION.has(lower(tokens, v - 1)) && groupWord(lower(tokens, v - 2))))) v--;
  if (v < 0) {
    // A noun headline: the phrase up to its first adverbial; in a title of up to eight words, all of it
    // ("Ryanair in $4bn Boeing plane deal", "Mitsubishi in Peugeot link talks": the phrase after
    // the name is what happened).
    const words = tokens.slice(start, to).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
    if (opts.title && words <= NOUN_HEADLINE_WORDS && words > 2 && !QUOTE.has(lower(tokens, to - 1))) return { start, subject: null, verb: null, predicate: [start, lastWordEnd(tokens, start, to)] };
    const end = phraseEnd(tokens, start, to, stops, keep, opts, pos);
    return { start, subject: null, verb: null, predicate: end > start ? [start, end] : null };
  }
  // The verb group: auxiliaries, adverbs and participles after the finite verb.
  const adverbs = clauseWords('adverb');
  // Only an auxiliary takes a further verb into its group ("has been shot"); after a full verb a
  // verb-like word is its object ("blames defeat", "sparks outrage", "stages protest").
  let head = v;
  let j = v + 1;
  const modalVerb = pos ? -1 : modalBeforeVerb(tokens, v, to);
  while (j < to && (j === modalVerb || adverbs.has(lower(tokens, j)) || /ly$/.test(lower(tokens, j)) || (isVerb(tokens, j, pos) && isAuxiliary(lower(tokens, head))))) {
    if (j === modalVerb || (isVerb(tokens, j, pos) && !adverbs.has(lower(tokens, j)))) head = j;
    j++;
  }
  const groupEnd = head + 1;
  // The predicate reads on after every verb-like word next to the verb ("stages protest outside ...").
  let run = v;
  for (let k = v + 1; k < to && !SAYS.has(lower(tokens, k)) && (isVerb(tokens, k, pos) || adverbs.has(lower(tokens, k)) || /ly$/.test(lower(tokens, k))); k++) if (isVerb(tokens, k, pos)) run = k;
  // A quotation that opens right before the verb ("Drink remark 'acts as diversion'") is the
  // predicate's: the summary then quotes what the headline quotes.
  let quoteFirst = v - 1 > start && opensQuote(tokens, v - 1) ? v - 1 : v;
  // "Verstappen narrowly avoids crash", "The company quickly denied the report": a manner adverb
  // right before the verb is the predicate's, not the subject's.
  while (quoteFirst - 1 > start && mannerAdverb(tokens[quoteFirst - 1]!)) quoteFirst--;
  let predEnd = phraseEnd(tokens, Math.max(run + 1, groupEnd), to, stops, keep, opts, pos, v, quoteFirst);
  // A dash the phrase reached before its next clause ("turns its biscuits SQUARE - and cuts ...") is none of it.
  while (predEnd > groupEnd && /^[-‐–—]+$/.test(tokens[predEnd - 1]!.text)) predEnd--;
  const subject = subjectOf(tokens, start, quoteFirst, !!opts.title && lemma(lower(tokens, v)) === lower(tokens, v));
  return {
    start,
    subject,
    verb: [v, groupEnd],
    lemma: lemma(tokens[head]!.text),
    predicate: [futureStart(tokens, subject, quoteFirst), Math.max(predEnd, groupEnd)],
  };
}

/** The "guilty" of a headline's "X guilty of Y" in [from, to) (not "in guilty plea"), or -1. */
function guiltyAt(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) if (lower(tokens, i) === 'guilty' && lower(tokens, i + 1) === 'of') return NEGATION.has(lower(tokens, i - 1)) ? i - 1 : i;
  return -1;
}

/**
 * The tagger's VBZ at v reads as a headline's verb: not a plural before a possessive mark
 * ("WorldCom bosses' payout"), nor after a preposition's noun ("row over Welsh arts cash": a
 * headline's subject seldom has a preposition, its noun phrases often do).
 */
function headlinePresent(tokens: readonly Token[], v: number, start: number): boolean {
  if (tokens[v]!.pos !== 'VBZ' || /^['’]$/.test(tokens[v + 1]?.text ?? '')) return false;
  for (let k = start; k < v; k++) if (tokens[k]!.pos === 'IN') return false;
  return true;
}

/** Words of a noun headline read whole (see readWith): headlines run to about eight words. */
const NOUN_HEADLINE_WORDS = 8;

/** End (exclusive) of tokens [start, to) without the punctuation that closes it. */
function lastWordEnd(tokens: readonly Token[], start: number, to: number): number {
  let e = to;
  while (e > start + 1 && /^[^\p{L}\p{N}'’"”)]+$/u.test(tokens[e - 1]!.text)) e--;
  return e;
}

/** A bare verb form not after a plural subject, pronoun or modal: as likely a noun ("tram crash"). */
function isBareNoun(tokens: readonly Token[], v: number, pos: boolean): boolean {
  if (tokens[v]!.pos && pos) return false;
  const w = lower(tokens, v);
  if (lemma(w) !== w) return false;
  const prev = lower(tokens, v - 1);
  // (A place's name in -s is no plural subject: "Leeds attack: ..." is a label, as "Kelton attack: ..." is.)
  const place = /^\p{Lu}/u.test(tokens[v - 1]?.text ?? '') && PLACE_TYPES.has(defaultGazetteer().typeOf(tokens[v - 1]!.text) ?? 'demonym');
  return !(clauseWords('plural').has(prev) || clauseWords('modal').has(prev) || (/[^'’]s$/.test(prev) && prev.length > 3 && !/ss$/.test(prev) && !place));
}

/** Gazetteer types of a place's name. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'admin', 'city']);

/**
 * A headline's -s form right before its colon with a verb after it: the label's head noun ("Sri
 * Lanka floods: Death toll rises", "Gaza strikes: ..."), not a verb of saying ("warns: ...").
 */
function labelHead(tokens: readonly Token[], v: number, colon: number, to: number): boolean {
  if (v !== colon - 1 || !/s$/.test(lower(tokens, v)) || LABEL_SPEECH.has(lemma(lower(tokens, v)) ?? '')) return false;
  return firstVerb(tokens, colon + 1, to, false) > 0;
}

/** Verbs that introduce words after a headline's colon ("Minister warns: 'no more cuts'"). */
const LABEL_SPEECH = new Set(['say', 'warn', 'tell', 'insist', 'claim', 'admit', 'vow', 'urge', 'promise', 'declare', 'confirm', 'announce', 'ask', 'reveal']);

/** Verbs of saying that name a report's source after its news, in a headline or after a comma. */
const SAYS = new Set(['says', 'say', 'said']);
/** Verbs right after "say" that show it heads a relative clause ("a blast prosecutors say was deliberate"). */
const SAYS_CLAUSE_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'will', 'would', 'could', 'may', 'might']);

/** End of a phrase that starts at `from`: the first break, a stop word once the phrase has content, or the length cap. */
/** A headline's present in -s at token i ("wounds", "injures"): a listed verb's inflected form. */
function headlineVerbAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.text ?? '';
  const base = lemma(w);
  // Not a verb of saying: "'could close', says minister" names the source.
  return /^\p{Ll}+s$/u.test(w) && base !== undefined && base !== w && !clauseWords('report').has(base);
}

/** A report's predicate this short reads on through its first phrase ("broke out | at a warehouse"). */
const SHORT_PREDICATE = 3;

function phraseEnd(
  tokens: readonly Token[], from: number, to: number,
  stops: ReadonlySet<string>, keep: ReadonlySet<string>,
  opts: { maxWhat: number; maxStops: number; title?: boolean }, pos: boolean, phraseStart = from,
  /** Where a quotation the phrase must not end inside may open: before the phrase's verb ("'could close'"). */
  quoteFrom = phraseStart,
): number {
  let stopsSeen = 0;
  // A quotation right after the verb ("is 'in decline'", "is \"in the state of a zombie\""): its
  // words are read whole, stop words and all, up to its closing mark.
  let quoted = false;
  // The second verb of a headline's pair ("kills one, wounds five"), read on.
  let coordinated = -1;
  // After a toll, the end of the words an "as" clause's verb may stand in, read on (see below).
  let tollEvent = -1;
  let i = from;
  for (; i < to; i++) {
    const w = lower(tokens, i);
    if (i - phraseStart >= opts.maxWhat) {
      if (quoted) {
        // Cut inside the quotation: finish it, when it closes within QUOTE_FINISH words.
        let k = i;
        while (k < to && k < i + QUOTE_FINISH && !QUOTE.has(lower(tokens, k)) && !BREAK.has(lower(tokens, k))) k++;
        if (k < to && QUOTE.has(lower(tokens, k))) {
          i = k + 1;
          break;
        }
      }
      // The cap fell inside a noun phrase ("had to save two match | points"): finish it, if that
      // takes at most NP_FINISH more words; a phrase cut in two says what no one wrote.
      if (pos) {
        let k = finishNounPhrase(tokens, i, to);
        // A verb cut from its object wants it: a gerund after a preposition ("convicted of sending
        // | spam"), a bare verb or a particle ("may have to bail out | the US agency"); a noun
        // phrase of at most OBJECT_FINISH words.
        if (k === i && wantsObject(tokens, i - 1)) k = nounPhraseEnd(tokens, i, to, OBJECT_FINISH);
        i = k;
      } else if (tokens[i]!.pos !== undefined) {
        // A title, read by the word list: the tagger's nouns still finish a noun phrase the cap cut
        // ("'given up' his PM | ambition"); it tags a headline's nouns as nouns, if some verbs too.
        i = finishNounPhrase(tokens, i, to);
      }
      break;
    }
    // "Man kills one, wounds five in knife attack": a headline's second verb after a comma goes on
    // with the predicate.
    if (w === ',' && opts.title && headlineVerbAt(tokens, i + 1)) {
      coordinated = i + 1;
      continue;
    }
    if (BREAK.has(w)) break;
    if (QUOTE.has(w)) {
      if (i === from && i + 1 < to) quoted = true;
      else if (quoted) quoted = false;
      continue;
    }
    if (quoted) continue;
    if (i > from && clauseWords('clause').has(w)) break;
    // "avoids crash as rain lashes Brands Hatch finale": after the verb, an "as" with a verb of its
    // own opens another clause (not "serves as chairman", "such as", "as well as"); after a toll it
    // tells the event, and the headline reads on ("14 killed as bus plunges into gorge").
    if (w === 'as' && (i > from || from > phraseStart) && asClause(tokens, i, to, pos)) {
      if (!clauseWords('toll').has(lemma(lower(tokens, phraseStart)) ?? '')) break;
      // Its verb is the event's: read on through it ("Six die as gas cylinder explodes at Multan shop").
      tollEvent = i + AS_VERB_REACH;
    }
    // "outraged after gap ...", "arrested as seven dead": right after the verb a subordinator opens
    // another clause; the event is the verb (not "serves as", "such as": only past the verb group).
    // (After a toll, an "after" that opens a clause tells the event, read on as an "as" clause is:
    // "Two dead, five hurt after boats collide in Biscayne Bay".)
    if (i === from && from > phraseStart && w === 'after' && opts.title && clauseWords('toll').has(lemma(lower(tokens, phraseStart)) ?? '') && asClause(tokens, i, to, pos)) {
      tollEvent = i + AS_VERB_REACH;
      continue;
    }
    if (i === from && from > phraseStart && SUBORDINATORS.has(w) && w !== 'as') break;
    // "and"/"or" joins nouns ("Explosion and gunfire") but ends the phrase before a verb.
    if ((w === 'and' || w === 'or') && (i - phraseStart >= 3 || isVerb(tokens, i + 1, pos))) break;
    if (i > from && stops.has(w) && !keep.has(w)) {
      if (stopsSeen >= opts.maxStops && !(stopsSeen === 0 && !opts.title && i - phraseStart < SHORT_PREDICATE && isVerb(tokens, phraseStart, pos))) break;
      stopsSeen++;
    }
    // A second finite verb starts another clause ("... as FBI clears Clinton"). Read by the word
    // list (a title), a word the tagger calls a noun right after a noun goes on that noun phrase
    // ("make LSE bid", "back in state control"): there the tags are the better guide.
    // Not a bare form after "to": an infinitive goes on the phrase ("sign deal to share river water").
    if (i > from + 1 && i !== coordinated && isFiniteVerb(tokens, i, pos, to) && !isVerb(tokens, i - 1, pos) && lower(tokens, i - 1) !== 'to' && (pos || !taggedNounGoesOn(tokens, i))) {
      if (i >= tollEvent) break;
      tollEvent = -1;
    }
    // The source a headline names after its news ("House prices rebound says Halifax") is no part of it.
    if (i > phraseStart && SAYS.has(w)) {
      // "killed in blast prosecutors say was deliberate": a relative clause without "that", its
      // subject the source before "say" and a verb after it; the phrase ends before that source.
      if (i - 1 > phraseStart + 1 && /^\p{Ll}{3,}s$/u.test(tokens[i - 1]!.text) && SAYS_CLAUSE_VERBS.has(lower(tokens, i + 1))) i--;
      break;
    }
  }
  // Never end inside a quotation ("Mobiles 'not media players | yet'"): finish it when it closes
  // within QUOTE_FINISH words, else end before it opened.
  const open = openQuote(tokens, quoteFrom, i);
  if (open >= 0) {
    let k = i;
    while (k < to && k < i + QUOTE_FINISH && !QUOTE.has(lower(tokens, k)) && !BREAK.has(lower(tokens, k))) k++;
    if (k < to && QUOTE.has(lower(tokens, k))) i = k + 1;
    else if (open > quoteFrom) i = open;
  }
  // Never end on a preposition, conjunction or quote mark (but a mark that closes a quotation the
  // phrase opened stays: "is 'in decline'").
  const dangling = (w: string) => stops.has(w) || keep.has(w) || QUOTE.has(w) || DANGLING.has(w);
  while (i > from && dangling(lower(tokens, i - 1)) && !(QUOTE.has(lower(tokens, i - 1)) && openQuote(tokens, quoteFrom, i - 1) >= 0)) i--;
  return i;
}

/**
 * The quote mark that opens a quotation in tokens [from, to) and does not close there, or -1. A
 * straight mark opens after a space and closes otherwise; a curly one says which it is.
 */
function openQuote(tokens: readonly Token[], from: number, to: number): number {
  let open = -1;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (!QUOTE.has(w)) continue;
    if (open < 0) {
      if (opensQuote(tokens, k)) open = k;
    } else if (w !== '“' && w !== '‘') open = -1;
  }
  return open;
}

/** The quote mark at token k opens a quotation: a curly opening mark, or a straight one after a space. */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.text;
  return w === '“' || w === '‘' || ((w === "'" || w === '"') && (k === 0 || tokens[k]!.start > tokens[k - 1]!.end));
}

/** The tagger calls token k a noun and the word before it a noun, an adjective or a possessive's mark ("Jet Airways' shares"). */
function taggedNounGoesOn(tokens: readonly Token[], k: number): boolean {
  return /^NN/.test(tokens[k]!.pos ?? '') && /^(?:NN|JJ|POS)/.test(tokens[k - 1]?.pos ?? '');
}

/** Token k opens a noun phrase chunk (B-NP, or I-NP after no NP: the chunker writes IOB1 as CoNLL does). */
function npStarts(tokens: readonly Token[], k: number): boolean {
  const c = tokens[k]!.chunk ?? '';
  return c === 'B-NP' || (c === 'I-NP' && !(tokens[k - 1]?.chunk ?? '').endsWith('NP'));
}

/** Words a capped phrase may take to finish the quotation it was cut in. */
const QUOTE_FINISH = 4;

/** Words a capped phrase may take to finish the noun phrase it was cut in. */
const NP_FINISH = 2;

/**
 * Where a phrase cut at k inside a noun phrase ("two match | points") ends once that noun phrase is
 * finished by at most NP_FINISH tagged nouns; k when it is not cut in one, or goes on past the limit.
 */
export function finishNounPhrase(tokens: readonly Token[], k: number, to: number): number {
  // "caved in on a row | of shanties": a noun's "of" and its noun phrase ("of" + at most NP_FINISH words).
  if (lower(tokens, k) === 'of' && /^NN/.test(tokens[k - 1]?.pos ?? '')) {
    const end = nounPhraseEnd(tokens, k + 1, to, NP_FINISH);
    if (end > k + 1) return end;
  }
  // "a lack of proper | environmental checks": an adjective the cap cut from its noun, after another
  // one, goes on to it ("during the | Brazilian Grand Prix" after a determiner is an adverbial's, left cut).
  if (/^JJ/.test(tokens[k]?.pos ?? '') && /^(?:JJ|VBN)/.test(tokens[k - 1]?.pos ?? '') && /^NN/.test(tokens[k + 1]?.pos ?? '') && k + 1 < to) {
    return nounGoesOn(tokens, k + 2) ? k : k + 2;
  }
  let e = k;
  while (e < to && e < k + NP_FINISH && nounGoesOn(tokens, e)) e++;
  return e < to && nounGoesOn(tokens, e) ? k : e;
}

/** Words a capped phrase may take to give a verb its object. */
const OBJECT_FINISH = 3;

/** Token v is a verb still waiting for its object: a gerund after a preposition, a bare verb, a particle. */
function wantsObject(tokens: readonly Token[], v: number): boolean {
  const tag = tokens[v]?.pos ?? '';
  if (tag === 'VBG') return /^(?:IN|TO)$/.test(tokens[v - 1]?.pos ?? '');
  return tag === 'VB' || tag === 'RP';
}

/**
 * The end of a noun phrase starting at k of at most `limit` words ending on a noun (a verb's object,
 * a noun's "of" phrase); k when there is none. Only a whole noun phrase: one that goes on past the
 * limit is left unsaid.
 */
function nounPhraseEnd(tokens: readonly Token[], k: number, to: number, limit: number): number {
  let end = k;
  for (let j = k; j < to && j < k + limit; j++) {
    const tag = tokens[j]!.pos ?? '';
    if (!/^(?:DT|PRP\$|JJ|CD|NN)/.test(tag)) break;
    if (tag.startsWith('NN')) end = j + 1;
  }
  return end > k && !nounGoesOn(tokens, end) ? end : k;
}

/** Token k is a noun that goes on the noun phrase before it ("match | points", "two | goals"). */
function nounGoesOn(tokens: readonly Token[], k: number): boolean {
  const tag = tokens[k]?.pos ?? '';
  const prev = tokens[k - 1]?.pos ?? '';
  // (After a participle the chunker's tags tell: "advanced/VBN packaging/NN" inside one noun phrase.)
  return /^NN/.test(tag) && (/^(?:NN|JJ|CD|DT|PRP\$|POS)/.test(prev) || (prev === 'VBN' && tokens[k]!.chunk === 'I-NP'));
}

/** The subject before the verb: appositions and fronted adverbials cut away. */
/**
 * `commaJoins`: a headline's comma may stand for "and" before a bare form ("UAE, Brazil sign 12
 * agreements", "Tzur, Cypriot president agree on ..."): two capitalised parts are one subject.
 */
function subjectOf(tokens: readonly Token[], start: number, verb: number, commaJoins = false): readonly [number, number] | null {
  let s = start;
  let e = verb;
  const skip = clauseWords('skip');
  while (s < e && skip.has(lower(tokens, s))) s++;
  while (s < e && (QUOTE.has(lower(tokens, s)) || BREAK.has(lower(tokens, s)))) s++;
  if (s >= e) return null;
  const commas: number[] = [];
  for (let i = s; i < e; i++) if (tokens[i]!.text === ',') commas.push(i);
  const joined = commaJoins && commas.length === 1 && commas[0]! > s && /^\p{Lu}/u.test(tokens[s]!.text) && /^\p{Lu}/u.test(tokens[commas[0]! + 1]?.text ?? '');
  if (commas.length && !joined && !isNameList(tokens, s, e, commas)) {
    const first = lower(tokens, s);
    // ("At least nine migrants, three of them children, drowned": a count, not a fronted phrase.)
    const fronted = (clauseWords('lead').has(first) && !/^(?:least|most)$/.test(lower(tokens, s + 1))) || /ing$/.test(first);
    if (fronted) s = commas[commas.length - 1]! + 1;
    else e = commas[0]!;
  } else if (!commas.length && clauseWords('lead').has(lower(tokens, s)) && tokens[s]!.chunk !== undefined && !/^(?:least|most)$/.test(lower(tokens, s + 1))) {
    // A fronted phrase with no comma ("On the Asian tsunami he said ..."): the subject is the
    // last noun phrase before the verb, by the chunker's tags.
    for (let k = e - 1; k > s; k--) {
      if (npStarts(tokens, k)) {
        s = k;
        break;
      }
    }
  }
  // A closing bracket stays when it closes one the subject opened ("General Motors (GM)").
  while (e > s && (BREAK.has(lower(tokens, e - 1)) || QUOTE.has(lower(tokens, e - 1)) || clauseWords('adverb').has(lower(tokens, e - 1)) || /^\p{Ll}+ly$/u.test(tokens[e - 1]!.text)) && !closesBracket(tokens, s, e - 1)) e--;
  // A headline's "Saab to cut jobs", "Bank set to raise rates", "Bidder in talks": the subject ends
  // before the infinitive's "to" (and the "set" / "due" before it) or a preposition.
  while (e > s + 1 && SUBJECT_TAIL.has(lower(tokens, e - 1))) {
    e--;
    if (lower(tokens, e) === 'to') while (e > s + 1 && FUTURE_MARKERS.has(lower(tokens, e - 1))) e--;
  }
  return e > s ? [s, e] : null;
}

/**
 * Where a headline's predicate starts: at its "to" (and a "set" / "due" before it) when those stand
 * between the subject and the verb ("Straw | to attend Auschwitz service", "Bank | set to raise
 * rates"), so the event reads as the future the headline tells; else at the verb.
 */
function futureStart(tokens: readonly Token[], subject: readonly [number, number] | null, v: number): number {
  if (!subject || subject[1] >= v || lower(tokens, v - 1) !== 'to') return v;
  for (let k = subject[1]; k < v - 1; k++) if (!FUTURE_MARKERS.has(lower(tokens, k))) return v;
  return subject[1];
}

/** Forms of "be" that may follow a reduced relative in a headline's subject. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** Question words that open a headline's question ("Why is an investor betting ...?"). */
const QUESTION_WORDS = new Set(['why', 'how', 'where', 'when']);
/** Auxiliaries a question puts before its subject. */
const INVERTED_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'should']);
/** Words a question's subject may run over before its verb. */
const QUESTION_SUBJECT_WORDS = 8;

/**
 * A headline that asks with its subject after the auxiliary: "Why is an Abu Dhabi investor betting
 * €1.1bn on Spanish solar?", "How did Kelton win the cup?": the subject is the phrase after the
 * auxiliary, the predicate the verb after it and what follows (to the question mark), read by the
 * tags (-ing, past participle, bare form) or the verb list. Null for any other headline.
 */
function invertedQuestion(tokens: readonly Token[], from: number, to: number): Clause | null {
  let end = to;
  while (end > from && /^['’"”)]+$/.test(tokens[end - 1]!.text)) end--;
  if (end - from < 5 || tokens[end - 1]!.text !== '?' || !QUESTION_WORDS.has(lower(tokens, from)) || !INVERTED_AUXILIARIES.has(lower(tokens, from + 1))) return null;
  const aux = from + 1;
  // Untagged, the form the auxiliary asks for: "is ... betting", "has ... won", "did ... win".
  const be = COPULAS.has(lower(tokens, aux));
  const have = /^(?:has|have|had)$/.test(lower(tokens, aux));
  const formFits = (w: string) =>
    (be && /^\p{Ll}{2,}ing$/u.test(w)) || ((be || have) && (isPastForm(w) || /^\p{Ll}{2,}ed$/u.test(w))) || (!be && !have && lemma(w) === w);
  for (let v = aux + 2; v < end - 1 && v - aux <= QUESTION_SUBJECT_WORDS; v++) {
    const tag = tokens[v]!.pos;
    // (By the tags a participle may read as a past tense: "Why has the Reserve Bank raised/VBD ...".)
    const verb = tag !== undefined ? /^(?:VBG|VBN|VB)$/.test(tag) || (tag === 'VBD' && (be || have)) : formFits(tokens[v]!.text);
    if (!verb) continue;
    // "not running": the negation is the predicate's.
    const first = NEGATION.has(lower(tokens, v - 1)) ? v - 1 : v;
    return { start: aux + 1, subject: [aux + 1, first], verb: [v, v + 1], lemma: lemma(tokens[v]!.text), predicate: [first, end - 1] };
  }
  return null;
}

/** Words in -ly that are no manner adverbs ("only", "early", a "rally", an "ally"). */
const NOT_MANNER = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'family', 'rally', 'ally', 'bully', 'supply', 'reply', 'assembly', 'italy', 'likely', 'unlikely', 'july', 'holy', 'jolly', 'belly', 'jelly', 'lily', 'elderly', 'friendly', 'lovely', 'lonely', 'ugly', 'costly', 'deadly', 'timely', 'orderly']);

/** A manner adverb in -ly ("narrowly", "quickly"), by the tagger's RB where it ran. */
function mannerAdverb(t: Token): boolean {
  return /^\p{Ll}{2,}ly$/u.test(t.text) && !NOT_MANNER.has(t.text) && (t.pos === undefined || t.pos === 'RB');
}

/** A modal or auxiliary that starts a verb group; "wo" and "ca" as tokenised from "won't", "can't". */
function groupWord(w: string): boolean {
  return w !== 'to' && (isAuxiliary(w) || w === 'wo' || w === 'ca');
}

const NEGATION = new Set(['not', "n't", 'n’t']);

/** Token k is a ")" that closes a "(" opened in tokens [from, k). */
function closesBracket(tokens: readonly Token[], from: number, k: number): boolean {
  if (tokens[k]!.text !== ')') return false;
  let depth = 0;
  for (let j = from; j < k; j++) depth += tokens[j]!.text === '(' ? 1 : tokens[j]!.text === ')' ? -1 : 0;
  return depth > 0;
}

/** Words a subject never ends on: an infinitive's "to" and prepositions left before a misread verb. */
const SUBJECT_TAIL = new Set(['to', 'in', 'on', 'at', 'for', 'with', 'over', 'of', 'from', 'by', 'into']);
/** "set to", "due to", "poised to": what a headline puts between its subject and a future verb. */
const FUTURE_MARKERS = new Set(['set', 'due', 'poised', 'expected', 'likely', 'about', 'going', 'planning', 'ready', 'able']);

/**
 * "Kimi Raikkonen, Marcus Ericsson and Felipe Massa": commas that list names joined by a final
 * "and"/"or", not an apposition ("Hillary Clinton, the Democratic nominee,"). Every part starts
 * with a capital and the last holds the conjunction.
 */
function isNameList(tokens: readonly Token[], s: number, e: number, commas: readonly number[]): boolean {
  const starts = [s, ...commas.map((c) => c + 1)];
  if (!starts.every((i) => i < e && /^\p{Lu}/u.test(tokens[i]!.text))) return false;
  for (let i = commas[commas.length - 1]! + 1; i < e; i++) {
    const w = lower(tokens, i);
    if (w === 'and' || w === 'or') return i + 1 < e && /^\p{Lu}/u.test(tokens[i + 1]!.text);
  }
  return false;
}
