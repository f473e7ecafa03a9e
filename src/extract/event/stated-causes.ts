import { makeArg, type EventContext, type Ranked } from './context.js';
import { animacy } from './animacy.js';
import { lemma } from './verbs.js';
import type { Unit } from './units.js';

/**
 * Causes a report states with a verb of blaming or crediting, not after a cue word: "The company
 * blamed the decline on a mild autumn" (what is after "on"), "Harwood's blamed rising costs of
 * cocoa", "Residents blamed blocked storm drains for the waterlogging" (the thing blamed: a person
 * or a body blamed is who did it, not why), "Analysts attributed her win to discontent over
 * housing costs" (what is after "to"), and "the shooting followed an argument between two groups"
 * (the event's own noun, then "followed": what came before it), and "a sudden whiteout appeared to
 * have caused the crash" (what caused the event's own noun). Stated outright, each scores at
 * least as the weakest answer that counts, wherever the report states it; outside quotations.
 * `end` is where a why phrase that starts at `start` ends, read on from `e` (why-how.ts's).
 */
export function addStatedCauses(ctx: EventContext, ranked: Ranked, units: readonly Unit[], triggers: ReadonlySet<string>, end: (u: Unit, start: number, e: number) => number): void {
  const { tokens, lower, text } = ctx;
  const p = ctx.params.why;
  // `own`: a cause stated of the event's own noun ("the attack followed", "the cause of the fire"),
  // which outranks a cue read of something else in the story ("booked on suspicion of murder").
  // `named`: what the event came from or started with may name people ("followed an argument
  // between Kettering and ...").
  const add = (u: Unit, from: number, to: number, own = false, named = false) => {
    // A name in it makes it a person's or a body's doing, or a slogan ("blames FBI director James
    // Comey's decision", "blamed Brexit"): politics, where blame is the news, not its cause.
    if (to <= from || (!named && tokens.slice(from, Math.min(to, from + NAME_REACH)).some((t, i) => (i > 0 || from > u.tokenStart) && /^\p{Lu}/u.test(t.text)))) return;
    // ('attributed the rise to the "vitality of the brand"': a phrase cut at a quotation mark names nothing.)
    while (to > from && ARTICLES.has(lower[to - 1]!)) to--;
    if (to <= from) return;
    ranked.add(makeArg(text, tokens[from]!.start, tokens[to - 1]!.end, Math.max(ctx.weight(u), p.minScore * (own ? OWN_CAUSE_FLOOR : 1))));
  };
  // A cause told as the subject before its verb ("a sudden whiteout appeared to have caused the
  // crash", "an electrical fault ... is believed to be the cause"): a thing, not a person, who did it.
  const addSubjectCause = (u: Unit, subject: [number, number] | null) => {
    if (subject && DETERMINER_OR_NOUN.test(tokens[subject[0]]!.pos ?? 'NN') && animacy(ctx, subject[0], subject[1]) !== 'animate') add(u, subject[0], subject[1], true);
  };
  for (const u of units) {
    for (let v = u.tokenStart + 1; v < u.tokenEnd - 1; v++) {
      const w = lower[v]!;
      if (ctx.inQuote(tokens[v]!.start)) continue;
      // ("were partly to blame for the rise": the cause is the subject, before the verb.)
      if (BLAME.has(w) && isVerb(ctx, v) && lower[v - 1] !== 'to') {
        const on = wordBefore(ctx, v + 1, u.tokenEnd, 'on');
        if (on > 0) {
          add(u, on + 1, end(u, on + 1, on + 2));
          continue;
        }
        // The thing blamed runs to "for" or the phrase's end; a person or a body blamed is no cause.
        const e = Math.min(end(u, v + 1, v + 2), forAt(ctx, v + 1, u.tokenEnd));
        if (e > v + 1 && DETERMINER_OR_NOUN.test(tokens[v + 1]!.pos ?? 'NN') && animacy(ctx, v + 1, e) !== 'animate' && !ctx.mentionTypeAt(tokens[v + 1]!.start, tokens[e - 1]!.end)) add(u, v + 1, e);
        continue;
      }
      if (CREDIT.has(w) && isVerb(ctx, v)) {
        const to = wordBefore(ctx, v + 1, u.tokenEnd, 'to');
        if (to > 0) add(u, to + 1, end(u, to + 1, to + 2));
        continue;
      }
      // "the shooting followed an argument", "the landslide followed days of heavy rain"; in any
      // story, the news's own noun: "The increase follows a rise in average global oil prices".
      if ((w === 'followed' || w === 'follows') && DETERMINER_OR_NOUN.test(tokens[v + 1]!.pos ?? 'NN')) {
        // (A news noun's "follows" mostly tells what came before, not why: "News of the recall follows an announcement".)
        if (newsNounBefore(ctx, u.tokenStart, v)) add(u, v + 1, end(u, v + 1, v + 2));
        else if (ownNounBefore(ctx, u.tokenStart, v, triggers)) add(u, v + 1, end(u, v + 1, v + 2), true, true);
      }
      // "the blaze was believed to have started with a lithium-ion battery": what the event's own noun started with.
      if (w === 'started' && lower[v + 1] === 'with' && ownSubjectBefore(ctx, u.tokenStart, v, triggers)) add(u, v + 2, end(u, v + 2, v + 3), true, true);
      // "Troopers said a sudden whiteout appeared to have caused the crash": what caused the
      // event's own noun is its cause (a person who did is who, not why).
      if (CAUSED.has(w) && ownNounAfter(ctx, v + 1, u.tokenEnd, triggers)) {
        addSubjectCause(u, causeSubject(ctx, u.tokenStart, v));
      }
      // "An electrical fault in the engine room is believed to be the cause (of the fire)": what is
      // the event's cause, as its subject; "The cause of the fire was a faulty heater": as what follows.
      if (w === 'cause' && lower[v - 1] !== 'to') {
        const the = CAUSE_ADJECTIVES.has(lower[v - 1]!) ? v - 2 : v - 1;
        if (lower[the] !== 'the' || !causeOfOwn(ctx, v + 1, u.tokenEnd, triggers)) continue;
        if (BE.has(lower[the - 1] ?? '')) {
          addSubjectCause(u, causeSubject(ctx, u.tokenStart, the));
          continue;
        }
        const be = beAfterCause(ctx, v + 1, u.tokenEnd);
        if ((the === u.tokenStart || FRAME_ENDS.has(lower[the - 1]!)) && be > 0 && DETERMINER_OR_NOUN.test(tokens[be]!.pos ?? 'NN') && !UNKNOWN.has(lower[be]!)) {
          // (A thing, not a quality: not "The cause of death appears to be natural".)
          const e = end(u, be, be + 1);
          if (tokens.slice(be, e).some((t) => t.pos?.startsWith('NN'))) add(u, be, e, true);
        }
      }
    }
  }
}

