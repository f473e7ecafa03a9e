import { makeArg, type Ranked, type EventContext } from './context.js';
import { isVerb } from './verbs.js';
import { WHY_BREAKS } from './stated-causes.js';
import { LATE_FLOOR, WAY_WEIGHT } from './mishap-way.js';

/** Words that name a fire, as the subject of "spread" or among an incident's triggers. */
const FIRE_WORDS = new Set(['fire', 'fires', 'blaze', 'blazes', 'flames', 'flame', 'smoke', 'wildfire', 'bushfire', 'inferno']);
/** The ways a fire goes: "spread through the stalls", "up the staircase", "from the ground floor up ...". */
const SPREAD_WAYS = new Set(['through', 'to', 'up', 'across', 'into', 'along', 'onto', 'throughout', 'from', 'over', 'down']);
/** How fast, before or after "spread" ("quickly spread to", "spread rapidly through"). */
const PACE = /^(?:quickly|rapidly|swiftly|fast|slowly|soon|then|later|also)$/;
/** Before a noun "spread" ("the spread of the fire"). */
const DETERMINERS = new Set(['the', 'a', 'its', 'their', 'this', 'that']);
/** Words the way's phrase stops before: when, what followed, a new clause. */
const WAY_STOPS = new Set(['and', 'but', 'because', 'despite', 'until', 'since', 'so', 'while', 'when', 'as', 'before', 'after', 'during', 'within', 'in', 'on', 'at', 'where', 'which', 'who', 'that', 'killing', 'injuring', 'leaving', 'forcing', 'trapping', 'destroying']);
/** Words a fire's way reads at most after "spread". */
const WAY_MAX = 10;
/** Words between the fire and its "spread" ("the fire, fanned by wind, quickly spread"): looked back this far. */
const SUBJECT_REACH = 8;

/**
 * Adds, for a fire, the first clause telling how it spread: "the fire spread quickly
 * through the timber stalls", "flames quickly spread to neighbouring houses". `triggers` are the
 * incident's trigger words (see firesSubject).
 */
export function addFireSpread(ctx: EventContext, ranked: Ranked, triggers: ReadonlySet<string>, weight: number): void {
  const { tokens, lower, text } = ctx;
  const fireStory = [...triggers].some((w) => FIRE_WORDS.has(w));
  for (const u of ctx.allUnits) {
    for (let i = u.tokenStart + 1; i < u.tokenEnd - 1; i++) {
      // (Said by an official or a witness too: "Fanned by strong winds, it spread quickly through the
      // timber stalls," Mr Tuilau said. The tagger may take "The flames spread quickly" for an adjective.)
      if ((lower[i] !== 'spread' && lower[i] !== 'spreads') || DETERMINERS.has(lower[i - 1]!)) continue;
      let start = i;
      while (start > u.tokenStart && (/ly$/.test(lower[start - 1]!) || lower[start - 1] === 'had' || lower[start - 1] === 'has')) start--;
      if (!firesSubject(ctx, u.tokenStart, start, fireStory)) continue;
      let d = i + 1;
      while (d < u.tokenEnd && PACE.test(lower[d]!)) d++;
      if (!SPREAD_WAYS.has(lower[d] ?? '')) continue;
      const end = wayEnd(ctx, d, u.tokenEnd);
      if (end <= d + 1) continue;
      ranked.add(makeArg(text, tokens[start]!.start, tokens[end - 1]!.end, Math.max(ctx.weight(u), LATE_FLOOR) * weight * WAY_WEIGHT));
      return;
    }
  }
}

/**
 * In a fire story any "spread" outside quotes is the fire's ("The blaze started on the third floor
 * ... and spread quickly through ..."); elsewhere (an explosion's fire) a fire word comes within
 * SUBJECT_REACH words before it ("set off a fire that spread to two shops").
 */
function firesSubject(ctx: EventContext, from: number, to: number, fireStory: boolean): boolean {
  if (fireStory) return true;
  for (let j = to - 1; j >= Math.max(from, to - SUBJECT_REACH); j--) {
    if (FIRE_WORDS.has(ctx.lower[j]!)) return true;
  }
  return false;
}

/**
 * End (exclusive) of the way that starts with the preposition at d: noun phrases and further ways
 * ("from the ground floor up the staircase") up to a break, a verb, a stop word or WAY_MAX words.
 */
function wayEnd(ctx: EventContext, d: number, to: number): number {
  const { tokens, lower } = ctx;
  let e = d + 1;
  while (e < to && e - d < WAY_MAX && !WHY_BREAKS.has(tokens[e]!.text) && !WAY_STOPS.has(lower[e]!) && !(isVerb(tokens, e) && !SPREAD_WAYS.has(lower[e]!))) e++;
  while (e > d + 1 && (SPREAD_WAYS.has(lower[e - 1]!) || /^(?:the|a|an|of|its|their)$/.test(lower[e - 1]!))) e--;
  return e;
}
