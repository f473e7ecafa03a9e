import { makeArg, type Ranked, type EventContext } from './context.js';
import { lemma } from './verbs.js';
import { WHY_BREAKS } from './stated-causes.js';

/**
 * Verbs of a figure moving: a comparison after one ("eased to 2.1 percent from 2.6 percent", "raised
 * the price from 4,000 to 5,000 pounds") tells how much it moved.
 */
const CHANGE_VERBS = new Set([
  'rise', 'fall', 'increase', 'decrease', 'drop', 'climb', 'grow', 'ease', 'slow', 'jump', 'slide', 'slip', 'cut', 'raise',
  'reduce', 'lower', 'decline', 'gain', 'surge', 'soar', 'plunge', 'tumble', 'shrink', 'lift', 'hike', 'accelerate',
  'contract', 'expand', 'edge', 'sink', 'rebound', 'dip', 'reach', 'hit', 'trim', 'slash', 'double', 'treble', 'triple',
]);
/** Forms of such verbs the verb list does not hold ("shrank", "contracted"). */
const UNLISTED_FORMS = new Set(['shrank', 'shrunk', 'shrinks', 'shrinking', 'slid', 'contracted', 'contracts', 'contracting', 'edged', 'dipped', 'trebled', 'tripled', 'doubled']);

/** The word is a form of a verb of a figure moving. */
export function changeVerb(w: string): boolean {
  return CHANGE_VERBS.has(lemma(w) ?? '') || UNLISTED_FORMS.has(w);
}

/** Nouns of a figure moving: "an 11 percent increase on the previous year", "a 38 per cent fall". */
const CHANGE_NOUNS = new Set(['increase', 'rise', 'fall', 'drop', 'decline', 'jump', 'gain', 'cut', 'reduction', 'slump', 'decrease', 'growth', 'surge', 'hike', 'slide', 'dip']);
/** Words of a figure's unit after its number ("34 per cent", "25 basis points", "18pc"). */
const FIGURE_UNITS = new Set(['%', 'percent', 'per', 'cent', 'pc', 'pct', 'percentage', 'points', 'point', 'basis', 'million', 'billion', 'bn', 'm', 'trillion']);
/** Words after a figure that say it is measured against another ("2.1 percent less"). */
const COMPARATIVES = new Set(['less', 'more', 'lower', 'higher', 'cheaper', 'dearer']);
/** Words a comparison ends before: a new clause, its reason or its source. */
const STOPS = new Set(['and', 'but', 'as', 'while', 'which', 'who', 'after', 'when', 'according', 'said', 'says', 'with', 'driven', 'thanks', 'due', 'because', 'amid', 'despite']);
/** Words a comparison reads at most. */
const COMPARISON_MAX = 12;
/** Words back from "from" its change verb may stand ("eased to 2.1 percent in October from ..."). */
const VERB_REACH = 10;
/** Weight of a comparison against the other manner phrases (see howCandidates's mannerNoun). */
export const COMPARISON = 0.8;

/** A token holding a figure: "14.8%", "4,000", "$98.7"; not a year ("from 2007" is a time). */
function figure(text: string | undefined): boolean {
  return text !== undefined && /\d/.test(text) && !/^(?:1[89]|20)\d\d$/.test(text);
}

/** Words of a share ("2.1 percent less"; not "1.5 million more", a count). */
const SHARE_UNITS = new Set(['%', 'percent', 'cent', 'pc', 'pct']);

/**
 * How much a figure moved, against what: ", up 14.8% on the same period of the previous season",
 * ", down from S$98.7 million a year earlier", "eased to 2.1 percent in October from 2.6 percent in
 * September", "slowing from 4.9 per cent", "an 11 percent increase on the previous year", "2.1
 * percent less". Coders answer how with it in stories of results, prices and statistics, so it is
 * read outside incidents and sport only (the first in each sentence; not in headlines, which round).
 */
