import { readFileSync } from 'node:fs';
import type { Arg } from '../../core/record.js';
import { lexicon, lexiconLines, packagePath } from '../../core/resources.js';
import { BE_FORMS, clauseWords } from './clause-words.js';
import { finishNounPhrase } from './clause.js';
import { makeArg, Ranked, timeStartsAt, type EventContext } from './context.js';
import { isPastForm, isVerb, lemma, verbFormsOf } from './verbs.js';
import { exactNumberWords } from './number-words.js';
import { addCauses, CAUSE_UNITS } from './causes.js';
import { addFireSpread } from './fire-spread.js';
import { addMishapWay } from './mishap-way.js';
import { addOccasions } from './occasion.js';
import { addComparisons, COMPARISON } from './change-compare.js';
import { addAnimalWay } from './animal-way.js';
import { addStrikeForm, labourStrike } from './strike-form.js';
import { addAsCauses, AS_CAUSE } from './as-cause.js';
import { addWeatherCause } from './weather-cause.js';
import { addTollMeans } from './toll-cause.js';
import { addStatedCauses, ARTICLES, isOwnNoun, OWN_CAUSE_FLOOR, WHY_BREAKS } from './stated-causes.js';

interface Cue {
  readonly words: readonly string[];
  readonly weight: number;
  readonly after?: ReadonlySet<string>;
  /** Only before an -ing form. */
  readonly gerund?: boolean;
  /** Only when the word found from `after` is a trigger of the event's own type ("protest against"). */
  readonly ownEvent?: boolean;
  /** Takes a noun phrase, which ends before an auxiliary or a modal ("strikes over pension reforms will ..."). */
  readonly noun?: boolean;
  /** A cue of purpose, which a report may state of the news itself (see statedPurpose). */
  readonly purpose: boolean;
  /** The answer starts after the cue, which only points at the cause ("findings pointed to a corroded pipe"). */
  readonly outside?: boolean;
  /** An investigation's finding ("initial findings showed"), read in every sentence of an incident's report. */
  readonly anywhere?: boolean;
  /** Read in headlines only ("Q1 profit jumps 41% on price hikes"; in the report "on" mostly dates or places: "rose on Monday"). */
  readonly title?: boolean;
}

interface CueFile {
  /** Word lists a cue's `after` names as "@name". */
  lists: Record<string, string[]>;
  cues: { cue: string; weight: number; after?: string[] | string; gerund?: boolean; ownEvent?: boolean; noun?: boolean; outside?: boolean; anywhere?: boolean; title?: boolean }[];
}

/** Cues of a purpose, which a report may state of the news itself, with "part of its strategy to" and the like (see statedPurpose). */
const PURPOSE_CUES = new Set(['meant to', 'intended to', 'designed to', 'aimed at', 'would give']);

let cues: Cue[] | undefined;
function whyCues(): Cue[] {
  if (cues) return cues;
  const file = JSON.parse(readFileSync(packagePath('resources', 'event', 'why-cues.json'), 'utf8')) as CueFile;
  const listed = (after: string[] | string): string[] => {
    if (Array.isArray(after)) return after;
    const list = file.lists[after.slice(1)];
    if (!after.startsWith('@') || !list) throw new Error(`why-cues.json: unknown list ${after}`);
    return list;
  };
  cues = file.cues.map((c) => {
    const words = c.cue.split(' ');
    const purpose = PURPOSE_CUES.has(c.cue) || words[0] === 'part';
    const after = c.after ? new Set(listed(c.after)) : undefined;
    return { words, weight: c.weight, after, gerund: c.gerund, ownEvent: c.ownEvent, noun: c.noun, purpose, outside: c.outside, anywhere: c.anywhere, title: c.title };
  });
  return cues;
}

let byFirst: Map<string, Cue[]> | undefined;
function cueIndex(): Map<string, Cue[]> {
  if (byFirst) return byFirst;
  const map = new Map<string, Cue[]>();
  for (const c of whyCues()) map.set(c.words[0]!, [...(map.get(c.words[0]!) ?? []), c]);
  byFirst = map;
  return map;
}

const BREAK = WHY_BREAKS;
const QUOTE_OPEN = new Set(['“', '"', "'", '‘']);
// "to save the boy who fell ...": a relative clause tells about a noun, not the cause.
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
const NEW_CLAUSE_AFTER_AND = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'this', 'that', 'there']);

/**
 * "for stopping momentum and the other for ...": "and"/"but" before a determiner or pronoun starts
 * another clause. After a cue that takes a noun phrase, "and the ..." joins a second noun unless a
 * verb follows it ("over unpaid arrears and the non-implementation of a new salary structure"; "over
 * pay and the union said ..." starts a clause).
 */
function newClause(ctx: EventContext, i: number, nounPhrase = false): boolean {
  const w = ctx.lower[i];
  if ((w !== 'and' && w !== 'but') || !NEW_CLAUSE_AFTER_AND.has(ctx.lower[i + 1] ?? '')) return false;
  if (!nounPhrase || w === 'but') return true;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 1 + JOINED_NOUN_REACH) && !BREAK.has(ctx.tokens[k]!.text); k++) {
    if (/^(?:VBD|VBZ|VBP|MD)$/.test(ctx.tokens[k]!.pos ?? '')) return true;
  }
  return false;
}

/** Words after "and" a verb is looked for in, to tell a second clause from a second noun (see newClause). */
const JOINED_NOUN_REACH = 5;

/**
 * Where a why phrase that started at token `start` ends, reading on from token `e`: at a break, a new
 * clause, the unit's end, or `maxTokens` after its start.
 */
function whyPhraseEnd(ctx: EventContext, u: { readonly tokenEnd: number }, start: number, e: number, nounPhrase = false, max = ctx.params.why.maxTokens): number {
  const from = e;
  // "an argument between Kettering and the man ...": the "and" of a pair after "between" joins it.
  let between = false;
  while (e < u.tokenEnd && e - start < max && !BREAK.has(ctx.tokens[e]!.text) && !RELATIVE.has(ctx.lower[e]!)) {
    if (between && ctx.lower[e] === 'and') between = false;
    else if (newClause(ctx, e, nounPhrase)) break;
    if (ctx.lower[e] === 'between') between = true;
    e++;
  }
  // Cut by the length cap, a phrase does not end on a preposition or article. Inside a noun's
  // complement ("transition of", "close to the") it reads on to the complement's next content word,
  // up to three words ("transition of power"); before an adverbial ("during the") it stops.
  // ("for raising prices on bottled water, batteries, generators and gas cans": a list's comma goes on.)
  const list = ctx.tokens[e]?.text === ',' ? listEnd(ctx, e, u.tokenEnd) : 0;
  if (list > 0) return list;
  if (e - start < max) return e; // ended at a break: a last "over", "in" is the verb's particle ("tipped over")
  const cap = e;
  const inComplement = () => COMPLEMENT.has(ctx.lower[e - 1]!) || (DETERMINERS.has(ctx.lower[e - 1]!) && COMPLEMENT.has(ctx.lower[e - 2] ?? ''));
  while (e < u.tokenEnd && e - cap < 3 && inComplement() && !BREAK.has(ctx.tokens[e]!.text) && !QUOTE_OPEN.has(ctx.tokens[e]!.text)) e++;
  // Cut inside a noun phrase ("after a fight in a German | court", "the Royal | Albert Hall"): it is
  // finished when a few more tagged words do it.
  e = finishNounPhrase(ctx.tokens, e, u.tokenEnd);
  // ... but a preposition right after a verb is its particle ("tipped over").
  while (e > from + 1 && DANGLING.has(ctx.lower[e - 1]!) && !(PARTICLES.has(ctx.lower[e - 1]!) && isVerb(ctx.tokens, e - 2))) e--;
  // Cut inside a clause, on a word that wants more ("after it said it would | not make a profit",
  // "because they say calls must be | paid"): it reads on to the first word that can end a phrase
  // (a noun, a participle, a pronoun), up to WHY_FINISH words; when none comes, it stays as it was.
  if (!WANTS_MORE.has(ctx.lower[e - 1]!)) return e;
  for (let k = e; k < u.tokenEnd && k < e + WHY_FINISH && !BREAK.has(ctx.tokens[k]!.text); k++) {
    const tag = ctx.tokens[k]!.pos ?? '';
    if (!WANTS_MORE.has(ctx.lower[k]!) && ENDS_PHRASE.test(tag) && (tag !== 'PRP' || OBJECT_PRONOUNS.has(ctx.lower[k]!))) return finishNounPhrase(ctx.tokens, k + 1, u.tokenEnd);
  }
  return e;
}

/**
 * Where a finding an `outside` cue points at ends: its whole clause, read on past a relative clause
 * set off by commas ("found that the bus driver, who is among the injured, is believed to have
 * dozed off at the wheel").
 */
function findingEnd(ctx: EventContext, u: { readonly tokenEnd: number }, start: number, e: number, nounPhrase = false): number {
  e = whyPhraseEnd(ctx, u, start, e, nounPhrase, FINDING_MAX_TOKENS);
  if (ctx.tokens[e]?.text !== ',' || !RELATIVE.has(ctx.lower[e + 1] ?? '')) return e;
  let close = e + 2;
  while (close < u.tokenEnd && close - e <= FINDING_MAX_TOKENS / 2 && !BREAK.has(ctx.tokens[close]!.text)) close++;
  if (ctx.tokens[close]?.text !== ',' || close + 1 >= u.tokenEnd) return e;
  return whyPhraseEnd(ctx, u, close + 1 - (e - start), close + 1, nounPhrase, FINDING_MAX_TOKENS);
}

/** Words of a finding an `outside` cue points at ("findings showed the bus had suffered brake failure on the long descent"). */
const FINDING_MAX_TOKENS = 20;

/** Words a why phrase may take to finish a clause the length cap cut. */
const WHY_FINISH = 5;

/** Words a clause does not end on: auxiliaries, modals, negation, complementisers, verbs of saying. */
const WANTS_MORE = new Set(['not', 'be', 'been', 'being', 'would', 'will', 'could', 'should', 'can', 'must', 'may', 'might', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'to', 'that', 'which', 'who', 'said', 'says', 'told', 'say']);

/** Pronouns a phrase can end on: objects ("told her"), not subjects ("said it | would"). */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'us']);

/** Tags a phrase can end on: a noun, a participle or past form, an object pronoun, a number, an adjective or adverb. */
const ENDS_PHRASE = /^(?:NN|VBN|VBD|VBG|PRP$|CD|JJ|RB$)/;

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', 'has', 'have', 'had']);

/** Pronouns that open a relative clause right after its noun. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'that', 'which', 'who']);

/**
 * "over pension reforms will take place": a noun phrase ends before an auxiliary or a modal, and
 * without a pronoun left dangling there ("over claims he was ..." -> "over claims").
 */
function beforeAuxiliary(ctx: EventContext, from: number, e: number, relative = false): number {
  for (let k = from; k < e; k++) {
    if (!AUXILIARIES.has(ctx.lower[k]!)) continue;
    // ("points to a chicken pastilla that was prepared in the afternoon ...": what a finding points
    // at keeps its relative clause, whose auxiliary is no verb of the sentence.)
    // (Not one set off by a comma: ", which was believed to" comments on it.)
    if (relative && k > from + 1 && RELATIVE_PRONOUNS.has(ctx.lower[k - 1]!) && ctx.tokens[k - 2]!.text !== ',') continue;
    while (k > from && CLAUSE_SUBJECTS.has(ctx.lower[k - 1]!)) k--;
    // ("... for hours before | it was served": a word left wanting what was cut goes too.)
    while (k > from + 1 && DANGLING.has(ctx.lower[k - 1]!)) k--;
    return k;
  }
  return e;
}

const PARTICLES = new Set(['over', 'in', 'on', 'off', 'out', 'up', 'down', 'about', 'through']);

