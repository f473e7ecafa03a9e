import { makeArg, type Ranked, type EventContext } from './context.js';
import { isVerb } from './verbs.js';
import { WHY_BREAKS } from './stated-causes.js';

/** Head words of the weather that brings a flood or a landslide down. */
const WEATHER = new Set(['rain', 'rains', 'rainfall', 'downpour', 'downpours', 'storm', 'storms', 'thunderstorm', 'thunderstorms', 'squall', 'monsoon', 'deluge', 'snowmelt']);
/** Words before the weather that tie it to the disaster: "followed days of heavy rain", "as torrential rain battered ...". */
const CAUSE_LEADS = new Set(['followed', 'after', 'as', 'amid']);
/** Words between the lead and the weather's head at most ("after | more than 500mm of" rain). */
const HEAD_REACH = 6;
/** Verbs after which the weather's clause tells the effect, not the weather ("torrential rain | caused the river to burst"). */
const EFFECT_VERBS = new Set(['caused', 'causes', 'sent', 'sends', 'triggered', 'triggers', 'forced', 'forces', 'left', 'leaves', 'swept', 'sweeps', 'brought', 'brings', 'cut', 'flooded', 'killed']);
/** Words the weather's phrase reads at most. */
const CAUSE_MAX = 14;
/**
 * What the weather counts for against the other causes read: above a slope's "gave way" told after
 * "after" ("the landslide struck after a section of the hillside gave way"), which is how it came down.
 */
const WEATHER_WEIGHT = 1.3;

/**
 * In a flood or a landslide, the weather that brought it: "the landslide followed days of heavy rain
 * from a tropical wave", "as torrential rain battered southern Kyushu", "after torrential rain caused
 * the river to burst its banks" (the weather alone: what it caused is the event). The first in the
 * sentences read and the two after them, headlines aside, scored by its sentence's weight.
 */
export function addWeatherCause(ctx: EventContext, ranked: Ranked, weight: number): void {
  const { tokens, lower, text } = ctx;
  for (const u of ctx.allUnits.slice(0, ctx.units.length + 2)) {
    // (Not a headline's "amid record rain": the report tells the weather whole.)
    if (u.kind === 'title') continue;
    for (let i = u.tokenStart; i < u.tokenEnd - 1; i++) {
      if (!CAUSE_LEADS.has(lower[i]!) || ctx.inQuote(tokens[i]!.start)) continue;
      let h = i + 1;
      while (h < u.tokenEnd && h - i <= HEAD_REACH && !WEATHER.has(lower[h]!) && !WHY_BREAKS.has(tokens[h]!.text) && !(isVerb(tokens, h) && !/(?:ed|ing)$/.test(lower[h]!))) h++;
      if (h >= u.tokenEnd || !WEATHER.has(lower[h]!)) continue;
      let e = h + 1;
      while (e < u.tokenEnd && e - i <= CAUSE_MAX && !WHY_BREAKS.has(tokens[e]!.text) && !EFFECT_VERBS.has(lower[e]!) && lower[e] !== 'which' && lower[e] !== 'and') e++;
      while (e > h + 1 && /^(?:the|a|an|of|in|on|at|to|for|from|that|by)$/.test(lower[e - 1]!)) e--;
      ranked.add(makeArg(text, tokens[i + 1]!.start, tokens[e - 1]!.end, ctx.weight(u) * weight * WEATHER_WEIGHT));
      return;
    }
  }
}
