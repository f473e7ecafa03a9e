import { makeArg, type Ranked, type EventContext } from './context.js';
import { WHY_BREAKS } from './stated-causes.js';
import { changeVerb } from './change-compare.js';

/** Words after "as" that make it no clause of cause ("as well", "as part of", "as if", "as many as"). */
const NOT_A_CLAUSE = new Set(['well', 'part', 'if', 'though', 'of', 'many', 'much', 'soon', 'long', 'far', 'such', 'a', 'an', 'expected', 'usual', 'planned', 'scheduled', 'agreed', 'required', 'reported', 'promised', 'one', 'the']);
/** Subjects of an "as" clause that tell a time, not a cause ("as they slept", "as it approached"). */
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'there', 'these', 'those']);
/** Words the clause's subject runs to at most before its verb ("demand for high-bandwidth chips used in AI data centres"). */
const SUBJECT_MAX = 12;
/** Words a cause reads at most. */
const CAUSE_MAX = 20;
/** What a clause of cause after "as" weighs against the other causes (below a stated "because"). */
export const AS_CAUSE = 0.7;

/**
 * ", as demand for high-bandwidth chips ... pushed up prices and sales", "shrank at the end of last
 * year, as construction remained in the doldrums", "as new ore-processing plants came online", "as
 * thunderstorms swept across the state": a clause after "as" with a subject of its own, a noun
 * phrase, and a finite verb, after a comma or a figure in a sentence that tells a figure moving
 * (change-compare.ts's changeVerb, "record", "profit"), gives what moved it. The first in each sentence read.
 * Not after a pronoun ("as they slept" tells when) nor in "as well", "as part of", "as expected";
 * not "the" after it ("as the bus approached"); not in headlines. Outside incidents only (there "as
 * commuters headed to work", "as dozens of people queued" tell the scene).
 */
export function addAsCauses(ctx: EventContext, ranked: Ranked, weight: number): void {
  const { tokens, lower, text } = ctx;
  for (const u of ctx.units) {
    // (Not a headline's: "X killed as bus plunges into ravine" tells the event again.)
    if (u.kind === 'title') continue;
    for (let i = u.tokenStart + 1; i < u.tokenEnd - 2; i++) {
      if (lower[i] !== 'as' || ctx.inQuote(tokens[i]!.start)) continue;
      const next = lower[i + 1]!;
      if (NOT_A_CLAUSE.has(next) || PRONOUNS.has(next) || /^(?:as|so|such|same|just|twice)$/.test(lower[i - 1] ?? '') || lower.slice(Math.max(u.tokenStart, i - 3), i).includes('as')) continue;
      // After a figure that moved: "shrank at the end of last year, as", "a record profit on Thursday, as".
      if (!(lower[i - 1] === ',' || /\d/.test(lower[i - 1]!) || lower[i - 1] === 'percent' || lower[i - 1] === 'cent') || !movedBefore(ctx, Math.max(u.tokenStart, i - MOVED_REACH), i)) continue;
      const verb = finiteVerbAfter(ctx, i + 1, u.tokenEnd);
      if (verb < 0) continue;
      let e = verb + 1;
      while (e < u.tokenEnd && e - i < CAUSE_MAX && !WHY_BREAKS.has(tokens[e]!.text) && !/^(?:according|said|says)$/.test(lower[e]!)) e++;
      ranked.add(makeArg(text, tokens[i]!.start, tokens[e - 1]!.end, ctx.weight(u) * weight));
      break;
    }
  }
}

/** Words before "as" the figure's move may be told in ("reported a record quarterly operating profit on Thursday, as"). */
const MOVED_REACH = 14;
/** Nouns of a result that moved: "a record profit", "a loss". */
const RESULT_NOUNS = new Set(['record', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'growth', 'slowdown', 'contraction', 'rise', 'fall', 'drop', 'increase', 'decline']);

/** A verb of a figure moving (changeVerb) or a result's noun in tokens [from, to). */
function movedBefore(ctx: EventContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.lower[k]!;
    if (RESULT_NOUNS.has(w) || changeVerb(w)) return true;
  }
  return false;
}

/** Words that end an "as" clause's subject before any verb: it is no clause ("as City manager when ..."). */
const SUBJECT_STOPS = new Set(['when', 'if', 'while', 'who', 'which', 'that', 'because', 'after', 'before', 'since', 'until', 'as', 'than']);

/** The finite verb that ends a noun phrase subject from token s (a noun in it, no break), or -1. */
function finiteVerbAfter(ctx: EventContext, s: number, to: number): number {
  const { tokens } = ctx;
  let noun = false;
  for (let j = s; j < to && j - s <= SUBJECT_MAX; j++) {
    const pos = tokens[j]!.pos ?? '';
    if (WHY_BREAKS.has(tokens[j]!.text) || SUBJECT_STOPS.has(ctx.lower[j]!)) return -1;
    if (/^(?:VBD|VBZ|VBP)$/.test(pos)) return noun && j > s ? j : -1;
    if (pos === 'MD') return -1;
    if (/^NN/.test(pos)) noun = true;
  }
  return -1;
}