// Prepositions that join a noun to its complement ("transition of power", "costs for ingredients").
const COMPLEMENT = new Set(['of', 'for', 'to']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Words a why phrase does not end on.
const DANGLING = new Set([...DETERMINERS, 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'during', 'after', 'before', 'since', 'until', 'near', 'over', 'under', 'about', 'against', 'between', 'through', 'amid', 'despite', 'without', 'within', 'and', 'or', 'but', 'as']);

/**
 * Whether a cue found at token i applies: its verb ("after") within the six words before (for an
 * `ownEvent` cue, the event's type must be triggered by one of those words too: "protesters marched
 * ... against" a tax tells a protest's cause, a shooting "near the protest against X" has none), and, for a gerund-only cue, an -ing form right after it ("blames X for stopping momentum" tells what X
 * did; in "blames X for the defeat" the defeat is the outcome, not a cause).
 */
function cueApplies(ctx: EventContext, from: number, i: number, c: Cue, triggers: ReadonlySet<string>): boolean {
  if (c.words.length === 1 && (c.words[0] === 'for' || c.words[0] === 'over') && isDuration(ctx, i + 1)) return false;
  // "due to be sworn in", "due to meet": before a bare verb "due to" schedules, it gives no cause.
  if (c.words.length === 2 && c.words[0] === 'due' && c.words[1] === 'to' && isBareVerb(ctx, i + 2) && lemma(ctx.lower[i + 2] ?? '') === ctx.lower[i + 2]) return false;
  if (c.gerund && !/^\p{Ll}+ing$/u.test(ctx.tokens[i + c.words.length]?.text ?? '')) return false;
  if (!c.after) return true;
  if (c.ownEvent && !readsAsOwnEvent(c.after, triggers)) return false;
  // "sentenced a former town mayor to 40 years in prison for pocketing ...": before an -ing form,
  // "for" gives the reason of a verb further back.
  // ("for outgoing vice governor": an -ing adjective, tagged so, is no gerund.)
  const next = ctx.tokens[i + 1];
  const gerund = !!next && /^\p{Ll}+ing$/u.test(next.text) && (next.pos === undefined || next.pos === 'VBG');
  const reach = c.words.length === 1 && c.words[0] === 'for' && gerund ? GERUND_REACH : 6;
  for (let b = Math.max(from, i - reach); b < i; b++) {
    const base = lemma(ctx.tokens[b]!.text);
    if (!c.after.has(base ?? ctx.lower[b]!)) continue;
    // A verb of going as a verb: "head for home", not "head of rescue operations for the agency",
    // "the go-ahead for" (a noun of judging or protest counts as it is: "praise for", "strikes
    // over"). Not in a title, whose tags are not trusted.
    const pos = ctx.tokens[b]!.pos;
    if (base !== undefined && GOING.has(base) && pos !== undefined && !pos.startsWith('VB') && !inTitle(ctx, b)) continue;
    // Past six words only a verb that passes judgement reaches its reason ("sentenced ... for
    // pocketing"), not one of going ("who heads the alliance, had 47.2% against 38.9% for outgoing ...").
    if (i - b > 6 && !JUDGING.has(base ?? ctx.lower[b]!)) continue;
    return true;
  }
  return false;
}

/** The object right after a verb of saying at token k is a noun of the news ("announced the decision", "unveiled its plan"). */
function announcesNews(ctx: EventContext, k: number): boolean {
  const at = DETERMINERS.has(ctx.lower[k] ?? '') ? k + 1 : k;
  return PURPOSE_NEWS_NOUNS.has(ctx.lower[at] ?? '');
}

/**
 * Nouns that name the news of a business or policy story: what a purpose may be stated of. (Two
 * lists of news nouns live beside it, each for its own rule, and differ on purpose: stated-causes.ts's
 * FOLLOWING_NEWS_NOUNS, news that "follows" a cause, and CHANGE_NOUNS below, a change whose cause
 * the story states.)
 */
const PURPOSE_NEWS_NOUNS = new Set(['deal', 'acquisition', 'investment', 'merger', 'purchase', 'takeover', 'move', 'decision', 'agreement', 'plan', 'sale', 'stake', 'increase', 'rise', 'hike', 'cut', 'change', 'expansion', 'partnership', 'project', 'programme', 'program', 'law', 'bill', 'policy', 'measure', 'reform', 'ban', 'plant', 'factory']);

/** How many words before a purpose cue its news noun may stand ("the deal was meant to", "the acquisition was also part of"). */
const STATED_REACH = 4;

/**
 * A purpose cue whose subject is the news itself: "the deal was meant to expand ...", "the
 * investment is intended to supply ...", "the acquisition was part of its strategy to ...": a noun
 * of the news and a form of "be" within a few words before the cue ("the deal would give ...": the
 * noun right before it).
 */
function statedPurpose(ctx: EventContext, from: number, i: number, c: Cue): boolean {
  if (!c.purpose) return false;
  // "the purchase would give it a ready market": the modal stands for the copula, the noun right before it.
  if (c.words[0] === 'would') return PURPOSE_NEWS_NOUNS.has(ctx.lower[i - 1] ?? '');
  let copula = false;
  for (let b = i - 1; b >= Math.max(from, i - STATED_REACH); b--) {
    const w = ctx.lower[b]!;
    if (w === 'is' || w === 'was' || w === 'are' || w === 'were' || w === "'s" || w === '’s') copula = true;
    else if (copula && PURPOSE_NEWS_NOUNS.has(w)) return true;
  }
  return false;
}

/** How many words before a strong cue the event's own noun may stand ("the fire was believed to have been caused by"). */
const OWN_CAUSE_REACH = 8;

/** An investigation's finding in an incident's report scores at least this many times the weakest answer that counts. */
const FINDING_FLOOR = 1.5;

/**
 * A strong cue stated of the event itself, wherever the report states it: a word that triggered
 * the event's type, then a form of "be", within a few words before the cue, in one clause ("the
 * fire was believed to have been caused by an unattended candle", "the strike was called because
 * the government had failed to pay ..."). Read in any story: the event's own noun as the subject
 * ties the cause to the news, not to a remark.
 */
function ownCause(ctx: EventContext, from: number, i: number, c: Cue, triggers: ReadonlySet<string>): boolean {
  if (c.weight < STRONG_CUE || c.after) return false;
  let copula = false;
  for (let b = i - 1; b >= Math.max(from, i - OWN_CAUSE_REACH); b--) {
    const w = ctx.lower[b]!;
    if (BREAK.has(ctx.tokens[b]!.text)) return false;
    if (COPULAS.has(w)) copula = true;
    // ("the slowdown was mainly the result of ...", "the drop in earnings was mainly due to ...": a
    // change the news reports is its own event too.)
    else if (copula && (isOwnNoun(w, triggers) || CHANGE_NOUNS.has(w))) return DETERMINERS.has(ctx.lower[b - 1] ?? '');
  }
  return false;
}

/** Nouns of a change a story reports (a fall, a rise, a slowdown), whose cause it states of its own news. */
const CHANGE_NOUNS = new Set(['slowdown', 'decline', 'growth', 'loss', 'losses', 'delay', 'delays', 'shortage', 'surge', 'jump', 'slump', 'fall', 'drop', 'rise', 'increase', 'decrease', 'cut', 'hike', 'reduction', 'contraction', 'downturn', 'recovery', 'rebound']);


/** Token i lies in the title. */
function inTitle(ctx: EventContext, i: number): boolean {
  const title = ctx.units.find((u) => u.kind === 'title');
  return !!title && i >= title.tokenStart && i < title.tokenEnd;
}

/** Verbs of going, whose nouns ("the head of", "the go-ahead", "a land") give no reason. */
const GOING = new Set(['head', 'go', 'come', 'land', 'travel', 'fly', 'arrive', 'meet', 'return', 'visit']);

/** Verbs that pass judgement on someone for a reason: "for" + an -ing form reaches them from afar. */
const JUDGING = new Set(['accuse', 'criticise', 'criticize', 'praise', 'hail', 'arrest', 'charge', 'sue', 'condemn', 'fine', 'jail', 'sentence', 'fire', 'apologise', 'apologize', 'blame']);

/** How far back "for" + an -ing form looks for its verb of judging (see cueApplies): "sentenced former VROMI inspector R.J.L. (51) to 20 months in prison, eight of them suspended, for accepting bribes". */
const GERUND_REACH = 26;

/** A source's reason to stay unnamed ("not authorised to speak to the media"). */
const NOT_AUTHORISED = /\b(?:not|n't)\s(?:authori[sz]ed|allowed|permitted|cleared)\sto\s(?:speak|talk|comment|discuss|brief)/i;

/** Whether a word that triggered the event's type is one of `words` (as written, its lemma or its singular). */
function readsAsOwnEvent(words: ReadonlySet<string>, triggers: ReadonlySet<string>): boolean {
  for (const t of triggers) if (words.has(t) || words.has(lemma(t) ?? t) || words.has(t.replace(/s$/, ''))) return true;
  return false;
}

/** Cues read past the main event's sentences: those that state a cause outright ("caused by", "because of"). */
const STRONG_CUE = 1;

/** Verbs of a toll: an "after" clause with one tells the toll growing ("after a boy died"), no cause. */
const TOLL_VERBS = new Set(['died', 'dies', 'succumbed', 'succumbs']);

/** Words after "believed to have started" that the stated causes read on their own ("with", "when"). */
const STARTED_BY = new Set(['with', 'when', 'after']);

/** What a market moves "on" that is an occasion, not a cause ("on debut", "on the day", "on the month"). */
const ON_OCCASIONS = new Set(['debut', 'day', 'week', 'month', 'year', 'quarter', 'open', 'opening', 'close', 'closing', 'average', 'basis']);

/** Verbs (and nouns) of something starting or ending: an "after" clause with one tells when ("after the shift began", "shortly after take-off"). */
const PHASE_VERBS = new Set(['began', 'begun', 'begins', 'started', 'starts', 'ended', 'ends', 'finished', 'opened', 'closed', 'resumed', 'take-off', 'takeoff', 'departure', 'kick-off', 'kickoff']);

/** Verbs of a journey's start, after "after" (see departsAt). */
const DEPARTING = new Set(['leave', 'depart', 'sail']);
/** Words of an "after" clause before its verb of departing ("after it left", "after the bus left"). */
const DEPARTURE_REACH = 4;

/** An "after" clause from token k to e that tells a journey's start: "leaving X", "it left X", "taking off", "setting sail". */
function departsAt(ctx: EventContext, k: number, e: number): boolean {
  const { lower } = ctx;
  for (let j = k; j < e && j <= k + DEPARTURE_REACH; j++) {
    const w = lower[j]!;
    const l = lemma(w);
    if ((l !== undefined && DEPARTING.has(l) && w !== 'leaves') || ((l === 'take' || l === 'set') && (lower[j + 1] === 'off' || lower[j + 1] === 'sail'))) return true;
  }
  return false;
}

/** Words between "for" and a unit of time ("for the first time", "for two hours", "for almost an hour", "for more than a week"). */
const DURATION_MODIFIERS = new Set(['the', 'a', 'an', 'two', 'three', 'four', 'five', 'six', 'several', 'many', 'some', 'few', 'first', 'second', 'third', 'last', 'next', 'final', 'past', 'coming', 'almost', 'nearly', 'about', 'around', 'roughly', 'more', 'than', 'over']);

/**
 * "for the first time", "for two hours", "jailed for ten years", "for good", "over the past decade",
 * "over the weekend": "for" or "over" before a span of time or an occasion counts, it gives no reason.
 */
function isDuration(ctx: EventContext, i: number): boolean {
  return durationWordAt(ctx, i) >= 0;
}

/** The token of the unit of time a span starting at token i names ("the first time", "six years"), or -1. */
function durationWordAt(ctx: EventContext, i: number): number {
  let k = i;
  while (k < i + 3 && (DURATION_MODIFIERS.has(ctx.lower[k] ?? '') || exactNumberWords().has(ctx.lower[k] ?? '') || /^\d+$/.test(ctx.lower[k] ?? ''))) k++;
  return lexicon('duration-words').has(ctx.lower[k] ?? '') ? k : -1;
}

/** A trigger word of the event's type, or an inflection of one ("overturns", "derailed"), in tokens [from, to). */
function hasTriggerIn(ctx: EventContext, from: number, to: number, triggers: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) {
    const w = ctx.lower[i]!;
    if (triggers.has(w) || triggers.has(lemma(w) ?? '')) return true;
  }
  return false;
}

/**
 * "Why": a causal cue ("because", "due to", "in revenge for", "blames X for ...") and the rest of
 * its clause; for violent events, also what the perpetrator shouted (a quoted slogan is the
 * stated motive). Scored by cue weight and position.
 */
export function whyCandidates(
  ctx: EventContext,
  violent: boolean,
  triggers: ReadonlySet<string> = new Set(),
  mishap = false,
  incident = false,
  /** The nouns a cause may be stated of as the event's own ("the shooting appeared to have started with"): by default the triggers found. */
  ownNouns: ReadonlySet<string> = triggers,
  /** A sport story: "beat Porto to win the cup" tells what a win brought, no purpose (see addPurposes). */
  sport = false,
): Arg[] {
  const p = ctx.params.why;
  const ranked = new Ranked();
  const { tokens, text } = ctx;
  // An incident's report states its cause outright wherever it tells it ("Investigators said the
  // blast was caused by ..." in the ninth sentence): strong cues are read on past the sentences the
  // main event is read from, over those causes are read from, and scored at least as the weakest
  // answer that counts. (In other stories a late "because" mostly explains a remark, not the event.)
  // In any story, the purpose a report states of the news itself is read as far ("Ghaf said the
  // deal was meant to expand its renewables portfolio", in the twelfth sentence).
  // An investigation's finding ("initial findings showed the bus had suffered brake failure") is
  // read to the report's end: it often closes it.
  // In any story, a cause stated of the news's own change is read to the report's end ("The Chief
  // Statistician said the slowdown was mainly the result of weaker exports", in the ninth paragraph).
  ctx.allUnits.forEach((u, k) => {
    const beyond = k >= ctx.units.length;
    const late = k >= Math.max(ctx.units.length, CAUSE_UNITS);
    const w = ctx.weight(u);
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const options = cueIndex().get(ctx.lower[i]!);
      if (!options) continue;
      const readable = (c: Cue) => (!c.title || u.kind === 'title') && ((late ? incident && !!c.anywhere : !beyond || (incident && c.weight >= STRONG_CUE) || statedPurpose(ctx, u.tokenStart, i, c)) || ownCause(ctx, u.tokenStart, i, c, ownNouns));
      const cueAt = (j: number) => cueIndex().get(ctx.lower[j] ?? '')?.find((c) => c.words.every((word, k) => ctx.lower[j + k] === word) && readable(c) && cueApplies(ctx, u.tokenStart, j, c, triggers));
      const cue = cueAt(i);
      if (!cue) continue;
      // ("believed to have started with a lithium-ion battery", "... started when sparks ...": what it
      // started with or when is read as a stated cause, without the hedge; see stated-causes.ts.)
      if (cue.words[cue.words.length - 1] === 'started' && STARTED_BY.has(ctx.lower[i + cue.words.length] ?? '')) continue;
      // ("arrested on suspicion of causing the fire by burning dry grass": a cue right before one that
      // points at the cause, "causing the fire by", yields to it; the cause is what that one tells.)
      if (cueAt(i + cue.words.length)?.outside) continue;
      // ("booked into the county jail on suspicion of murder": in a violent or accidental event, the
      // charge a suspect is held on says why they were held, not why the event happened.)
      if ((violent || mishap) && cue.words.join(' ') === 'on suspicion of') continue;
      // ("Report informs, citing the Azerbaijani Foreign Ministry": "citing" a source names whom
      // the report comes from, not a reason; "citing a rise in ..." gives one.)
      if (cue.words.length === 1 && cue.words[0] === 'citing' && citesSource(ctx, i + 1)) continue;
      let e = i + cue.words.length;
      // 'driven by "higher costs"': the quoted cause runs on.
      if (e < u.tokenEnd && QUOTE_OPEN.has(tokens[e]!.text)) e++;
      // A long cue is mostly function words ("in a bid to"): the length cap counts from its last
      // two, so "in a bid to become the largest operator" is not cut at "become".
      // A finding the cue only points at is told as a whole clause: it runs to the clause's end.
      // So is a cause stated of the event itself ("the strike was called because the government had
      // failed to pay ... and had not reviewed ...").
      const own = ownCause(ctx, u.tokenStart, i, cue, ownNouns);
      e = cue.outside || own ? findingEnd(ctx, u, i + cue.words.length, e, cue.noun) : whyPhraseEnd(ctx, u, i + Math.max(0, cue.words.length - 2), e, cue.noun);
      if (cue.noun) e = beforeAuxiliary(ctx, i + cue.words.length, e, cue.outside);
      // ('driven by a "significant" rise': a phrase cut before a quoted word is no answer.)
      if (e <= i + cue.words.length || QUOTE_OPEN.has(tokens[e - 1]!.text) || (e < u.tokenEnd && QUOTE_OPEN.has(tokens[e]!.text) && ARTICLES.has(ctx.lower[e - 1]!))) continue;
      // "a car driven by Ghulam Fareed": a participle's agent, not a cause.
      const agent = tokens[i + cue.words.length]!;
      if (cue.noun && cue.words[cue.words.length - 1] === 'by' && ctx.mentionTypeAt(agent.start, agent.end) === 'PERSON') { i = e - 1; continue; }
      const weak = cue.weight < 0.7;
      // "Several dead after tram overturns": after a weak cue the event itself, told again, is not its cause.
      // (Not a market's move "on price hikes": there the cue's phrase is the cause, whatever its words.)
      if (weak && cue.words[0] !== 'on' && hasTriggerIn(ctx, i + cue.words.length, e, triggers)) { i = e - 1; continue; }
      // "shortly after 9am", "after Monday's vote": a weak cue right before a time dates, it does not explain.
      if (weak && timeStartsAt(ctx, tokens[i + cue.words.length]!.start)) { i = e - 1; continue; }
      // "after six years", "after 31 minutes": a span of time dates the event too ("after days of
      // demonstrations" may give a cause: what the days were of).
      const span = weak && cue.words[0] === 'after' ? durationWordAt(ctx, i + 1) : -1;
      if (span >= 0 && ctx.lower[span + 1] !== 'of') { i = e - 1; continue; }
      // "after the morning shift began", "after the match ended": a clause of something starting or
      // ending dates the event, it does not explain it.
      if (weak && cue.words[0] === 'after' && ctx.lower.slice(i + 1, e).some((x) => PHASE_VERBS.has(x))) { i = e - 1; continue; }
      // "after leaving Munshiganj for Chandpur", "after taking off from Van Nuys Airport", "after it
      // left Mpeketoni": a journey's start dates the mishap on the way, it does not explain it.
      if (weak && cue.words[0] === 'after' && departsAt(ctx, i + 1, e)) { i = e - 1; continue; }
      // "shares soar on debut", "rose on the day": after "on" an occasion, no cause.
      if (cue.words[0] === 'on' && ctx.lower.slice(i + 1, e).some((x) => ON_OCCASIONS.has(x))) { i = e - 1; continue; }
      // In sport "on" tells where or how a game went ("surges clear on the Embankment", "won on
      // penalties"), no cause; nor does "to" after "came back" tell a purpose ("came back from two
      // sets down to beat Chuuk": what the comeback brought, see WINNING_RESULTS).
      if (sport && cue.words.length === 1 && (cue.words[0] === 'on' || (cue.words[0] === 'to' && winningResultAt(ctx, i + 1)))) { i = e - 1; continue; }
      // "started walking after it, putter raised": a pronoun alone after "after" is what someone went after, no cause.
      if (cue.words[0] === 'after' && e === i + 2 && (OBJECT_PRONOUNS.has(ctx.lower[i + 1]!) || ctx.lower[i + 1] === 'it')) { i = e - 1; continue; }
      // "named after the mountain's Tetum name", "named Cyrtodactylus tatamailau after ...": what a name comes from, no cause.
      if (cue.words[0] === 'after' && namedBefore(ctx, i)) { i = e - 1; continue; }
      // "a 41 percent rise in profit after tax": "after tax" is an accounts' measure, no cause.
      if (cue.words[0] === 'after' && (ctx.lower[i + 1] === 'tax' || ctx.lower[i + 1] === 'taxes' || ctx.lower[i + 1] === 'taxation')) { i = e - 1; continue; }
      // "rose to five after a 17-year-old boy died in hospital": a death after the event is its
      // toll growing, not its cause.
      if (weak && cue.words[0] === 'after' && ctx.lower.slice(i + 1, e).some((x) => TOLL_VERBS.has(x))) { i = e - 1; continue; }
      // Weak cues ("after", "over", "amid") as often introduce a time or a topic as a cause.
      // "spoke on condition of anonymity because he was not authorised to speak": why a source is
      // unnamed, not why the event happened.
      if (NOT_AUTHORISED.test(text.slice(tokens[i]!.start, tokens[e - 1]!.end))) { i = e - 1; continue; }
      const score = w * cue.weight * (weak ? p.weakCue : 1);
      const from = cue.outside ? i + cue.words.length : i;
      const stated = own || (incident && cue.weight >= STRONG_CUE) || statedPurpose(ctx, u.tokenStart, i, cue);
      // Stated of the event itself, a cause outranks one a report's far sentences state of something else.
      // So does what an investigation found in an incident ("preliminary investigations showed that
      // the fire was likely caused by ..."), over a purpose or circumstance near the top.
      const floor = own ? p.minScore * OWN_CAUSE_FLOOR : incident && cue.anywhere ? p.minScore * FINDING_FLOOR : p.minScore;
      ranked.add(makeArg(text, tokens[from]!.start, tokens[e - 1]!.end, stated ? Math.max(score, floor) : score));
      i = e - 1;
    }
  });
  addPurposes(ctx, ranked, sport);
  addStatedReasons(ctx, ranked);
  addCircumstances(ctx, ranked);
  // ", as demand for high-bandwidth chips pushed up prices and sales": a clause of cause after "as".
  if (!sport && !incident) addAsCauses(ctx, ranked, p.cause * AS_CAUSE);
  addMotives(ctx, ranked);
  // Blame and credit stated outright are read to the report's end, as a whole clause.
  addStatedCauses(ctx, ranked, ctx.allUnits, ownNouns, (u, start, e) => whyPhraseEnd(ctx, u, start, e, true, FINDING_MAX_TOKENS));
  if (ctx.params.why.cause > 0) addCauses(ctx, ranked, mishap, (u, start, e) => whyPhraseEnd(ctx, u, start, e), triggers);
  if (incident && [...triggers].some((w) => WEATHER_DISASTERS.has(w))) addWeatherCause(ctx, ranked, p.cause);
  if (violent) {
    const perpetrators = lexicon('perpetrator-nouns');
    const quotes = ctx.doc.maybe('quotes');
    ctx.units.forEach((u, k) => {
      const c = ctx.clauses[k]!;
      const subj = c.subject ? tokens.slice(c.subject[0], c.subject[1]).some((t) => perpetrators.has(t.text.toLowerCase())) : false;
      const found = quotes
        ? quotes.filter((q) => q.start >= u.start && q.start < u.end && q.speaker && perpetrators.has(lastWord(q.speaker.text)))
        : subj ? quoted(text, u.start, u.end) : [];
      for (const q of found) ranked.add(makeArg(text, q.start, q.end, ctx.weight(u) * p.quote));
    });
  }
  return ranked.list().filter((a) => a.score >= p.minScore);
}

