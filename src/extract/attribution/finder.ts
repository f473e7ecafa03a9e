import type { Report, Sentence, Token } from '../../core/layers.js';
import { firstEndingAfter, type Span } from '../../core/span.js';
import { lexicon } from '../../core/resources.js';
import { cueInfo, isNonCue, seenAsCue, type CueInfo } from './cues.js';
import { cueClassifier, isCandidate } from './cue-classifier.js';
import { isAuxiliary, lower, nounEndingAt, nounPhraseAfter, subjectBefore, type TokenRange } from './noun-phrase.js';

export type { Report };

/** Verbs whose first object is the hearer, not the content: "told reporters that ...". */
const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'urge', 'ask', 'caution', 'promise', 'email', 'text']);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);
const DETERMINER_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'such', 'no', 'any', 'every', 'each', 'new', 'whose', 'of', 'to']);
const ACCORDING_LEMMA = 'according to';

/**
 * All reports in the text, sentence by sentence, in text order. Linear in the number of tokens.
 * Found once per document (the reports stage) for both the quotes and the attributions stages.
 */
export function findReports(tokens: readonly Token[], sentences: readonly Sentence[]): Report[] {
  const out: Report[] = [];
  for (const s of sentences) findInSentence(tokens, s.tokenStart, s.tokenEnd, out);
  return out;
}

function findInSentence(tokens: readonly Token[], lo: number, hi: number, out: Report[]): void {
  const colon = speakerColon(tokens, lo, hi);
  if (colon) out.push(colon);
  const signed = dashSignature(tokens, lo, hi);
  if (signed) out.push(signed);
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    if (w === 'according' && i + 1 < hi && lower(tokens[i + 1]!) === 'to') {
      const r = according(tokens, i, lo, hi);
      if (r) out.push(r);
      i++;
      continue;
    }
    const info = cueAt(tokens, i, lo, hi);
    if (!info || !looksLikeVerb(tokens, i, lo, hi)) continue;
    const r = verbReport(tokens, i, lo, hi, info);
    if (r) out.push(r);
  }
}

/** What the cue rules know of a word as written, whatever its context. */
interface CueWord {
  readonly nonCue: boolean;
  readonly claim: boolean;
  readonly info: CueInfo | undefined;
  /** Worth the classifier's time: a candidate word that is a listed or learned cue or seen inside one. */
  readonly scored: boolean;
}

/**
 * Words as written -> what the cue rules know of them: news repeats its words, and every token is
 * asked. Emptied when full: 10,000 words keep the frequent ones; 50,000 held ~7 MB more at the end
 * of all 2,225 BBC articles (peak RSS 261 vs 254 MB with 5,000) for no measurable speed.
 */
const cueWords = new Map<string, CueWord>();
const MAX_CUE_WORDS = 10_000;

function cueWord(t: Token): CueWord {
  let w = cueWords.get(t.text);
  if (!w) {
    if (cueWords.size >= MAX_CUE_WORDS) cueWords.clear();
    const info = cueInfo(t.text);
    w = { nonCue: isNonCue(t.text), claim: /^claim/i.test(t.text), info, scored: isCandidate(t) && !!(info || seenAsCue(t.text)) };
    cueWords.set(t.text, w);
  }
  return w;
}

/** Classifier margins, tuned on PolNeAR dev: any word above 0; a listed or learned cue word above -3. */
const CLASSIFIER_THRESHOLD = 0;
const KNOWN_THRESHOLD = -3;

/** The cue at token i: a listed or learned cue word, or one the classifier finds in this context. */
function cueAt(tokens: readonly Token[], i: number, lo: number, hi: number): CueInfo | null {
  const t = tokens[i]!;
  const word = cueWord(t);
  if (word.nonCue) return null;
  if (word.claim && i + 1 < hi && lexicon('claim-objects').has(lower(tokens[i + 1]!))) return null;
  const info = word.info;
  // Words never (or seldom) inside a training cue are not worth scoring: their score is always low.
  if (!word.scored) return info?.attributes ? info : null;
  const score = cueClassifier().scoreAt(tokens, i, lo, hi);
  if (score > CLASSIFIER_THRESHOLD) return info ?? { lemma: t.text.toLowerCase(), speech: false, hedging: false, attributes: true };
  // A listed or learned cue word needs less evidence from its context.
  if (info?.attributes && score > KNOWN_THRESHOLD) return info;
  return null;
}