/** Nouns of a business or policy story's news that "follows" its cause ("The increase follows ...", "the deal followed ..."; see why-how.ts's PURPOSE_NEWS_NOUNS). */
const FOLLOWING_NEWS_NOUNS = new Set(['increase', 'rise', 'hike', 'cut', 'cuts', 'decision', 'move', 'deal', 'change', 'changes', 'reduction', 'fall', 'drop', 'recall', 'ban', 'strike']);

/** A noun of the news after its article right before token v ("The increase follows"). */
function newsNounBefore(ctx: EventContext, from: number, v: number): boolean {
  return v - 2 >= from && FOLLOWING_NEWS_NOUNS.has(ctx.lower[v - 1]!) && POINTING.has(ctx.lower[v - 2]!);
}

/** The event's own noun with its article as the subject of the verb at v, over its hedges ("the blaze was believed to have started"). */
function ownSubjectBefore(ctx: EventContext, from: number, v: number, triggers: ReadonlySet<string>): boolean {
  return ownNounBefore(ctx, from, beforeHedges(ctx, from, v) + 1, triggers);
}

/** The last token before the verb at v that is no hedge of it ("appeared to have", "was believed to have"), not before `from`. */
function beforeHedges(ctx: EventContext, from: number, v: number): number {
  let j = v - 1;
  while (j > from && CAUSE_HEDGES.has(ctx.lower[j]!)) j--;
  return j;
}