/**
 * The noun phrase at token k names a source: past a determiner and adjectives or a people's name,
 * a person or an organisation ("the Azerbaijani Foreign Ministry", "Reuters") or a source noun
 * ("officials", "sources", "a police spokesman").
 */
function citesSource(ctx: EventContext, k: number): boolean {
  const sources = lexicon('source-nouns');
  const institutions = lexicon('institution-heads');
  for (let j = k; j < Math.min(ctx.tokens.length, k + 4); j++) {
    const t = ctx.tokens[j]!;
    const type = ctx.mentionTypeAt(t.start, t.end);
    // (A capitalised institution's head NER left untyped counts: "the Azerbaijani Foreign Ministry".)
    if (type === 'PERSON' || type === 'ORG' || sources.has(ctx.lower[j]!) || (/^\p{Lu}/u.test(t.text) && institutions.has(ctx.lower[j]!))) return true;
    if (!(DETERMINERS.has(ctx.lower[j]!) || t.pos === 'JJ' || type === 'NORP' || type === 'GPE' || t.pos?.startsWith('NN'))) return false;
  }
  return false;
}

/** Words of a quotation a stated reason reads on through to its closing mark; and those marks. */
const QUOTED_REASON = 8;
export const QUOTE_CLOSE: ReadonlySet<string> = new Set(['”', '"', "'", '’']);

/** Verbs after which, past a comma, the doer's own words give the reason ("vetoed the bill, saying it would ..."). */
const GIVING_REASON = new Set(['saying', 'arguing', 'explaining', 'insisting', 'ruling', 'finding']);