export function addComparisons(ctx: EventContext, ranked: Ranked, weight: number): void {
  const { tokens, text } = ctx;
  for (const u of ctx.units) {
    if (u.kind === 'title') continue;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      if (ctx.inQuote(tokens[i]!.start)) continue;
      const span = comparisonAt(ctx, i, u.tokenStart, u.tokenEnd);
      if (!span) continue;
      ranked.add(makeArg(text, tokens[span[0]]!.start, tokens[span[1] - 1]!.end, ctx.weight(u) * weight));
      break;
    }
  }
}

/** The comparison at token i of a sentence [from, to), as [start, end) tokens, or undefined. */
function comparisonAt(ctx: EventContext, i: number, from: number, to: number): [number, number] | undefined {
  const { lower, tokens } = ctx;
  const w = lower[i]!;
  if ((w === 'up' || w === 'down') && lower[i - 1] === ',') {
    // ", up 14.8% on ...", ", down from S$98.7 million ...", ", up by 12% from ...".
    let k = i + 1;
    if (lower[k] === 'by') k++;
    if (lower[k] === 'from' && (figure(lower[k + 1]) || figure(lower[k + 2]))) return [i, comparisonEnd(ctx, k + 1, to)];
    if (!figure(lower[k])) return undefined;
    k = figureEnd(ctx, k, to);
    return [i, comparisonEnd(ctx, k, to)];
  }
  if (w === 'from' && (figure(lower[i + 1]) || (figure(lower[i + 2]) && !figure(lower[i + 1]) && tokens[i + 1]!.text.length <= 3))) {
    // "from 2.6 percent in September", "from 4,000 to 5,000 Syrian pounds", after a verb of change.
    if (lower[i - 1] === 'up' || lower[i - 1] === 'down') return undefined;
    const gerund = /ing$/.test(lower[i - 1] ?? '') && changeVerb(lower[i - 1]!);
    if (!gerund && !changeVerbBefore(ctx, i, from)) return undefined;
    return [gerund ? i - 1 : i, comparisonEnd(ctx, i + 1, to)];
  }
  if ((w === 'a' || w === 'an') && figure(lower[i + 1])) {
    // "an 11 percent increase on the previous year", "a 38 per cent fall".
    const k = figureEnd(ctx, i + 1, to);
    if (!CHANGE_NOUNS.has(lower[k] ?? '')) return undefined;
    if (lower[k + 1] === 'on' || lower[k + 1] === 'from') return [i, comparisonEnd(ctx, k + 2, to)];
    return [i, k + 1];
  }
  if (figure(lower[i]) && !figure(lower[i - 1])) {
    // "2.1 percent less".
    const k = figureEnd(ctx, i, to);
    const share = SHARE_UNITS.has(lower[k - 1]!) || /%$/.test(lower[k - 1]!);
    if (share && COMPARATIVES.has(lower[k] ?? '') && lower[k + 1] !== 'than') return [i, k + 1];
  }
  return undefined;
}

/** End (exclusive) of a figure from token k: its number and unit words ("34 per cent", "$98.7 million"). */
function figureEnd(ctx: EventContext, k: number, to: number): number {
  let e = k;
  while (e < to && (figure(ctx.lower[e]) || FIGURE_UNITS.has(ctx.lower[e]!))) e++;
  return e;
}

/** End (exclusive) of a comparison's rest from token k: its figure and what it is measured against, up to a stop. */
function comparisonEnd(ctx: EventContext, k: number, to: number): number {
  const { tokens, lower } = ctx;
  let e = k;
  while (e < to && e - k < COMPARISON_MAX && !WHY_BREAKS.has(tokens[e]!.text) && !(STOPS.has(lower[e]!) && e > k)) e++;
  // Not a dangling word: "from 455 pesos at" stops before "at" only when nothing follows it.
  while (e > k && /^(?:on|in|at|of|from|to|a|an)$/.test(lower[e - 1]!)) e--;
  return e;
}

/** A verb of change before "from" at token i in the same clause ("eased to 2.1 percent in October from"). */
function changeVerbBefore(ctx: EventContext, i: number, from: number): boolean {
  for (let v = i - 1; v >= from && v >= i - VERB_REACH; v--) {
    if (WHY_BREAKS.has(ctx.tokens[v]!.text)) return false;
    if (changeVerb(ctx.lower[v]!)) return true;
  }
  return false;
}