/** Words between "the" and "cause" that only grade it ("the likely cause"). */
const CAUSE_ADJECTIVES = new Set(['likely', 'probable', 'possible', 'main', 'suspected', 'immediate', 'official', 'exact', 'most']);
/** Forms of "be" right before "the cause". */
const BE = new Set(['be', 'is', 'was', 'been', 'are', 'were']);
/** Words after "the cause ... was" that say it is not known, not what it was ("not", "under investigation", "unclear"). */
const UNKNOWN = new Set(['not', 'under', 'unknown', 'unclear', 'still', 'being', 'yet', 'now', 'also']);

/**
 * After "the cause" at k-1: nothing more of it ("is believed to be the cause."), or "of" and the
 * event's own noun ("the cause of the fire"), or of the deaths it made.
 */
function causeOfOwn(ctx: EventContext, k: number, to: number, triggers: ReadonlySet<string>): boolean {
  if (k >= to || WHY_BREAKS.has(ctx.tokens[k]!.text) || BE.has(ctx.lower[k]!)) return true;
  if (ctx.lower[k] !== 'of') return false;
  const noun = POINTING.has(ctx.lower[k + 1] ?? '') ? k + 2 : k + 1;
  return isOwnNoun(ctx.lower[noun] ?? '', triggers) || /^deaths?$/.test(ctx.lower[noun] ?? '');
}

/** "The cause of the fire was | a faulty heater", "... is believed to be | ...": the token after the "be" that follows the cause's phrase, or -1. */
function beAfterCause(ctx: EventContext, k: number, to: number): number {
  let j = k;
  while (j < to && j < k + 4 && !BE.has(ctx.lower[j]!) && !WHY_BREAKS.has(ctx.tokens[j]!.text)) j++;
  if (j >= to || !BE.has(ctx.lower[j]!)) return -1;
  // ("is believed to be", "was thought to have been": hedges between.)
  let e = j + 1;
  while (e < to && CAUSE_HEDGES.has(ctx.lower[e]!)) e++;
  return e < to ? e : -1;
}

/** Verbs whose subject caused their object: "X caused the crash", "X sparked the fire". */
const CAUSED = new Set(['caused', 'triggered', 'sparked']);
/** Words between a cause and its verb that only hedge or time it ("appeared to have", "is believed to have", "may have"). */
const CAUSE_HEDGES = new Set(['to', 'be', 'have', 'has', 'had', 'been', 'appeared', 'appears', 'seemed', 'seems', 'may', 'might', 'could', 'probably', 'likely', 'is', 'was', 'are', 'were', 'believed', 'thought', 'suspected', 'also']);
/** Words that end a report's frame before the cause it reports ("Troopers said | a sudden whiteout ..."). */
const FRAME_ENDS = new Set(['said', 'says', 'say', 'told', 'that', 'believe', 'believed', 'think', 'suspect']);
/** Words a cause told before its verb has at most. */
const CAUSE_WORDS = 8;

/** The event's own noun after its article right at token k ("the crash", "the fire"), before the phrase ends. */
function ownNounAfter(ctx: EventContext, k: number, to: number, triggers: ReadonlySet<string>): boolean {
  return k + 1 < to && POINTING.has(ctx.lower[k]!) && isOwnNoun(ctx.lower[k + 1]!, triggers);
}

/**
 * The subject of the verb at token v, read back over its hedges and an aside between commas ("a
 * sudden whiteout, as wind-driven snow swept across the freeway, appeared to have caused"), to the
 * report that frames it, a break or the sentence's start: tokens [start, end), or null.
 */