/**
 * The reason the doer gives for what it did, told after its clause: "Gov. Seeley on Friday vetoed a
 * bill that would have let counties tax rentals, saying it would hurt the tourism economies", "the
 * regulator blocked the takeover, saying the deal would have left pet owners with fewer choices".
 * The answer is what was said (after "that", if any). Not after a verb of saying itself ("said
 * ..., adding") nor inside a quotation; counted as a purpose is.
 */
function addStatedReasons(ctx: EventContext, ranked: Ranked): void {
  const report = clauseWords('report');
  ctx.units.forEach((u, k) => {
    const c = ctx.clauses[k]!;
    // (A verb of saying only when what it made known is the news: "announced the decision ..., saying inflation had risen".)
    if (!c.verb || !c.lemma || (report.has(c.lemma) && !announcesNews(ctx, c.verb[1]))) return;
    for (let i = c.verb[1]; i < u.tokenEnd - 2; i++) {
      if (ctx.tokens[i]!.text !== ',' || !GIVING_REASON.has(ctx.lower[i + 1]!) || ctx.inQuote(ctx.tokens[i]!.start)) continue;
      const from = ctx.lower[i + 2] === 'that' ? i + 3 : i + 2;
      if (from >= u.tokenEnd) return;
      let e = whyPhraseEnd(ctx, u, from, from + 1);
      // Stopped at a quotation ('saying they are a "ludicrous improbability"'): its words are the reason's end.
      if (e < u.tokenEnd && QUOTE_OPEN.has(ctx.tokens[e]!.text)) {
        let close = e + 1;
        while (close < u.tokenEnd && close - e <= QUOTED_REASON && !QUOTE_CLOSE.has(ctx.tokens[close]!.text)) close++;
        if (close < u.tokenEnd && QUOTE_CLOSE.has(ctx.tokens[close]!.text)) e = close + 1;
      }
      ranked.add(makeArg(ctx.text, ctx.tokens[from]!.start, ctx.tokens[e - 1]!.end, ctx.weight(u) * ctx.params.why.purpose));
      return;
    }
  });
}

/**
 * A purpose infinitive: "to" + a bare verb after the object of a sentence's main verb ("increased
 * the gaps to make them lighter", "sit down to discuss the transition") states why. Not straight
 * after a verb ("failed to finish", "has to leave") nor after a word it completes ("a decision to
 * reopen", "able to win").
 */
function addPurposes(ctx: EventContext, ranked: Ranked, sport = false): void {
  const p = ctx.params.why;
  const blockers = lexicon('purpose-blockers');
  const { tokens, text } = ctx;
  ctx.units.forEach((u, k) => {
    const c = ctx.clauses[k]!;
    if (!c.verb) return;
    for (let i = c.verb[1]; i < u.tokenEnd - 1; i++) {
      if (ctx.lower[i] !== 'to' || !isBareVerb(ctx, i + 1) || ctx.inQuote(tokens[i]!.start)) continue;
      // Straight after the clause's verb "to" completes it ("votes to ban", "failed to finish"), but
      // for a passive of PURPOSE_PASSIVES ("was created to mark").
      if (i === c.verb[1] && !passiveOfPurpose(ctx, i - 1)) continue;
      // A headline's capitals mislead the tagger ("Trample Three Villagers to Death", "Rushed to Hospital").
      if (u.kind === 'title' && PLACES_OF_FATE.has(ctx.lower[i + 1]!)) continue;
      // "beat Porto 2-1 to win the Portuguese Cup", "came from two sets down to retain the crown":
      // in sport an infinitive of winning tells what the win brought, not why anyone played.
      // ("won the final 6-3, 6-0 to love": a set's score.)
      if (sport && (winningResultAt(ctx, i + 1) || ctx.lower[i + 1] === 'love')) continue;
      const prev = tokens[i - 1]!;
      // ("The carpet was created to mark the holiday": after a passive of making or doing, "to" is a purpose.)
      if (blockers.has(ctx.lower[i - 1]!) || ctx.lower[i - 1] === 'to' || (isVerb(tokens, i - 1) && !passiveOfPurpose(ctx, i - 1)) || BREAK.has(prev.text)) continue;
      if (objectInfinitive(ctx, c.verb[0], i) || resultInfinitive(ctx, i) || rankedInfinitive(ctx, i) || afterClockTime(ctx, i) || onlyTimeBetween(ctx, c.verb[1], i)) continue;
      const e = whyPhraseEnd(ctx, u, i, i + 2);
      ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, ctx.weight(u) * p.purpose));
      return;
    }
  });
}

/**
 * Verbs whose passive is done for an end that "to" then states: "was created to mark the holiday",
 * "the changes were needed to speed up the projects", "troops were deployed to restore order".
 * (Not verbs of being made to: "was forced to", "was told to", "is expected to".)
 */
const PURPOSE_PASSIVES = new Set([
  'create', 'design', 'build', 'hold', 'organise', 'organize', 'launch', 'introduce', 'deploy', 'need', 'establish', 'stage',
  'develop', 'install', 'erect', 'unveil', 'dispatch', 'mobilise', 'mobilize', 'form', 'commission', 'draft', 'write',
  'produce', 'weave', 'paint', 'plant', 'convene', 'set up', 'use',
]);

/** Token v is the participle of a passive of PURPOSE_PASSIVES ("was created", "were urgently needed"). */
function passiveOfPurpose(ctx: EventContext, v: number): boolean {
  const { lower, tokens } = ctx;
  if (tokens[v]!.pos !== 'VBN' || !PURPOSE_PASSIVES.has(lemma(lower[v]!) ?? '')) return false;
  return BE_FORMS.has(lower[v - 1] ?? '') || (tokens[v - 1]?.pos === 'RB' && BE_FORMS.has(lower[v - 2] ?? ''));
}

/** Triggers of a disaster the weather brings (see weather-cause.ts). */
const WEATHER_DISASTERS = new Set(['flood', 'floods', 'flooding', 'flooded', 'landslide', 'landslides', 'mudslide']);

/** Verbs of what a win brings, after "to" in a sport story: "to win the cup", "to retain the title", "to end a 63-year wait". */
const WINNING_RESULTS = new Set(['win', 'beat', 'defeat', 'edge', 'claim', 'retain', 'clinch', 'lift', 'seal', 'secure', 'take', 'reach', 'book', 'end', 'complete', 'defend', 'earn', 'capture', 'set', 'keep', 'move', 'go', 'extend', 'snap', 'break', 'become', 'land', 'collect', 'wrap', 'cap', 'post', 'record', 'register', 'qualify', 'advance', 'progress', 'reclaim', 'regain']);

/** Token k is a verb of what a win brings (WINNING_RESULTS), as written or by its lemma. */
function winningResultAt(ctx: EventContext, k: number): boolean {
  const w = ctx.lower[k] ?? '';
  return WINNING_RESULTS.has(lemma(w) ?? w);
}

/** Nouns that "to" leads to as an end, not a purpose: "trampled to death", "sent to jail", "rushed to hospital". */
const PLACES_OF_FATE = new Set(['death', 'jail', 'prison', 'life', 'court', 'hospital', 'safety', 'victory', 'power', 'office']);

/** Verbs of naming, after which "after" says what the name comes from ("named after"). */
const NAMING = new Set(['named', 'renamed', 'called', 'christened', 'dubbed']);
/** How many words the name may take between its verb and "after" ("named Cyrtodactylus tatamailau after"). */
const NAME_REACH = 4;

/** A verb of naming stands before token i, with at most NAME_REACH words and no break between. */
function namedBefore(ctx: EventContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - NAME_REACH); k--) {
    if (NAMING.has(ctx.lower[k]!)) return true;
    if (BREAK.has(ctx.tokens[k]!.text)) return false;
  }
  return false;
}

/** Words that lead into a time: "agreed on Monday to buy", "said late on Friday". */
const TIME_LEADS = new Set(['on', 'in', 'at', 'late', 'early', 'earlier', 'later']);

/**
 * "agreed on Monday to buy": only a time between a verb that takes an infinitive (its last word
 * before token `from`) and the "to" at token `to`, so the infinitive completes the verb as if it
 * came straight after it; no purpose. ("met on Friday to discuss" keeps its purpose.)
 */
function onlyTimeBetween(ctx: EventContext, from: number, to: number): boolean {
  if (to <= from || !verbFormsOf('infinitive-complement-verbs').has(ctx.lower[from - 1]!)) return false;
  const times = ctx.doc.maybe('times') ?? [];
  let timed = false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (times.some((x) => x.start <= t.start && t.end <= x.end)) timed = true;
    else if (!TIME_LEADS.has(ctx.lower[k]!)) return false;
  }
  return timed;
}

/** Units of a span of time an action took: "five hours to", "83 minutes to" (see afterClockTime). */
const CLOCK_UNITS = new Set(['seconds', 'minutes', 'hours', 'mins', 'hrs']);

/**
 * "took firefighters nearly five hours to bring under control", "took 83 minutes to take the
 * match": after a span of clock time the "to" at token `to` tells what the time went on, no purpose.
 */
function afterClockTime(ctx: EventContext, to: number): boolean {
  return CLOCK_UNITS.has(ctx.lower[to - 1]!) && /^(?:\d+|\p{L}+)$/u.test(ctx.lower[to - 2] ?? '');
}

/** Verbs of a market's last figure: "to close at" (see resultInfinitive). */
const RESULT_VERBS = new Set(['close', 'end', 'settle']);
const RESULT_NEXT = new Set(['at', 'up', 'down', 'higher', 'lower', 'flat', 'unchanged']);

/**
 * "gained 7.6% during the year to close at 11,488.76 points": the "to + verb" at token `to` tells
 * where a price ended up, no purpose. (A race's "to finish third" stays: the Giveme5W1H coders
 * read it as why a driver's day counted.)
 */
function resultInfinitive(ctx: EventContext, to: number): boolean {
  return RESULT_VERBS.has(ctx.lower[to + 1] ?? '') && RESULT_NEXT.has(ctx.lower[to + 2] ?? '');
}

/**
 * "the strongest tremor to hit the area in 40 years", "the first company to put satellites into
 * orbit": after a superlative or an ordinal and its noun, the infinitive says what ranks the noun,
 * not why anything was done. `to` is the infinitive's "to".
 */
function rankedInfinitive(ctx: EventContext, to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 4); k--) {
    const t = ctx.tokens[k]!;
    if (RANKING_WORDS.has(ctx.lower[k]!) || t.pos === 'JJS' || t.pos === 'RBS') return true;
    if (BREAK.has(t.text) || isVerb(ctx.tokens, k)) return false;
  }
  return false;
}

/** Words that rank a noun as superlatives do ("the first company to ..."). */
const RANKING_WORDS = new Set(['first', 'last', 'only', 'next', 'second', 'third', 'latest', 'youngest', 'oldest']);

/**
 * A motive named as such: "Investigators believe the dispute was the motive" gives the dispute,
 * told as the text first told it ("a long legal dispute with his former employer") when that was
 * earlier in the sentences read; "the motive was revenge" gives what follows.
 */
function addMotives(ctx: EventContext, ranked: Ranked): void {
  const { tokens, text, lower } = ctx;
  // Anywhere in the article: a motive said outright counts wherever it is told, at least as the
  // weakest answer that counts.
  const score = (u: (typeof ctx.allUnits)[number]) => Math.max(ctx.weight(u) * ctx.params.why.purpose * MOTIVE, ctx.params.why.minScore);
  ctx.allUnits.forEach((u) => {
    for (let i = u.tokenStart + 2; i < u.tokenEnd; i++) {
      if (lower[i] !== 'motive' || ctx.inQuote(tokens[i]!.start)) continue;
      let k = i - 1;
      while (k > u.tokenStart && MOTIVE_MODIFIERS.has(lower[k]!)) k--;
      if (lower[k] === 'the' && COPULAS.has(lower[k - 1] ?? '')) {
        // "<the dispute> was the motive": the noun phrase before the copula.
        const end = k - 1;
        let start = end;
        while (start > u.tokenStart && start > end - 6 && !BREAK.has(tokens[start - 1]!.text) && !MOTIVE_STOPS.has(lower[start - 1]!)) start--;
        if (start >= end) continue;
        const told = firstTold(ctx, lower[end - 1]!, tokens[start]!.start);
        const arg = told ?? { start: tokens[start]!.start, end: tokens[end - 1]!.end };
        ranked.add(makeArg(text, arg.start, arg.end, score(u)));
      } else if (COPULAS.has(lower[i + 1] ?? '') && !UNKNOWN_MOTIVE.has(lower[i + 2] ?? '') && /^[\p{L}\p{N}]/u.test(lower[i + 2] ?? '') && !askedBefore(lower, u.tokenStart, i)) {
        // "the motive was revenge for ...": what follows the copula ("the motive was still under
        // investigation", "unclear": none is known).
        const e = whyPhraseEnd(ctx, u, i + 2, i + 3);
        if (e > i + 2) ranked.add(makeArg(text, tokens[i + 2]!.start, tokens[e - 1]!.end, score(u)));
      }
    }
  });
}

