import { makeArg, type Ranked, type EventContext } from './context.js';
import { WHY_BREAKS } from './stated-causes.js';

/** Nouns of a labour strike. */
const STRIKE_NOUNS = new Set(['strike', 'strikes', 'walkout', 'walkouts', 'walk-out', 'stoppage', 'stoppages', 'shutdown']);
/** Words before "strike" that make it no labour strike ("a drone strike", "a lightning strike"). */
const NOT_LABOUR = new Set(['drone', 'air', 'missile', 'lightning', 'military', 'rocket', 'israeli', 'russian', 'us', 'u.s.', 'precision', 'surgical', 'pre-emptive', 'preemptive', 'retaliatory', 'deadly', 'fatal']);
/** How long or how far a strike goes: "indefinite", "open-ended", "all-out"; a span of time is read apart ("48-hour", "three-day"). */
const STRIKE_KINDS = new Set(['indefinite', 'open-ended', 'all-out', 'general', 'total', 'nationwide', 'national', 'rolling', 'wildcat', 'unlimited', 'warning']);
const SPAN = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)-(?:hour|day|week|month)$/;
const WALK = new Set(['walk', 'walked', 'walks', 'walking']);
const DOWN = new Set(['down', 'downed', 'downs', 'downing']);
/** What strikers do at the gates: "gathered outside the port gate", "set up picket lines", "picketed along the sidewalk". */
const PICKETING = new Set(['gathered', 'picketed', 'massed', 'assembled', 'rallied', 'marched', 'demonstrated']);
/** Participles that go on the strikers' gathering after a comma: "carrying placards", "singing and waving placards". */
const GOING_ON = new Set(['carrying', 'waving', 'singing', 'chanting', 'holding', 'blowing', 'beating', 'banging']);
/** Words a picket reads at most. */
const PICKET_MAX = 16;
/** What the form of a strike weighs against the other manners ("a 48-hour strike"). */
const FORM = 0.9;
/**
 * What a picket weighs: less than a participle of what the strikers did, told beside it ("gathered
 * at the main gate, blocking trucks from entering the terminal": the blocking answers).
 */
const PICKET = 0.5;

/**
 * Whether the story is of a labour strike: a strike's noun (or "walk out", "downed tools") in the headline or the
 * sentences read, not a military or a lightning strike.
 */
export function labourStrike(ctx: EventContext): boolean {
  const { lower } = ctx;
  for (const u of ctx.units) {
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const w = lower[i]!;
      if ((STRIKE_NOUNS.has(w) && !NOT_LABOUR.has(lower[i - 1] ?? '') && lower[i + 1] !== 'down') || (WALK.has(w) && lower[i + 1] === 'out') || (DOWN.has(w) && lower[i + 1] === 'tools')) return true;
    }
  }
  return false;
}

/**
 * How a labour strike goes: the strikers' gathering at the gates ("gathered outside the port gate
 * from 7:00 am, carrying placards", "set up picket lines at the plant's gates"), and the strike's own
 * form ("a 48-hour strike", "an indefinite strike", "open-ended"), each the first told in the
 * sentences read.
 */
export function addStrikeForm(ctx: EventContext, ranked: Ranked, weight: number): void {
  const { tokens, lower, text } = ctx;
  let form = false;
  let picket = false;
  for (const u of ctx.units) {
    if (u.kind === 'title') continue;
    const w = ctx.weight(u) * weight;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const word = lower[i]!;
      if (!form && (STRIKE_KINDS.has(word) || SPAN.test(word)) && STRIKE_NOUNS.has(lower[i + 1] ?? '')) {
        // "a 48-hour strike", "an indefinite strike" (with its article: coders take "a 48-hour strike").
        const start = lower[i - 1] === 'a' || lower[i - 1] === 'an' ? i - 1 : i;
        ranked.add(makeArg(text, tokens[start]!.start, tokens[i + 1]!.end, w * FORM));
        form = true;
      } else if (!form && word === 'open-ended' && (lower[i - 1] === 'is' || lower[i - 1] === 'was')) {
        // "The strike is open-ended".
        ranked.add(makeArg(text, tokens[i]!.start, tokens[i]!.end, w * FORM));
        form = true;
      } else if (!picket && !ctx.inQuote(tokens[i]!.start) && (PICKETING.has(word) || (word === 'set' && lower[i + 1] === 'up' && /^picket/.test(lower[i + 2] ?? '')) || (/^picket/.test(word) && /^VB/.test(tokens[i]!.pos ?? '')))) {
        const end = picketEnd(ctx, i + 1, u.tokenEnd);
        if (end > i + 2) {
          ranked.add(makeArg(text, tokens[i]!.start, tokens[end - 1]!.end, w * PICKET));
          picket = true;
        }
      }
    }
  }
}

/** End (exclusive) of a picket from token e: to a break, but through a comma before a participle that goes on it; `e` when none answers. */
function picketEnd(ctx: EventContext, e: number, to: number): number {
  const { tokens, lower } = ctx;
  const from = e;
  while (e < to && e - from < PICKET_MAX) {
    const t = tokens[e]!.text;
    if (t === ',' && GOING_ON.has(lower[e + 1] ?? '')) {
      e++;
      continue;
    }
    if (WHY_BREAKS.has(t) || lower[e] === 'but' || lower[e] === 'while' || lower[e] === 'as' || lower[e] === 'where' || lower[e] === 'after') break;
    e++;
  }
  // "gathered at the main gate, blocking trucks from entering the terminal": what they did there,
  // a participle of its own, is the answer (see addParticipleManner), not the gathering.
  if (tokens[e]?.text === ',' && /ing$/.test(lower[e + 1] ?? '') && tokens[e + 1]!.pos === 'VBG') return from;
  while (e > from && /^(?:the|a|an|of|in|on|at|to|and|its|their|from|with)$/.test(lower[e - 1]!)) e--;
  return e;
}