function causeSubject(ctx: EventContext, from: number, v: number): [number, number] | null {
  const { lower, tokens } = ctx;
  let j = beforeHedges(ctx, from, v);
  if (tokens[j]!.text === ',') {
    let k = j - 1;
    while (k > from && tokens[k]!.text !== ',') k--;
    if (k <= from) return null;
    j = k - 1;
  }
  const end = j + 1;
  let start = end;
  while (start > from && end - start < CAUSE_WORDS && !FRAME_ENDS.has(lower[start - 1]!) && !WHY_BREAKS.has(tokens[start - 1]!.text)) start--;
  return start < end && (start === from || FRAME_ENDS.has(lower[start - 1]!) || WHY_BREAKS.has(tokens[start - 1]!.text)) ? [start, end] : null;
}

/** A cause stated of the event itself scores at least this many times the weakest answer that counts (why-how.ts's cues too). */
export const OWN_CAUSE_FLOOR = 1.25;

/** Words at the head of a stated cause in which a name makes it a person's doing (see addStatedCauses). */
const NAME_REACH = 4;

/** Verbs that lay a cause: "blamed X on Y", "blamed X (for Y)". */
const BLAME = new Set(['blamed', 'blames', 'blaming', 'blame']);
/** Verbs that credit a cause: "attributed X to Y". */
const CREDIT = new Set(['attributed', 'attributes', 'attributing', 'attribute']);
/** Tags a noun phrase starts with. */
const DETERMINER_OR_NOUN = /^(?:DT|PRP\$|JJ|NN|CD|VBG|VBN)/;
/** Words a why phrase breaks at, here and in why-how.ts. */
export const WHY_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?', ':', '—', '(', ')', '“', '”', '"']);
/** How far after the verb its "on" or "to" may stand ("blamed the sharp fall in first-half profits on"). */
const REACH = 8;

/** Token k is a verb: tagged so, or untagged. */
function isVerb(ctx: EventContext, k: number): boolean {
  const pos = ctx.tokens[k]!.pos;
  return pos === undefined || pos.startsWith('VB');
}

/** The first `word` in tokens [from, to) within REACH, before a break, or -1. */
function wordBefore(ctx: EventContext, from: number, to: number, word: string): number {
  for (let k = from; k < Math.min(to, from + REACH); k++) {
    if (WHY_BREAKS.has(ctx.tokens[k]!.text)) return -1;
    if (ctx.lower[k] === word) return k;
  }
  return -1;
}

/** Where a phrase from `from` stops before "for" ("blamed blocked storm drains for the waterlogging"), or `to`. */
function forAt(ctx: EventContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.lower[k] === 'for') return k;
  return to;
}

/** The articles. */
export const ARTICLES = new Set(['the', 'a', 'an']);
/** Words before a noun that point at the news or event the story is about ("the shooting", "this move", "its decision"). */
const POINTING = new Set(['the', 'this', 'that', 'its']);

/** A word of the event's own type right before token v, with its article ("the shooting followed"). */
function ownNounBefore(ctx: EventContext, from: number, v: number, triggers: ReadonlySet<string>): boolean {
  const w = ctx.lower[v - 1];
  if (v - 1 < from || w === undefined || !isOwnNoun(w, triggers)) return false;
  return POINTING.has(ctx.lower[v - 2] ?? '');
}

/**
 * A word that names the event by its type's trigger: the trigger itself, its plural, or a noun of
 * the same verb ("shooting" for a type triggered by "shot": both are forms of "shoot").
 */
export function isOwnNoun(w: string, triggers: ReadonlySet<string>): boolean {
  if (triggers.has(w) || triggers.has(w.replace(/s$/, ''))) return true;
  const base = lemma(w);
  if (base === undefined || base === w) return false;
  for (const t of triggers) if (lemma(t) === base) return true;
  return false;
}