/**
 * "She would not say what investigators believe the motive was": the motive is asked about, in a
 * question within the sentence (a question word up to six words before "motive"), not told.
 */
function askedBefore(lower: readonly string[], from: number, motive: number): boolean {
  for (let k = Math.max(from, motive - 6); k < motive; k++) if (lower[k] === 'what' || lower[k] === 'whether') return true;
  return false;
}

/** Words after "the motive was" that say it is not known. */
const UNKNOWN_MOTIVE = new Set(['still', 'under', 'unclear', 'unknown', 'not', 'being', 'yet', 'as']);

/** How much a motive named as such weighs against a purpose infinitive (it is said outright). */
const MOTIVE = 2;
/** Forms of "be" ("the motive was", "the fire was believed to have been caused by"). */
const COPULAS = new Set(['was', 'is', 'were', 'are', 'been', 'be']);
const MOTIVE_MODIFIERS = new Set(['likely', 'main', 'probable', 'possible', 'real', 'only', 'chief']);
/** Words a motive's noun phrase starts after: "believe", "said", "that". */
const MOTIVE_STOPS = new Set(['that', 'believe', 'believed', 'believes', 'said', 'says', 'think', 'thought', 'suspect', 'suspected', 'and', 'but']);

/**
 * The first "a/an ... <noun>" phrase, up to its next break (at most eight words), before offset
 * `before`: what a later "the <noun>" refers back to.
 */
function firstTold(ctx: EventContext, noun: string, before: number): { start: number; end: number } | undefined {
  const { tokens, lower } = ctx;
  for (const u of ctx.allUnits) {
    for (let i = u.tokenStart; i < u.tokenEnd && tokens[i]!.start < before; i++) {
      if (lower[i] !== noun) continue;
      let a = i;
      while (a > u.tokenStart && a > i - 4 && lower[a] !== 'a' && lower[a] !== 'an') a--;
      if (lower[a] !== 'a' && lower[a] !== 'an') continue;
      let e = i + 1;
      while (e < u.tokenEnd && e - a < 8 && !BREAK.has(tokens[e]!.text)) e++;
      return { start: tokens[a]!.start, end: tokens[e - 1]!.end };
    }
  }
  return undefined;
}

let objectInfinitiveVerbs: ReadonlySet<string> | undefined;

/**
 * "caused her to lose", "asked him to leave": the "to + verb" at token `to` completes a verb of
 * resources/lexicon/object-infinitive-verbs.txt before its object (up to four words back, no other
 * verb between, not before `from`), and states no purpose.
 */
function objectInfinitive(ctx: EventContext, from: number, to: number): boolean {
  objectInfinitiveVerbs ??= new Set(lexiconLines('object-infinitive-verbs').flatMap((l) => l.split(/\s+/)));
  for (let j = to - 1; j >= Math.max(from, to - 5); j--) {
    if (objectInfinitiveVerbs.has(ctx.lower[j]!)) return true;
    if (isVerb(ctx.tokens, j)) return false;
  }
  return false;
}

const CIRCUMSTANCE_PREPS = new Set(['in', 'amid', 'amidst']);

/**
 * The conditions a mishap happened in: "in" or "amid", an optional article, up to two modifiers
 * and a noun of resources/lexicon/circumstance-nouns.txt, within six words after a mishap verb
 * ("crashed out in the treacherous conditions", "flights were delayed amid heavy snow"). Weather
 * and conditions are what readers give as the reason a crash or a delay happened, not where a
 * march or a match took place ("marched in the rain"); outside quoted speech only.
 */
function addCircumstances(ctx: EventContext, ranked: Ranked): void {
  const p = ctx.params.why;
  const nouns = lexicon('circumstance-nouns');
  const { tokens, text } = ctx;
  for (const u of ctx.units) {
    for (let i = u.tokenStart; i < u.tokenEnd - 1; i++) {
      if (!CIRCUMSTANCE_PREPS.has(ctx.lower[i]!) || ctx.inQuote(tokens[i]!.start) || !mishapBefore(ctx, Math.max(u.tokenStart, i - 6), i)) continue;
      let k = i + 1;
      if (ctx.lower[k] === 'the') k++;
      for (let n = k; n < Math.min(u.tokenEnd, k + 3); n++) {
        const w = ctx.lower[n]!;
        if (nouns.has(w)) {
          ranked.add(makeArg(text, tokens[i]!.start, tokens[n]!.end, ctx.weight(u) * p.circumstance));
          break;
        }
        if (!/^[\p{Ll}-]+$/u.test(tokens[n]!.text)) break;
      }
    }
  }
}

/** A mishap verb ("crashed", "delayed", resources/lexicon/mishap-verbs.txt) in tokens [from, to). */
function mishapBefore(ctx: EventContext, from: number, to: number): boolean {
  // Every form of the mishap verbs ("skidded", "grounded").
  const forms = verbFormsOf('mishap-verbs');
  for (let k = from; k < to; k++) if (forms.has(ctx.lower[k]!)) return true;
  return false;
}

/** A verb's bare form at token i: tagged VB, or (untagged) a listed verb's base form. */
function isBareVerb(ctx: EventContext, i: number): boolean {
  const t = ctx.tokens[i];
  // (No figure is a verb, whatever a headline's tags say: "to rise to JD310".)
  if (!t || /\d/.test(t.text)) return false;
  if (t.pos) return t.pos === 'VB';
  return lemma(ctx.lower[i]!) === ctx.lower[i];
}

const lastWord = (s: string) => (s.toLowerCase().match(/[\p{L}]+/gu) ?? []).pop() ?? '';

function quoted(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /“([^“”\n]{3,200})”/gu;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) out.push({ start: from + m.index + 1, end: from + m.index + 1 + m[1]!.length });
  return out;
}

/** The verb at token v is an intent before "to", or a bare infinitive after a modal or "to". */
function unrealised(ctx: EventContext, v: number): boolean {
  // "set to rescue": "to" and a bare verb; "stormed to victory" is a preposition.
  if (ctx.lower[v + 1] === 'to' && (ctx.tokens[v + 2]?.pos ?? 'VB') === 'VB') return true;
  const prev = ctx.lower[v - 1] ?? '';
  return ctx.tokens[v]!.pos === 'VB' && (prev === 'to' || clauseWords('modal').has(prev));
}

/**
 * "How": the means (a weapon phrase "with a handgun", "at close range", "by ramming ...") or,
 * failing that, the main verb group of the event's sentences ("has accused", "derailed").
 */