/** Forms that are as often plural nouns as verbs ("swing states", "media reports"). */
const NOUN_LIKE = /^(states|posts|reports|claims|calls|shows|fears|hopes|doubts|charges|projects|estimates|comments|answers|demands|promises|texts|emails|forecasts|notes|views|plans|finds|cites|counters|tweets|protests|laments|pledges|vows|quotes)$/;
const NOUN_FOLLOWERS = new Set(['of', 'and', 'or', ',', '.', 'in', 'for', 'to', 'from', 'with', 'on', 'about', 'are', 'were', 'have', 'had', ')', 'by', 'at', 'is', 'was', 'will', 'would', ';', 'over', 'against']);
/** Parenthetical "you know", "you see", "I mean": not attributions. */
const DISCOURSE = new Set(['you know', 'you see', 'i mean', 'you understand', 'i guess', 'mind you']);
const MAX_COLON_SPEAKER = 6;

/**
 * "WALLACE: Let's start ..." (a transcript) or a headline's "Pat Caddell: Democrats worried":
 * a short name that opens the sentence, a colon, then what that person said.
 */
function speakerColon(tokens: readonly Token[], lo: number, hi: number): Report | null {
  while (lo < hi && OPEN_QUOTES.has(tokens[lo]!.text)) lo++;
  for (let i = lo + 1; i < hi && i - lo <= MAX_COLON_SPEAKER; i++) {
    if (tokens[i]!.text !== ':') continue;
    const name = tokens.slice(lo, i);
    if (!name.every((t) => /^\p{Lu}/u.test(t.text) || /^(of|the|and|for|['’]s|\.|-)$/i.test(t.text))) return null;
    const content = contentRange(tokens, i + 1, hi);
    if (!content) return null;
    const cue = { start: tokens[i]!.start, end: tokens[i]!.end };
    return { source: { start: tokens[lo]!.start, end: tokens[i - 1]!.end }, cue, content, lemma: ':', speech: true, hedging: false, contentSide: 'right' };
  }
  return null;
}

const DASHES = new Set(['―', '—', '–', '--']);

/** "“...” ― Sonya Herrid": a quote signed with a dash and a name that ends the sentence. */
function dashSignature(tokens: readonly Token[], lo: number, hi: number): Report | null {
  for (let i = lo + 1; i < hi - 1; i++) {
    if (!DASHES.has(tokens[i]!.text) || !CLOSE_QUOTES.has(tokens[i - 1]!.text)) continue;
    const name = nounPhraseAfter(tokens, i + 1, hi);
    if (!name || !/^\p{Lu}/u.test(tokens[i + 1]!.text)) return null;
    if (name.last < hi && !/^[.,;]$/.test(tokens[name.last]!.text)) return null;
    const content = contentRange(tokens, lo, i);
    if (!content) return null;
    const cue = { start: tokens[i]!.start, end: tokens[i]!.end };
    return { source: span(tokens, name), cue, content, lemma: '―', speech: true, hedging: false, contentSide: 'left' };
  }
  return null;
}

/** A cue form used as a verb: tagged so, or (untagged) not after a determiner and not before another cue. */
function looksLikeVerb(tokens: readonly Token[], i: number, lo: number, hi: number): boolean {
  const t = tokens[i]!;
  if (t.pos) return t.pos.startsWith('VB');
  const prev = i > lo ? lower(tokens[i - 1]!) : '';
  // Capitalised: only a verb of saying in a headline ("Lindsey Graham Says").
  if (/^\p{Lu}/u.test(t.text) && i > lo && !(cueInfo(t.text)?.speech && /^\p{Lu}/u.test(tokens[i - 1]!.text) && !DETERMINER_BEFORE_NOUN.has(prev))) return false;
  if (DETERMINER_BEFORE_NOUN.has(prev)) return false;
  if (DISCOURSE.has(`${prev} ${lower(t)}`)) return false;
  if (NOUN_LIKE.test(lower(t)) && (i + 1 >= hi || NOUN_FOLLOWERS.has(lower(tokens[i + 1]!)))) return false;
  // "Media reports said ...": the noun "reports" is part of the source of "said".
  let j = i + 1;
  while (j < hi && isAuxiliary(tokens[j]!)) j++;
  if (j < hi && j === i + 1 && cueInfo(tokens[j]!.text)) return false;
  return true;
}

function span(tokens: readonly Token[], r: TokenRange): Span {
  return { start: tokens[r.first]!.start, end: tokens[r.last - 1]!.end };
}

/** Trims punctuation and quote marks at the edges of a token range; null when nothing is left. */
function contentRange(tokens: readonly Token[], first: number, last: number): Span | null {
  while (first < last && /^[,;:—–\-.]$|^["“”‘’'«»]$/.test(tokens[first]!.text) && !OPEN_QUOTES.has(tokens[first]!.text)) first++;
  while (first < last && /^[,;:—–\-.!?]$/.test(tokens[last - 1]!.text)) last--;
  // Keep a quote's own marks out when the whole content is the quote.
  if (first < last && OPEN_QUOTES.has(tokens[first]!.text) && CLOSE_QUOTES.has(tokens[last - 1]!.text)) {
    first++;
    last--;
    while (first < last && /^[,;:.]$/.test(tokens[last - 1]!.text)) last--;
  }
  if (first >= last) return null;
  if (!tokens.slice(first, last).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return null;
  return { start: tokens[first]!.start, end: tokens[last - 1]!.end };
}

function verbReport(tokens: readonly Token[], c: number, lo: number, hi: number, info: CueInfo): Report | null {
  const cue = { start: tokens[c]!.start, end: tokens[c]!.end };
  const base = { cue, lemma: info.lemma, speech: info.speech, hedging: info.hedging };
  const passive = passiveBy(tokens, c, lo, hi);
  if (passive) return { ...base, ...passive };
  const long = c - 1 >= lo && tokens[c - 1]!.text === ',' ? appositiveSubject(tokens, c, lo) : null;
  const right0 = long ? rightContent(tokens, c, hi, info) : null;
  const longAfterQuote = long !== null && long.first > lo && closesQuote(tokens, long.first - 1, lo);
  if (long && right0 && !minor(tokens, right0) && !longAfterQuote) {
    return { ...base, source: span(tokens, long), content: right0, contentSide: 'right' };
  }
  const coordinated = coordinatedSubject(tokens, c, lo);
  const subject = (longAfterQuote ? long : null) ?? coordinated ?? subjectBefore(tokens, c, lo);
  // "“You winning?” she said, ...": the question ended the sentence before, the quote is the content.
  const rightNow = subject ? rightContent(tokens, c, hi, info) : null;
  const saidAfterQuote =
    subject !== null && subject.first === lo && lo >= 2 && CLOSE_QUOTES.has(tokens[lo - 1]!.text) &&
    /^[?!.]$/.test(tokens[lo - 2]!.text) && tokens[lo - 1]!.end === tokens[lo]!.start - 1 &&
    (!rightNow || minor(tokens, rightNow) || afterComma(tokens, c, hi));
  if (saidAfterQuote) {
    const open = openingQuoteBefore(tokens, lo - 2);
    const content = open >= 0 ? contentRange(tokens, open, lo) : null;
    if (content) return { ...base, source: span(tokens, subject), content, contentSide: 'left' };
  }
  if (subject) {
    const clauseFirst = subject.clauseFirst ?? subject.first;
    const beforeSubject = clauseFirst - 1;
    const introducedByComma = beforeSubject >= lo && /^[,”"’']$/.test(tokens[beforeSubject]!.text);
    const right = rightContent(tokens, c, hi, info);
    const left = introducedByComma ? contentRange(tokens, lo, clauseFirst) : null;
    // "“...,” she said several months later": the quote just closed is what she said.
    const quoteJustClosed = introducedByComma && closesQuote(tokens, beforeSubject, lo);
    const content = left && (!right || quoteJustClosed || minor(tokens, right) || afterComma(tokens, c, hi)) ? left : (right ?? left);
    if (!content) return null;
    return { ...base, source: span(tokens, antecedentOf(tokens, subject, lo)), content, contentSide: content === left ? 'left' : 'right' };
  }
  // A participle after a comma or a preposition shares the clause's subject:
  // "Trump defended the tweets, saying ...", "Obama responded by saying ...".
  const prevWord = c - 1 >= lo ? lower(tokens[c - 1]!) : '';
  if (c - 1 > lo && (prevWord === ',' || PARTICIPLE_PREPOSITIONS.has(prevWord)) && /ing$/.test(tokens[c]!.text)) {
    const subject = clauseSubject(tokens, lo, c - 1);
    const right = rightContent(tokens, c, hi, info);
    if (subject && right && !minor(tokens, right)) return { ...base, source: span(tokens, subject), content: right, contentSide: 'right' };
  }
  // Inverted: "..., said Kirby." / "“...,” said a spokesman for the ministry."
  const prev = c - 1 >= lo ? tokens[c - 1]!.text : '';
  // Only a finite verb inverts ("said Kirby"); "..., showing the ambassador" is a participle clause.
  if (/^[,”"’']$/.test(prev) && !/ing$/.test(tokens[c]!.text)) {
    const after = nounPhraseAfter(tokens, c + 1, hi);
    // The inverted source closes the clause: "..., said Kirby." / "..., said Kirby, adding ...".
    if (!after || (after.last < hi && !/^[.,;:!?]$/.test(tokens[after.last]!.text))) return null;
    const content = contentRange(tokens, lo, c);
    if (!content) return null;
    return { ...base, source: span(tokens, after), content, contentSide: 'left' };
  }
  return null;
}

/**
 * A relative pronoun that is the source stands for the noun phrase before it: "a British man who
 * said he was from MI6" is the man's claim, and "who" alone names no one; the source is "a British
 * man who" (PolNeAR marks the pronoun: span overlap keeps its match).
 */
function antecedentOf(tokens: readonly Token[], subject: TokenRange, lo: number): TokenRange {
  if (subject.last - subject.first !== 1 || !RELATIVE.has(lower(tokens[subject.first]!))) return subject;
  let end = subject.first - 1;
  if (end >= lo && tokens[end]!.text === ',') end--;
  const np = nounEndingAt(tokens, end, lo);
  // The span runs from the noun phrase through the pronoun: both are the source's words.
  return np ? { first: np.first, last: subject.last } : subject;
}

const RELATIVE = new Set(['who', 'which', 'that']);

/** Words after a cue that are circumstance, not content: "on Tuesday", "in a statement", "last week". */
function minor(tokens: readonly Token[], s: Span): boolean {
  const words: Token[] = [];
  for (let i = firstEndingAfter(tokens, s.start); i < tokens.length && tokens[i]!.start < s.end && words.length <= 7; i++) {
    if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) words.push(tokens[i]!);
  }
  if (words.length > 7) return false;
  const first = words[0] ? lower(words[0]) : '';
  return words.length <= 1 || /^(on|in|at|during|last|this|yesterday|today|tonight|earlier|later|recently|afterwards|via|through|to|before|after|when|while|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(first);
}

/** The cue is followed by a comma: "..., the source said, adding ..." puts the content on the left. */
function afterComma(tokens: readonly Token[], c: number, hi: number): boolean {
  return c + 1 < hi && tokens[c + 1]!.text === ',';
}

const MAX_QUOTE_BACK = 300;

/** The opening quote mark of the quotation that ends at token `end` (-1 when too far or absent). */
function openingQuoteBefore(tokens: readonly Token[], end: number): number {
  for (let k = end; k >= 0 && end - k <= MAX_QUOTE_BACK; k--) if (OPEN_QUOTES.has(tokens[k]!.text) && tokens[k]!.text !== "'") return k;
  return -1;
}

/** The token at k (a comma or a mark) ends a quotation: ” / " / ’ / '' or a comma right after one. */
function closesQuote(tokens: readonly Token[], k: number, lo: number): boolean {
  const t = tokens[k]!.text;
  if (CLOSE_QUOTES.has(t)) return true;
  return t === ',' && k - 1 >= lo && CLOSE_QUOTES.has(tokens[k - 1]!.text);
}

/** "Trump outlined his plan and vowed ...": a cue after "and" shares the clause's subject. */
function coordinatedSubject(tokens: readonly Token[], c: number, lo: number): TokenRange | null {
  let i = c - 1;
  while (i >= lo && isAuxiliary(tokens[i]!)) i--;
  if (i < lo || !/^(and|but|or)$/.test(lower(tokens[i]!))) return null;
  return clauseSubject(tokens, lo, i);
}

const LEADING_CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'perhaps', 'instead', 'indeed', 'also', 'then', 'now']);

/** The noun phrase that opens the clause [lo, end) and is followed by its verb: "Donald Trump is ...". */
export function clauseSubject(tokens: readonly Token[], lo: number, end: number): TokenRange | null {
  let i = lo;
  while (i < end && (OPEN_QUOTES.has(tokens[i]!.text) || LEADING_CONNECTIVES.has(lower(tokens[i]!)) || isAuxiliary(tokens[i]!) || tokens[i]!.text === ',')) i++;
  const np = nounPhraseAfter(tokens, i, end);
  if (np && np.last < end) return np;
  // An introductory phrase first ("During the speech, Trump attacked ..."): the subject follows its comma.
  for (let k = i; k < end && k - i <= MAX_INTRO; k++) {
    if (tokens[k]!.text !== ',') continue;
    const after = nounPhraseAfter(tokens, k + 1, end);
    return after && after.last < end ? after : null;
  }
  return null;
}

const MAX_INTRO = 12;
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'from', 'while', 'without', 'in', 'before', 'after', 'for']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CLAUSE_OPENERS = new Set([',', 'but', 'and', 'But', 'And', 'so', 'So', '—', ';', ':', '(']);
const MAX_APPOSITIVE = 30;

/**
 * "Richard Revesz, director of the Institute for Policy Integrity, said ...": a name, a comma,
 * an appositive or relative clause, a comma, the cue. The source is the whole phrase.
 */
function appositiveSubject(tokens: readonly Token[], c: number, lo: number): TokenRange | null {
  for (let k = c - 2; k > lo && c - k <= MAX_APPOSITIVE; k--) {
    const t = tokens[k]!;
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    const head = nounEndingAt(tokens, k - 1, lo);
    if (!head || head.last !== k) continue;
    const before = head.first > lo ? tokens[head.first - 1]!.text : '';
    const opener = head.first === lo || CLAUSE_OPENERS.has(before) || OPEN_QUOTES.has(before) || CLOSE_QUOTES.has(before);
    // A name opens the phrase; a lower-case head ("president of ...") may be an inner appositive.
    if (opener && /^\p{Lu}/u.test(tokens[head.first]!.text)) return { first: head.first, last: c - 1 };
  }
  return null;
}

/** "His views were echoed by tax experts": the source follows "by", the content is the subject. */
function passiveBy(tokens: readonly Token[], c: number, lo: number, hi: number): Pick<Report, 'source' | 'content' | 'contentSide'> | null {
  if (c + 1 >= hi || lower(tokens[c + 1]!) !== 'by' || !/ed$|wn$|en$/.test(lower(tokens[c]!))) return null;
  let j = c - 1;
  while (j >= lo && isAuxiliary(tokens[j]!) && !BE.has(lower(tokens[j]!))) j--;
  if (j < lo || !BE.has(lower(tokens[j]!))) return null;
  const source = nounPhraseAfter(tokens, c + 2, hi);
  const content = contentRange(tokens, lo, j);
  if (!source || !content) return null;
  return { source: span(tokens, source), content, contentSide: 'left' };
}

/** What follows the cue: skip the hearer ("told reporters"), "that", a colon; up to the sentence end. */
function rightContent(tokens: readonly Token[], c: number, hi: number, info: CueInfo): Span | null {
  let k = c + 1;
  if (HEARER_VERBS.has(info.lemma)) {
    const hearer = nounPhraseAfter(tokens, k, hi);
    const w = k < hi ? lower(tokens[k]!) : '';
    if (['him', 'her', 'them', 'us', 'me', 'you', 'reporters'].includes(w)) k++;
    else if (hearer) k = hearer.last;
  }
  if (k < hi && lower(tokens[k]!) === 'that') k++;
  return contentRange(tokens, k, hi);
}

function according(tokens: readonly Token[], i: number, lo: number, hi: number): Report | null {
  const source = nounPhraseAfter(tokens, i + 2, hi);
  if (!source) return null;
  const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
  const base = { cue, lemma: ACCORDING_LEMMA, speech: false, hedging: false };
  const left = contentRange(tokens, lo, i);
  if (left) return { ...base, source: span(tokens, source), content: left, contentSide: 'left' };
  const right = contentRange(tokens, source.last, hi);
  if (!right) return null;
  return { ...base, source: span(tokens, source), content: right, contentSide: 'right' };
}
