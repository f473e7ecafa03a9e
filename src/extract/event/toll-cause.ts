import type { Clause } from './clause.js';
import { clauseWords } from './clause-words.js';
import { makeArg, timeStartsAt, type EventContext, type Ranked } from './context.js';
import { isVerb } from './verbs.js';

/** Words the cause after "after" reads at most ("after drinking homemade alcohol contaminated with methanol"). */
const CAUSE_MAX = 12;
/** Words between the toll's verb and its "after" at most ("died and at least 126 other guests were treated in hospital | after"). */
const AFTER_REACH = 14;
/** Words after which a participle modifies a noun ("a suspected gas leak"). */
const MODIFIER_LEADS = new Set(['a', 'an', 'the', 'suspected', 'alleged', 'apparent', 'possible']);
/** Words a cause stops before: a place or a time of its own, a report, a new clause. */
const CAUSE_STOPS = new Set(['in', 'on', 'near', 'at', 'said', 'says', 'according', 'while', 'and', 'but', 'which', 'who']);

/**
 * The lead's toll told with what caused it, tokens [start, end): "have died after drinking homemade
 * alcohol contaminated with methanol", "died ... after suspected food poisoning at a wedding". Only
 * an "after" that opens no clause of its own (a clause with a subject is an incident's, see
 * who-what.ts's incidentClause) and no time ("after 9 p.m."); from the toll's verb to a break or a
 * stop word. Null when the lead is no toll or tells no cause.
 */
export function tollCause(ctx: EventContext, c: Clause, to: number): [number, number] | null {
  if (!c.verb || !c.lemma || !clauseWords('toll').has(c.lemma)) return null;
  const { lower, tokens } = ctx;
  for (let i = c.verb[1]; i < Math.min(to - 1, c.verb[1] + AFTER_REACH); i++) {
    if (tokens[i]!.text === ',' || tokens[i]!.text === ';') return null;
    if (lower[i] !== 'after') continue;
    const next = i + 1;
    if (timeStartsAt(ctx, tokens[next]!.start)) return null;
    // "after drinking", "after being struck": a gerund; "after suspected food poisoning": a noun
    // phrase with no verb of its own (not "after a building collapsed": an incident's clause).
    const gerund = /ing$/.test(lower[next]!) && isVerb(tokens, next);
    let e = next + 1;
    let verbs = 0;
    while (e < to && e - next < CAUSE_MAX && !/^[,;.:!?)]$/.test(tokens[e]!.text) && !CAUSE_STOPS.has(lower[e]!)) {
      // (A participle before its noun is no verb: "after suspected food poisoning".)
      if (!gerund && isVerb(tokens, e) && !(/(?:ed|en)$/.test(lower[e]!) && (e === next || MODIFIER_LEADS.has(lower[e - 1]!)))) verbs++;
      e++;
    }
    if (verbs > 0 || e - next < 2) return null;
    return [c.verb[0], e];
  }
  return null;
}

/** A toll's verb as written: "died", "were killed", "drowned". */
const TOLL_FORMS = new Set(['died', 'die', 'dies', 'killed', 'drowned', 'dead', 'perished', 'suffocated']);
/** Gerunds after "after" that tell a departure or a sequence, not how anyone died ("after leaving port", "after taking off"). */
const NOT_MEANS = new Set(['leaving', 'departing', 'taking', 'setting', 'returning', 'arriving', 'spending', 'attending', 'beating', 'winning']);
/** Words between a toll's verb and its "after" at most ("died and two other people were injured | after"). */
const AFTER_GAP = 8;
/** Words the means reads at most after "after". */
const MEANS_MAX = 8;

/** What a toll's "after" + gerund counts for against the means read in the same sentence. */
const TOLL_MEANS = 0.9;

/**
 * Adds how the toll came about, from each sentence read that tells it with "after" and a gerund
 * ("died after inhaling toxic gas", "have died after drinking homemade alcohol"): see tollMeans.
 */
export function addTollMeans(ctx: EventContext, ranked: Ranked, weight: number): void {
  const { tokens, text } = ctx;
  for (const u of ctx.units) {
    const means = u.kind === 'title' ? null : tollMeans(ctx, u.tokenStart, u.tokenEnd);
    if (means) ranked.add(makeArg(text, tokens[means[0]]!.start, tokens[means[1] - 1]!.end, ctx.weight(u) * weight * TOLL_MEANS));
  }
}

/**
 * How an incident's victims died when a toll says it with "after" and a gerund: "died after
 * inhaling toxic gas", "have died after drinking homemade alcohol contaminated with methanol", "drowned
 * after being caught in a rip current". Tokens [start, end) from "after", to a break, a place, a time
 * or MEANS_MAX words; the first in tokens [from, to), or null.
 */
function tollMeans(ctx: EventContext, from: number, to: number): [number, number] | null {
  const { lower, tokens } = ctx;
  for (let i = from; i < to - 2; i++) {
    if (!TOLL_FORMS.has(lower[i]!)) continue;
    // ("died and two other people were injured after ...", "drowned Friday afternoon after ...")
    let a = i + 1;
    while (a < to && a - i <= AFTER_GAP && lower[a] !== 'after' && !/^[,;.:!?()]$/.test(tokens[a]!.text)) a++;
    if (lower[a] !== 'after') continue;
    const g = a + 1;
    if (g >= to || !/ing$/.test(lower[g]!) || !isVerb(tokens, g) || NOT_MEANS.has(lower[g]!)) continue;
    let e = g + 1;
    while (e < to && e - g < MEANS_MAX && !/^[,;.:!?)]$/.test(tokens[e]!.text) && !CAUSE_STOPS.has(lower[e]!) && lower[e] !== 'inside') e++;
    return [a, e];
  }
  return null;
}