export function howCandidates(ctx: EventContext, weapons: readonly Arg[], triggers: ReadonlySet<string> = new Set(), participles = false, sport = false, tolls = triggers.size > 0): Arg[] {
  const p = ctx.params.how;
  const ranked = new Ranked();
  const { tokens, text } = ctx;
  const report = clauseWords('report');
  // What an animal did to its victim ("bit him on the left thigh"), or what the victim suffered
  // ("bitten by a snake"): told, it displaces the trigger's "attacked", and a weapon is what was
  // used on the animal ("shot the bear with a rifle"), not how the attack went.
  const animal = !sport && addAnimalWay(ctx, ranked, p.means);
  // In a violent event the means is the weapon, or the attack verb itself ("shot", "stabbed"); a
  // weapon that is a verb's object answers with its verb ("fired a pistol", "detonated a car bomb").
  if (weapons[0] && !animal) {
    const used = weaponAsObject(ctx, weapons[0]);
    const arg = used ?? instrumentList(ctx, weapons[0]) ?? weapons[0];
    ranked.add({ ...arg, score: weapons[0].score + p.means * 0.5 });
  }
  // The way a mishap went (mishap-way.ts), and the trigger verb it displaces ("collided" once
  // "struck the side of the car ferry" is told).
  const displaced = (triggers.size > 0 ? addMishapWay(ctx, ranked, triggers, p.means) : undefined) ?? (animal ? 'attack' : undefined);
  ctx.units.forEach((u, k) => {
    const verb = ctx.clauses[k]!.verb;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const w = ctx.lower[i]!;
      if (!triggers.has(w) || lemma(w) === undefined || /ing$/.test(w) || ctx.inQuote(tokens[i]!.start)) continue;
      // "Gunman kills three": killing and wounding are what the event did, not how.
      if (OUTCOME_VERBS.has(lemma(w)!) || NOT_THE_WAY.has(lemma(w)!) || lemma(w) === displaced || unrealised(ctx, i)) continue;
      // The trigger as a verb ("the tram derailed"), not as a noun ("in the crash"); in a title,
      // where the tagger's tags are not trusted, only as the clause's verb ("Tram derails").
      if (u.kind === 'title' ? !verb || i < verb[0] || i >= verb[1] : !isVerb(tokens, i)) continue;
      // A headline's present ("Tram derails") is told in the past in the report ("the tram derailed").
      const at = u.kind === 'title' ? pastFormInReport(ctx, lemma(w)!) ?? i : i;
      const end = directionEnd(ctx, at, unitEnd(ctx, at));
      // ("stabbed", "shot": with a weapon known, the attack's bare verb says less than its weapon.)
      const bare = end === at + 1 && weapons.length > 0 ? BARE_ATTACK : 1;
      ranked.add(makeArg(text, tokens[at]!.start, tokens[end - 1]!.end, ctx.weight(u) * p.means * bare));
      break;
    }
  });
  ctx.units.forEach((u, k) => {
    const w = ctx.weight(u);
    const c = ctx.clauses[k]!;
    // The head verb alone ("derailed", "blamed"): reports tell the means in the past tense of the body.
    // Not a verb of intent before "to" ("set to rescue", "poised to make") nor a bare infinitive
    // ("will face", "to help"): what has not happened yet was done in no manner.
    if (c.verb && !(c.lemma && (report.has(c.lemma) || LIGHT_VERBS.has(c.lemma))) && !unrealised(ctx, c.verb[1] - 1)) {
      const head = tokens[c.verb[1] - 1]!;
      ranked.add(makeArg(text, head.start, head.end, w * p.verb * (u.kind === 'title' ? p.title : 1)));
    }
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const word = ctx.lower[i]!;
      const next = ctx.lower[i + 1];
      const fixed = fixedMannerEnd(ctx, i, u.tokenEnd);
      let e: number;
      if (fixed > 0) {
        // "at close range", "in extra innings", "unopposed"; not the way a source was reached
        // ("a police chief said by telephone", "told Reuters by telephone"). A condition reads on
        // through its clause ("on condition that the combined company sells part of its spectrum").
        let end = fixed;
        if (ctx.lower[fixed - 1] === 'that') while (end < u.tokenEnd && end - fixed < p.maxTokens + 6 && !BREAK.has(tokens[end]!.text)) end++;
        if (!reportedBy(ctx, i)) ranked.add(makeArg(text, tokens[i]!.start, tokens[end - 1]!.end, w * p.manner));
        i = end - 1;
      } else if ((word === 'with' || word === 'using') && next !== undefined && weapons.some((a) => a.start >= tokens[i + 1]!.start && a.start <= (tokens[i + 3]?.start ?? Infinity))) {
        const weapon = weapons.find((a) => a.start >= tokens[i + 1]!.start && a.start <= (tokens[i + 3]?.start ?? Infinity));
        if (weapon) ranked.add(makeArg(text, tokens[i]!.start, weapon.end, w * p.manner));
      } else if (word === 'by' && weapons.some((a) => a.start >= tokens[i + 1]!.start && a.start <= (tokens[i + 3]?.start ?? Infinity))) {
        // "killed by a car bomb": the weapon as the means, with its "by".
        const weapon = weapons.find((a) => a.start >= tokens[i + 1]!.start && a.start <= (tokens[i + 3]?.start ?? Infinity))!;
        ranked.add(makeArg(text, tokens[i]!.start, weapon.end, w * p.manner));
      } else if (MANNER_PREPS.has(word) && (e = mannerPhraseEnd(ctx, i + 1, u.tokenEnd)) > 0 && (word !== 'at' || OCCASION_NOUNS.has(ctx.lower[e - 1]!)) && !(ctx.lower[e - 1] === 'statement' && (reportedBy(ctx, i) || triggers.size > 0))) {
        // "in a landslide vote", "by a narrow margin", "with an 8-7 win", "at a signing ceremony"
        // (after "at" only an occasion: "at a loss" is no manner), and a fixed phrase straight
        // after it ("with an 8-7 win in extra innings"). A decision made known "in a statement",
        // but not a source's "said in a statement", nor an incident's.
        e = Math.max(e, fixedMannerEnd(ctx, e, u.tokenEnd));
        // "in a filing with the Superintendency of the Securities Market (SMV)": the body it was filed with.
        if (FILINGS.has(ctx.lower[e - 1]!) && ctx.lower[e] === 'with') e = Math.max(e, namedBodyEnd(ctx, e + 1, u.tokenEnd));
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if (word === 'without' && /ing$/.test(next ?? '') && isVerb(tokens, i + 1) && !ctx.inQuote(tokens[i]!.start)) {
        // "cut the packs from 20 to 17 without changing the price", "left without paying": what the
        // doer did not do is how it did what it did.
        e = whyPhraseEnd(ctx, u, i, i + 2);
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.manner));
        i = e - 1;
      } else if ((word === 'magnitude' || /^\d+(?:\.\d+)?-magnitude$/.test(word)) && (e = magnitudeEnd(ctx, i, u)) > 0) {
        // "A magnitude 4.8 earthquake", "a 6.1-magnitude quake": how strong a quake was is how it struck.
        ranked.add(makeArg(text, tokens[Math.min(i, e)]!.start, tokens[Math.max(i, e)]!.end, w * p.mannerNoun));
      } else if (word === 'by' && ((e = marginEnd(ctx, i + 1, u.tokenEnd)) > 0 || (e = fractionOfPointEnd(ctx, i + 1, u.tokenEnd)) > 0)) {
        // "by 121 votes to 98", "by 25 basis points": the margin a vote passed or a rate moved by.
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if ((word === 'with' || word === 'by') && (e = shareOfVoteEnd(ctx, i + 1, u.tokenEnd)) > 0 && (word === 'by' || /^votes?$/.test(ctx.lower[e - 1]!))) {
        // "with 54 percent of the vote", "by 52% to 48%" (not "compared with 10%": after "with" only a share of the vote).
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if (TALLY_VERBS.has(word) && (e = tallyEnd(ctx, i + 1, u.tokenEnd)) > 0 && triggers.size === 0) {
        // "The measure passed 41-22", "the board voted 6-1 for the cut", "Senators voted 9 to 4": the vote's tally.
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if (sport && SCORE.test(word) && beatenWithin(ctx, u.tokenStart, i)) {
        // "won a tense grand final 22-18", "beat Porto 2-1", "won 7-6 6-2": in sport the score is
        // how it went, when nothing says more ("with a stoppage-time header": so it weighs less).
        let e = i + 1;
        while (e < u.tokenEnd && SCORE.test(ctx.lower[e]!)) e++;
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun * SCORE_WEIGHT));
        i = e - 1;
      } else if (word === 'for' && triggers.size === 0 && u.kind !== 'title' && (e = dealPriceEnd(ctx, i, u)) > 0) {
        // "agreed to buy Brightwell for about £3.6 billion ($4.8 billion) in cash": what a deal was
        // done for. (Not a headline's price, rounded and in one currency: "for $4.8 Billion".)
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if (word === 'aboard' && triggers.size === 0 && DETERMINERS.has(ctx.lower[i + 1] ?? '') && (e = aboardEnd(ctx, i + 2, u.tokenEnd)) > 0) {
        // "launched the probe aboard an H3 rocket": what carried it.
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.manner * MEANS_PHRASE));
        i = e - 1;
      } else if ((WINNING_VERBS.has(word) || word === 'with') && (e = voteCountEnd(ctx, i + 1, u.tokenEnd)) > 0) {
        // "Toleafoa received 2,114 votes", "won with 1,126 votes": the votes a candidate won with.
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if (WINNING_VERBS.has(word) && (e = shareOfVoteEnd(ctx, i + 1, u.tokenEnd)) > 0) {
        // "Han took 49.6% of the vote": the share a candidate won by.
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.mannerNoun));
        i = e - 1;
      } else if ((word === 'using' || (word === 'through' && triggers.size === 0)) && i + 1 < u.tokenEnd && (e = meansPhraseEnd(ctx, i + 1, u.tokenEnd)) > 0) {
        // "Using CT scans, the team reconstructed ...", "cuts made through voluntary redundancies
        // and early retirement": the means, a noun phrase (in an incident "through" is the way it
        // went: "spread through the building").
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.manner * MEANS_PHRASE));
        i = e - 1;
      } else if (word === 'by' && next?.endsWith('ing') && !isParticiple(ctx, i - 1)) {
        // "stuns his dad by storming home"; after a participle ("shaped by rising costs") "by" names an agent or a cause.
        let e = i + 2;
        while (e < u.tokenEnd && e - i < p.maxTokens + 1 && !BREAK.has(tokens[e]!.text)) e++;
        ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, w * p.manner));
      }
    }
  });
  if (participles) addParticipleManner(ctx, ranked);
  if (triggers.size > 0) addFireSpread(ctx, ranked, triggers, p.means);
  // "died after inhaling toxic gas", "have died after drinking homemade alcohol": how the toll came
  // about, in an incident or a story of no known type (where a toll is read too: see casualties).
  if (tolls) addTollMeans(ctx, ranked, p.means);
  if (triggers.size === 0) addOccasions(ctx, ranked, p.mannerNoun);
  // A labour strike's form ("a 48-hour strike") and the strikers' picket ("gathered outside the port gate").
  if (!sport && labourStrike(ctx)) addStrikeForm(ctx, ranked, p.manner);
  // ", up 14.8% on the same period", "from 2.6 percent in September": how much a figure moved.
  if (triggers.size === 0 && !sport) addComparisons(ctx, ranked, p.mannerNoun * COMPARISON);
  return ranked.list().filter((a) => a.score >= p.minScore);
}

/**
 * What an attack's bare verb ("stabbed", "shot") counts for when the article names a weapon: coders
 * take the weapon ("with a handgun", "a folding knife"), which the verb only restates less fully.
 */
const BARE_ATTACK = 0.5;

/** Prepositions of the way a vehicle or a structure went: "plunged into a ravine", "veered off the road" (not "over": "clashed over tax" names a topic). */
const DIRECTIONS = new Set(['into', 'off', 'onto', 'down', 'through', 'across', 'under']);
/** Words a way's phrase stops before: where and when it happened, what it did ("near Huanta", "on Sunday", "killing"). */
const DIRECTION_STOPS = new Set(['near', 'in', 'at', 'on', 'outside', 'after', 'before', 'during', 'and', 'but', 'while', 'when', 'as', 'with', 'killing', 'injuring', 'leaving']);
/** Words between a verb and its way: a distance ("plunged about 200 metres into"). */
const DISTANCE = /^(?:about|some|nearly|almost|around|more|than|\d[\d.,]*|metres?|meters?|feet|foot|yards?|km|kilometres?|m|ft)$/;
/** Verbs whose meaning holds their way ("derailed off the tracks" says "derailed" twice). */
const WAY_IN_MEANING = new Set(['derail']);

/**
 * Where the incident verb at token v ends, with the way it went: "plunged about 200 metres into a
 * ravine", "crashed into a wooded slope", "veered off the road" (a direction right after the verb
 * or a distance, then its noun phrase up to a place, a time, a break or eight words); v + 1 when no
 * way follows, all before `to`, the end of v's sentence. The way is the manner of a mishap; the
 * place and the time are other questions.
 */
function directionEnd(ctx: EventContext, v: number, to: number): number {
  const { tokens, lower } = ctx;
  if (WAY_IN_MEANING.has(lemma(lower[v]!) ?? '')) return v + 1;
  let d = v + 1;
  while (d < to && d <= v + 4 && !DIRECTIONS.has(lower[d]!) && DISTANCE.test(lower[d]!)) d++;
  if (d >= to || !DIRECTIONS.has(lower[d]!)) return v + 1;
  let e = d + 1;
  while (e < to && e < v + 9 && !BREAK.has(tokens[e]!.text) && !DIRECTION_STOPS.has(lower[e]!) && !isVerb(tokens, e)) e++;
  while (e > d + 1 && DANGLING.has(lower[e - 1]!)) e--;
  return e > d + 1 ? e : v + 1;
}

/** End (exclusive) of the sentence read that holds token i (a headline's "fire off Epi" stops at its end). */
function unitEnd(ctx: EventContext, i: number): number {
  return ctx.allUnits.find((u) => i >= u.tokenStart && i < u.tokenEnd)?.tokenEnd ?? ctx.tokens.length;
}

/**
 * A participle clause after the main clause tells how an incident or a match went: "Benfica won
 * the cup, beating rivals Porto 2-1", "part of the mine collapsed, burying workers under rock"
 * (the caller does not ask in business and politics, where it tells what followed: "leading to
 * delays", "boosting hopes"). Not a toll
 * ("killing three": what the event did), a report ("saying ...") or a time ("...ing" nouns such as
 * "morning"); the first in each sentence read, outside quotes, up to the next break.
 */
function addParticipleManner(ctx: EventContext, ranked: Ranked): void {
  const { tokens, text, lower } = ctx;
  ctx.units.forEach((u, k) => {
    const verb = ctx.clauses[k]!.verb;
    if (u.kind === 'title' || !verb) return;
    for (let i = verb[1] + 1; i < u.tokenEnd - 1; i++) {
      if (tokens[i - 1]!.text !== ',' || !/^\p{Ll}+ing$/u.test(tokens[i]!.text) || ctx.inQuote(tokens[i]!.start)) continue;
      const base = lemma(lower[i]!);
      // "training and safety equipment": an -ing word joined to a noun is a noun.
      if (base === undefined || OUTCOME_VERBS.has(base) || clauseWords('report').has(base) || NOT_MANNER_ING.has(base) || lower[i + 1] === 'and' || lower[i + 1] === 'or') continue;
      // ("a strike, starting next Monday": a participle of a time dates, it tells no manner.)
      if (timeStartsAt(ctx, tokens[i + 1]!.start)) continue;
      let e = i + 1;
      // ("sending mud, rocks and uprooted trees onto ...": a list's comma goes on.)
      while (e < u.tokenEnd && e - i < ctx.params.how.maxTokens + 2 && (!BREAK.has(tokens[e]!.text) || listGoesOn(ctx, e, u.tokenEnd))) e++;
      // Cut by the cap inside a noun phrase ("thick black smoke over nearby | districts"): finished when a few more words do it.
      if (e < u.tokenEnd && !BREAK.has(tokens[e]!.text)) e = finishNounPhrase(tokens, e, u.tokenEnd);
      while (e > i + 1 && (DANGLING.has(lower[e - 1]!) || tokens[e - 1]!.text === ',')) e--;
      ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, ctx.weight(u) * ctx.params.how.manner * PARTICIPLE));
      return;
    }
  });
}

/** What a participle clause counts for against a manner phrase ("in a landslide vote"). */
const PARTICIPLE = 0.5;

/** Words a list's next item has at most before its "and" or "or" (", rocks and", ", uprooted trees and"). */
const LIST_ITEM = 3;

/** The comma at k goes on a list: lower-case words, no -ing form, then "and" or "or" within LIST_ITEM words. */
function listGoesOn(ctx: EventContext, k: number, to: number): boolean {
  if (ctx.tokens[k]!.text !== ',') return false;
  for (let j = k + 1; j < Math.min(to, k + 2 + LIST_ITEM); j++) {
    const w = ctx.lower[j]!;
    if (j > k + 1 && (w === 'and' || w === 'or')) return true;
    if (!/^\p{Ll}+$/u.test(ctx.tokens[j]!.text) || /ing$/.test(w)) return false;
  }
  return false;
}

/**
 * End (exclusive) of the list a comma at k goes on: items of up to LIST_ITEM lower-case words (no
 * -ing form, no verb, none led by an article) between commas, then "and" or "or" and a last item
 * that stops before a preposition or a subordinator ("water, batteries, generators and gas cans |
 * while ..."); 0 when no list follows, or when a verb comes right after it ("..., residents and
 * officials | said": a new clause).
 */
function listEnd(ctx: EventContext, k: number, to: number): number {
  const { tokens, lower } = ctx;
  // (No verb, no auxiliary: "after retiring in 1994, will play ..." goes on with a clause.)
  const word = (j: number) => j < to && /^\p{Ll}+$/u.test(tokens[j]!.text) && !/ing$/.test(lower[j]!) && !AUXILIARIES.has(lower[j]!) && !isVerb(tokens, j);
  let j = k;
  while (tokens[j]?.text === ',') {
    // ("caused by bradyseism, a slow rise and fall": an item led by an article is an apposition.)
    if (DETERMINERS.has(lower[j + 1] ?? '')) return 0;
    let n = j + 1;
    while (n < j + 1 + LIST_ITEM && word(n) && lower[n] !== 'and' && lower[n] !== 'or') n++;
    if (n === j + 1) return 0;
    j = n;
  }
  if (j === k || (lower[j] !== 'and' && lower[j] !== 'or')) return 0;
  let e = j + 1;
  while (e < j + 1 + LIST_ITEM && word(e) && !MEANS_STOPS.has(lower[e]!)) e++;
  if (e === j + 1 || (e < to && isVerb(tokens, e))) return 0;
  return e;
}
/** Participles that tell no manner: what followed ("prompting", "forcing"), or how long ("lasting"). */
const NOT_MANNER_ING = new Set(['speak', 'prompt', 'force', 'cause', 'include', 'add', 'bring', 'raise', 'end', 'make', 'become', 'trigger', 'spark', 'last', 'take', 'have', 'be', 'give', 'anger', 'lead', 'follow', 'mean']);

/**
 * The weapon as the object of its verb ("detonated explosives strapped to his body"), at the mention
 * the ranking kept or, failing that, at the first other mention of it in the sentences read that
 * has one (the ranking keeps the best-placed mention, often a bare one: "explosives").
 */
function weaponAsObject(ctx: EventContext, weapon: Arg): Arg | undefined {
  const at = verbBeforeObject(ctx, weapon.start);
  if (at !== undefined) return makeArg(ctx.text, at, weapon.end, 0);
  const needle = weapon.text.toLowerCase();
  const lowerText = ctx.text.toLowerCase();
  for (const u of ctx.units) {
    for (let k = lowerText.indexOf(needle, u.start); k >= 0 && k + needle.length <= u.end; k = lowerText.indexOf(needle, k + 1)) {
      if (k === weapon.start || ctx.inQuote(k)) continue;
      const from = verbBeforeObject(ctx, k);
      if (from !== undefined) return makeArg(ctx.text, from, k + needle.length, 0);
    }
  }
  return undefined;
}

/** Words a list of the weapons used is opened by: "with rungus, stones and machetes", "using knives and clubs". */
const INSTRUMENT_OPENERS = new Set(['with', 'using']);
/** How many tokens before the weapon its list's opener is looked for. */
const INSTRUMENT_REACH = 8;

/**
 * "attacked the suspects with rungus, stones and machetes": a weapon named in a list after "with"
 * or "using" answers with the whole list, as coders mark it; one after "armed with" with those words. Only a list of plain words, commas and
 * "and" between the opener and the weapon; undefined when there is none.
 */
function instrumentList(ctx: EventContext, weapon: Arg): Arg | undefined {
  const { tokens } = ctx;
  const at = tokens.findIndex((t) => t.start === weapon.start);
  if (at <= 0) return undefined;
  for (let k = at - 1; k >= Math.max(0, at - INSTRUMENT_REACH); k--) {
    const w = ctx.lower[k]!;
    // ("Two masked men armed with knives": how they went armed, whether one weapon or a list.)
    if (w === 'with' && ctx.lower[k - 1] === 'armed') return makeArg(ctx.text, tokens[k - 1]!.start, weapon.end, 0);
    if (INSTRUMENT_OPENERS.has(w)) return k < at - 1 ? makeArg(ctx.text, tokens[k]!.start, weapon.end, 0) : undefined;
    if (w !== ',' && w !== 'and' && !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/**
 * Start offset of the verb whose object begins at or just before offset `start` (the object's
 * determiner and up to two modifiers between: "fired a pistol", "detonated a car bomb"), when the
 * tagger tagged it a verb in the past or present; undefined otherwise.
 */
function verbBeforeObject(ctx: EventContext, start: number): number | undefined {
  const { tokens } = ctx;
  let i = tokens.findIndex((t) => t.start === start);
  if (i <= 0) return undefined;
  for (let steps = 0; steps < 3 && i > 0; steps++) {
    const t = tokens[i - 1]!;
    // (A participle straight before its object is the verb too, whatever the tagger says: "the
    // bomber ... detonated/VBN explosives".)
    // Not a verb of saying or having ("police said gun ...", "had gun"): the weapon is no object of use.
    if (t.pos === 'VBD' || t.pos === 'VBZ' || t.pos === 'VBP' || t.pos === 'VBN') {
      const base = lemma(ctx.lower[i - 1]!) ?? ctx.lower[i - 1]!;
      return ctx.inQuote(t.start) || clauseWords('report').has(base) || clauseWords('auxiliary').has(ctx.lower[i - 1]!) ? undefined : t.start;
    }
    if (t.pos !== 'DT' && t.pos !== 'JJ' && t.pos !== 'NN' && t.pos !== 'CD' && t.pos !== 'PRP$') return undefined;
    i--;
  }
  return undefined;
}

/** The first past form of the verb `base` outside the title, among the sentences read, as a token index. */
function pastFormInReport(ctx: EventContext, base: string): number | undefined {
  for (const u of ctx.units) {
    if (u.kind === 'title') continue;
    for (let j = u.tokenStart; j < u.tokenEnd; j++) {
      const w = ctx.lower[j]!;
      if (lemma(w) === base && isPastForm(w) && isVerb(ctx.tokens, j) && !ctx.inQuote(ctx.tokens[j]!.start)) return j;
    }
  }
  return undefined;
}

/** Verbs that carry no manner of their own ("Casino Royale is next Bond movie"): never how. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'become', 'seem']);

/**
 * Verbs of an event's outcome (its toll), which tell what it did, not how; and a crime's own verb
 * ("robbed": the robbery itself, whose how is "at gunpoint" or "with knives").
 */
const OUTCOME_VERBS = new Set(['kill', 'injure', 'wound', 'hurt', 'die', 'leave', 'claim', 'rob']);

/**
 * Incident triggers that are no way it went when read as verbs: the rescue that followed
 * ("Firefighters rescued 23 guests"); a fire named in a headline with no verb ("Tower fire in
 * Kelton", "ship fire off Epi"), where the tagger's guess of a verb is the noun; and a boat's
 * "capsized" or "sank", the event itself, whose way is told apart ("took on water and overturned in
 * rough seas": see mishap-way.ts), as are a structure's "collapsed" ("gave way, burying workers")
 * and a river's "flooded" ("their car was swept away").
 */
const NOT_THE_WAY = new Set(['rescue', 'fire', 'blaze', 'capsize', 'sink', 'collapse', 'flood']);

const MANNER_PREPS = new Set(['in', 'by', 'with', 'at']);
/** The manner nouns "at" takes: the occasion a decision or an award was made at. */
const OCCASION_NOUNS = new Set(['ceremony', 'conference']);
// A modifier inside a manner phrase: a lower-case or hyphenated word, a score ("8-7", "3-1") or a
// length of time ("48-hour").
const MANNER_MODIFIER = /^(?:[\p{Ll}-]+|\d+(?:[-–]\d+)?|\d+-\p{Ll}+)$/u;

let fixedPhrases: Map<string, string[][]> | undefined;
/** resources/lexicon/event-manner-phrases.txt by first word, longest first; read once. */
function fixedManner(): Map<string, string[][]> {
  if (fixedPhrases) return fixedPhrases;
  const map = new Map<string, string[][]>();
  for (const line of lexiconLines('event-manner-phrases')) {
    const words = line.split(/\s+/);
    map.set(words[0]!, [...(map.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  fixedPhrases = map;
  return map;
}

/** End (exclusive) of a fixed manner phrase starting at token i and ending before `to`, or 0. */
function fixedMannerEnd(ctx: EventContext, i: number, to: number): number {
  const options = fixedManner().get(ctx.lower[i] ?? '');
  const found = options?.find((words) => i + words.length <= to && words.every((w, k) => ctx.lower[i + k] === w));
  return found ? i + found.length : 0;
}

/** Words of a quake: a magnitude in a sentence with one tells how strong it was. */
const QUAKE_WORDS = new Set(['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'aftershock', 'aftershocks']);

/**
 * The number token of the magnitude whose word "magnitude" is token i ("magnitude 4.8", "6.1
 * magnitude"; i itself for "6.1-magnitude"), in a sentence that tells of a quake; 0 when there is none.
 */
function magnitudeEnd(ctx: EventContext, i: number, u: { readonly tokenStart: number; readonly tokenEnd: number }): number {
  if (!ctx.lower.slice(u.tokenStart, u.tokenEnd).some((w) => QUAKE_WORDS.has(w))) return 0;
  if (ctx.lower[i] !== 'magnitude') return i; // "6.1-magnitude", one token
  const number = (k: number) => k >= u.tokenStart && k < u.tokenEnd && /^\d+(?:\.\d+)?$/.test(ctx.lower[k]!);
  if (number(i + 1)) return i + 1;
  // "a 6.1-magnitude quake" is tokenized "6.1", "-", "magnitude" or "6.1-magnitude" whole.
  if (number(i - 1)) return i - 1;
  if (ctx.lower[i - 1] === '-' && number(i - 2)) return i - 2;
  return 0;
}

/** A verb of saying in the three words before token i ("said by telephone", "told Reuters by telephone"). */
function reportedBy(ctx: EventContext, i: number): boolean {
  const report = clauseWords('report');
  for (let k = Math.max(0, i - 3); k < i; k++) if (report.has(lemma(ctx.lower[k]!) ?? ctx.lower[k]!)) return true;
  return false;
}

/** A past participle at token i: tagged VBN, or, untagged, a verb in a past form ("taken", "shaped"). */
function isParticiple(ctx: EventContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  return t.pos ? t.pos === 'VBN' : (isPastForm(ctx.lower[i]!) || ctx.lower[i]!.endsWith('ed')) && isVerb(ctx.tokens, i);
}

const PERCENT = new Set(['percent', '%', 'pct']);

/**
 * End (exclusive) of a share of the vote starting at token i, or 0: a number and "percent" / "per
 * cent" / "%", then "of the vote" or "of votes" when they follow ("54 percent of the vote", "52%").
 */
function shareOfVoteEnd(ctx: EventContext, i: number, to: number): number {
  let e = i + 1;
  // "41.2%" is one token; "54 percent", "54 per cent" and "54 %" are more.
  if (/^\d+(?:[.,]\d+)?%$/.test(ctx.lower[i] ?? '')) e = i + 1;
  else if (!/^\d+(?:[.,]\d+)?$/.test(ctx.lower[i] ?? '')) return 0;
  else if (ctx.lower[e] === 'per' && ctx.lower[e + 1] === 'cent') e += 2;
  else if (PERCENT.has(ctx.lower[e] ?? '')) e++;
  else return 0;
  if (ctx.lower[e] === 'of' && ctx.lower[e + 1] === 'the' && /^votes?$/.test(ctx.lower[e + 2] ?? '') && e + 3 <= to) return e + 3;
  if (ctx.lower[e] === 'of' && /^votes?$/.test(ctx.lower[e + 1] ?? '') && e + 2 <= to) return e + 2;
  return Math.min(e, to);
}

/** End (exclusive) of a margin at token i: "121 votes to 98", "25 basis points", "two percentage points"; or 0. */
function marginEnd(ctx: EventContext, i: number, to: number): number {
  const n = (k: number) => /^\d+(?:[.,]\d+)*$/.test(ctx.lower[k] ?? '') || exactNumberWords().has(ctx.lower[k] ?? '');
  // "by fewer than 20,000 votes", "by just 312 votes": an approximate count of votes.
  let q = i;
  while (q < i + 2 && APPROXIMATE.has(ctx.lower[q] ?? '')) q++;
  if (q > i || ctx.lower[q + 1] === 'votes') {
    if (ctx.lower[q] === 'than') q++;
    if (n(q) && /^votes?$/.test(ctx.lower[q + 1] ?? '') && ctx.lower[q + 2] !== 'to' && q + 2 <= to) return q + 2;
  }
  if (!n(i)) return 0;
  const next = ctx.lower[i + 1];
  if ((next === 'votes' || next === 'vote') && ctx.lower[i + 2] === 'to' && n(i + 3) && i + 4 <= to) return i + 4;
  if ((next === 'basis' || next === 'percentage') && ctx.lower[i + 2] === 'points' && i + 3 <= to) return i + 3;
  return 0;
}

/** Verbs and nouns of a deal, one of which a price's "for" must follow (see dealPriceEnd). */
const DEAL_WORDS = new Set(['buy', 'acquire', 'sell', 'purchase', 'take', 'bid', 'offer', 'deal', 'acquisition', 'takeover', 'sale', 'stake', 'merger', 'agree']);
/** How far before a price's "for" the word of the deal may stand ("agreed to buy the Dunmore freight firm Kestrel for"). */
const DEAL_REACH = 10;
/** Currencies named after a sum ("1.95 billion euros", "145,000 shillings"). */
const CURRENCY_NAMES = /^(?:euros?|dollars?|pounds?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|shillings?|rand|naira|pesos?|reais|real|francs?|kronor|kroner|krona|krone|won|ringgit|baht|dirhams?|riyals?|lira|zloty|forint)$/;
/** Words after a price that tell what it was paid in ("in cash", "in cash and shares"). */
const PAID_IN = /^(?:cash|shares|stock|cash-and-stock|cash-and-shares)$/;

/**
 * The price of a deal, from the "for" at token i: a sum of money (the quantities layer) right after
 * it, a second sum in brackets ("($4.8 billion)") and what it was paid in ("in cash") read on; only
 * after a verb or a noun of a deal within DEAL_REACH words. Returns the end token, or 0.
 */
function dealPriceEnd(ctx: EventContext, i: number, u: { readonly tokenStart: number; readonly tokenEnd: number }): number {
  let dealt = false;
  for (let b = Math.max(u.tokenStart, i - DEAL_REACH); b < i && !dealt; b++) dealt = DEAL_WORDS.has(lemma(ctx.lower[b]!) ?? ctx.lower[b]!);
  if (!dealt) return 0;
  const money = (ctx.doc.maybe('quantities') ?? []).filter((q) => q.kind === 'money');
  const sumAt = (k: number) => money.find((q) => q.start === ctx.tokens[k]?.start);
  const first = sumAt(i + 1);
  if (!first) return 0;
  let e = i + 1;
  while (e < u.tokenEnd && ctx.tokens[e]!.end <= first.end) e++;
  // "2.1 billion euros": the currency named after the sum.
  if (CURRENCY_NAMES.test(ctx.lower[e] ?? '')) e++;
  // "for $31 each", "for 420 pence a share": the price of one.
  if (ctx.lower[e] === 'each') e++;
  else if ((ctx.lower[e] === 'a' || ctx.lower[e] === 'per') && ctx.lower[e + 1] === 'share') e += 2;
  // "($4.8 billion)": the same sum in another currency.
  if (ctx.lower[e] === '(' && sumAt(e + 1)) {
    let k = e + 1;
    while (k < u.tokenEnd && ctx.lower[k] !== ')') k++;
    if (k < u.tokenEnd) e = k + 1;
  }
  if (ctx.lower[e] === 'in' && PAID_IN.test(ctx.lower[e + 1] ?? '')) {
    e += 2;
    if ((ctx.lower[e] === 'and' || ctx.lower[e] === 'or') && PAID_IN.test(ctx.lower[e + 1] ?? '')) e += 2;
  }
  return Math.min(e, u.tokenEnd);
}

/** "by a quarter percentage point", "by half a percentage point": a fraction of a point a rate moved by (from token i, after "by"). */
function fractionOfPointEnd(ctx: EventContext, i: number, to: number): number {
  const w = (k: number) => ctx.lower[k] ?? '';
  let k = i;
  if (w(k) === 'a' && (w(k + 1) === 'quarter' || w(k + 1) === 'half')) k += 2;
  else if (w(k) === 'half' && w(k + 1) === 'a') k += 2;
  else if (w(k) === 'three-quarters' && w(k + 1) === 'of' && w(k + 2) === 'a') k += 3;
  else return 0;
  if (w(k) === 'of' && w(k + 1) === 'a') k += 2;
  return w(k) === 'percentage' && w(k + 1) === 'point' && k + 2 <= to ? k + 2 : 0;
}

/** Words before an approximate number of votes ("fewer than", "just", "more than"). */
const APPROXIMATE = new Set(['fewer', 'less', 'more', 'than', 'just', 'only', 'about', 'around', 'some', 'nearly', 'almost', 'barely']);

/** A game's score or a vote's tally: "22-18", "2-1", "4–3", "passed 41-22". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** Verbs of a game won or lost, whose score follows within a few words ("won the final 22-18"). */
const RESULT_OF_GAME = new Set(['win', 'won', 'wins', 'beat', 'beats', 'defeated', 'defeat', 'defeats', 'edged', 'thrashed', 'clinched', 'claimed', 'lost', 'lose', 'loses', 'drew', 'draw', 'routed', 'crushed', 'overcame', 'downed']);
/** What a bare score counts for against a manner phrase. */
const SCORE_WEIGHT = 0.6;
/** How far before a score its verb may stand. */
const SCORE_REACH = 6;

/** A verb of a game's result within SCORE_REACH words before token `at`, in the same unit. */
function beatenWithin(ctx: EventContext, from: number, at: number): boolean {
  for (let k = Math.max(from, at - SCORE_REACH); k < at; k++) if (RESULT_OF_GAME.has(ctx.lower[k]!)) return true;
  return false;
}

/** Verbs a vote's tally follows ("passed 41-22", "voted 6-1", "voted 9 to 4"). */
const TALLY_VERBS = new Set(['passed', 'voted', 'approved', 'rejected', 'backed', 'adopted', 'votes', 'passes']);

/** A number of up to three digits, or one spelled out ("nine"). */
function smallNumberAt(ctx: EventContext, k: number): boolean {
  const w = ctx.lower[k] ?? '';
  return /^\d{1,3}$/.test(w) || exactNumberWords().has(w);
}

/** End (exclusive) of a tally at token i: "41-22", or "9 to 4" / "nine to four"; 0 when there is none. */
function tallyEnd(ctx: EventContext, i: number, to: number): number {
  if (i < to && SCORE.test(ctx.lower[i]!)) return i + 1;
  return i + 3 <= to && smallNumberAt(ctx, i) && ctx.lower[i + 1] === 'to' && smallNumberAt(ctx, i + 2) ? i + 3 : 0;
}

/** End (exclusive) of a count of votes at token i, in figures ("2,114 votes", "1,126 votes"); 0 when there is none. */
function voteCountEnd(ctx: EventContext, i: number, to: number): number {
  return i + 2 <= to && /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(ctx.lower[i] ?? '') && ctx.lower[i + 1] === 'votes' ? i + 2 : 0;
}

/** Manner nouns of a document lodged with a body ("in a filing with the SEC"). */
const FILINGS = new Set(['filing', 'submission']);

/**
 * End (exclusive) of the name of a body at token i ("the Superintendency of the Securities Market
 * (SMV)", "the SEC"): "the", capitalised words joined by "of", "the", "and" or "for", and an acronym
 * in brackets after them; 0 when no capitalised word comes.
 */
function namedBodyEnd(ctx: EventContext, i: number, to: number): number {
  const { tokens, lower } = ctx;
  let k = lower[i] === 'the' ? i + 1 : i;
  const first = k;
  for (;;) {
    if (k < to && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
    else {
      // ("... of the Securities Market": joiners go on to the next capitalised word.)
      let j = k;
      while (j < to && j > first && NAME_JOINERS.has(lower[j]!)) j++;
      if (j === k || j >= to || !/^\p{Lu}/u.test(tokens[j]!.text)) break;
      k = j;
    }
  }
  if (k === first) return 0;
  if (lower[k] === '(' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '') && lower[k + 2] === ')' && k + 3 <= to) k += 3;
  return k;
}

/** Words inside a body's name between its capitalised words. */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', '&']);

/** End (exclusive) of the vehicle after "aboard a(n)" at token i: up to three words ending on a noun ("H3 rocket"), or 0. */
function aboardEnd(ctx: EventContext, i: number, to: number): number {
  let e = i;
  while (e < to && e < i + 3 && !BREAK.has(ctx.tokens[e]!.text) && !MEANS_STOPS.has(ctx.lower[e]!)) e++;
  const last = ctx.tokens[e - 1];
  return e > i && last && (last.pos === undefined || /^NN/.test(last.pos)) ? e : 0;
}

/** Verbs a candidate wins a share of the vote with ("took 49.6% of the vote"). */
const WINNING_VERBS = new Set(['took', 'won', 'taking', 'winning', 'secured', 'securing', 'received', 'receiving', 'polled', 'garnered', 'got']);

/** What a means phrase after "using" / "through" counts for against a manner phrase ("in a landslide vote"). */
const MEANS_PHRASE = 0.8;

/**
 * End (exclusive) of the noun phrase of a means at token i ("CT scans", "voluntary redundancies and
 * early retirement"): lower-case words, joined by "and", up to the next break, preposition or verb,
 * at most eight words; 0 when it names a place or a person (a capitalised word, "the city") or is
 * no noun phrase.
 */
function meansPhraseEnd(ctx: EventContext, i: number, to: number): number {
  const places = lexicon('place-nouns');
  let e = i;
  if (NOT_MEANS.has(ctx.lower[i]!)) return 0;
  while (e < to && e < i + 8 && !BREAK.has(ctx.tokens[e]!.text) && !MEANS_STOPS.has(ctx.lower[e]!) && !(e > i && isVerb(ctx.tokens, e) && !/^JJ/.test(ctx.tokens[e]!.pos ?? ''))) e++;
  while (e > i && DANGLING.has(ctx.lower[e - 1]!)) e--;
  if (e === i) return 0;
  const words = ctx.tokens.slice(i, e);
  // A means is a thing: no place ("through the city", "through Kelton"), no article-led phrase
  // that refers back ("using the money"), no pronoun.
  if (words.some((t) => places.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text) && t !== words[0]) || /^\p{Lu}/u.test(words[0]!.text) && !/^\p{Lu}{2,}$/u.test(words[0]!.text)) return 0;
  if (DETERMINERS.has(ctx.lower[i]!) || OBJECT_PRONOUNS.has(ctx.lower[i]!) || ctx.lower[i] === 'it' || ctx.lower[i] === 'them') return 0;
  const last = ctx.tokens[e - 1]!;
  return last.pos === undefined || /^NN/.test(last.pos) ? e : 0;
}

/** Words a means phrase stops before: prepositions, subordinators and joiners of clauses. */
const MEANS_STOPS = new Set(['in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'over', 'after', 'before', 'during', 'while', 'when', 'as', 'that', 'which', 'who', 'but', 'or', 'than', 'all', 'this', 'these', 'those']);

/** What a player misses a match "through" is a cause, no means ("ruled out through injury"). */
const NOT_MEANS = new Set(['injury', 'injuries', 'illness', 'suspension', 'absence', 'sickness']);

/** End (exclusive) of "a(n) [up to two modifiers] MANNER-NOUN" starting at token i, or 0. */
function mannerPhraseEnd(ctx: EventContext, i: number, to: number): number {
  const nouns = lexicon('event-manner-nouns');
  // Indefinite: "in a landslide vote", "by a narrow margin"; "in the crash" refers back to the event itself.
  if (ctx.lower[i] !== 'a' && ctx.lower[i] !== 'an') return 0;
  const k = i + 1;
  for (let n = k; n < Math.min(to, k + 3); n++) {
    const w = ctx.lower[n]!;
    if (nouns.has(w)) {
      let e = n + 1;
      while (e < to && nouns.has(ctx.lower[e]!)) e++; // "landslide vote"
      return e;
    }
    if (!MANNER_MODIFIER.test(ctx.tokens[n]!.text) || BREAK.has(w)) return 0;
  }
  return 0;
}
