import { makeArg, type Ranked, type EventContext } from './context.js';
import { isVerb } from './verbs.js';
import { WHY_BREAKS } from './stated-causes.js';

/** Words that lead an occasion: "during an official visit", "following official talks", "on the first official visit". */
const OCCASION_LEADS = new Set(['during', 'following', 'after', 'on', 'amid']);
/** Occasions of a diplomatic deal: what coders answer how with ("signed ... during a two-day official visit"). */
const OCCASIONS = new Set(['visit', 'talks', 'negotiations']);
/** Words that tie a person, a place or a party to the occasion ("visit by ...", "visit to Doha", "talks between ..."). */
const COMPLEMENTS = new Set(['by', 'to', 'between', 'with', 'of']);
/** A modifier of an occasion: a lower-case word, a number, a hyphenated word ("EU-mediated", "two-day"); no preposition but "of". */
const MODIFIER = /^(?:[\p{Ll}\d][\p{Ll}\d]*|[\p{L}\d]+(?:-[\p{L}\d]+)+)$/u;
/** Words an occasion's noun has before it at most ("the first official", "more than nine hours of EU-mediated"). */
const MODIFIER_REACH = 7;
/** Words an occasion reads at most. */
const OCCASION_MAX = 16;
/** Words a complement stops before: a new clause, a place or a time told apart, what it covered. */
const STOPS = new Set(['held', 'hosted', 'which', 'who', 'where', 'when', 'while', 'as', 'covering', 'on', 'in', 'at', 'and', 'that', 'said', 'says']);
/** What a signing ("signed a memorandum of understanding") counts for beside an occasion in the same sentence. */
const SIGNING = 0.75;
/** Nouns of what was signed. */
const SIGNED_THINGS = new Set(['memorandum', 'memoranda', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'documents', 'deals', 'protocol', 'protocols', 'mou', 'mous']);
/** Words before what was signed ("a", "12", "five cooperation"). */
const SIGNED_REACH = 4;

/**
 * Adds the occasion of a deal between governments, "during an official visit to Doha by the
 * Philippine Secretary of Foreign Affairs", "after more than nine hours of EU-mediated talks", and
 * what was signed, "signed a memorandum of understanding" (the first of each in each sentence read).
 * An occasion needs a modifier or a complement: a bare "after the talks" dates a remark.
 */
export function addOccasions(ctx: EventContext, ranked: Ranked, weight: number): void {
  const { tokens, lower, text } = ctx;
  for (const u of ctx.units) {
    if (u.kind === 'title') continue;
    const w = ctx.weight(u) * weight;
    let occasion = false;
    let signing = false;
    for (let i = u.tokenStart; i < u.tokenEnd - 1; i++) {
      if (!occasion && OCCASION_LEADS.has(lower[i]!) && !ctx.inQuote(tokens[i]!.start)) {
        const end = occasionEnd(ctx, i, u.tokenEnd);
        if (end > 0) {
          ranked.add(makeArg(text, tokens[i]!.start, tokens[end - 1]!.end, w));
          occasion = true;
        }
      } else if (!signing && lower[i] === 'signed' && isVerb(tokens, i)) {
        const end = signedEnd(ctx, i + 1, u.tokenEnd);
        if (end > 0) {
          ranked.add(makeArg(text, tokens[i]!.start, tokens[end - 1]!.end, w * SIGNING));
          signing = true;
        }
      }
    }
  }
}

/** End (exclusive) of the occasion led at token i, or 0 when none is there. */
function occasionEnd(ctx: EventContext, i: number, to: number): number {
  const { tokens, lower } = ctx;
  let h = i + 1;
  while (h < to && h - i <= MODIFIER_REACH && !OCCASIONS.has(lower[h]!)) {
    // (Lower-case modifiers only: "on Monday evening for a two-day state visit" is a time, then a purpose.)
    if (!MODIFIER.test(tokens[h]!.text) || (isVerb(tokens, h) && !/-/.test(lower[h]!))) return 0;
    h++;
  }
  if (h >= to || !OCCASIONS.has(lower[h]!)) return 0;
  const modifiers = lower.slice(i + 1, h).filter((x) => !/^(?:the|a|an|his|her|their|its)$/.test(x)).length;
  let e = h + 1;
  if (COMPLEMENTS.has(lower[e] ?? '')) {
    while (e < to && e - i < OCCASION_MAX && !WHY_BREAKS.has(tokens[e]!.text) && !(STOPS.has(lower[e]!) && !nameGoesOn(ctx, e)) && !newClause(ctx, e)) e++;
  }
  if (modifiers === 0 && e === h + 1) return 0;
  while (e > h + 1 && (COMPLEMENTS.has(lower[e - 1]!) || lower[e - 1] === 'and')) e--;
  return e;
}

/**
 * A new clause starts at e: a verb ("on a visit to Sydney | there was"), or an article right after a
 * name ("after talks with Powys Health Board | the hospital called off ...").
 */
function newClause(ctx: EventContext, e: number): boolean {
  if (isVerb(ctx.tokens, e) || ctx.lower[e] === 'there') return true;
  return (ctx.lower[e] === 'the' || ctx.lower[e] === 'a') && /^\p{Lu}/u.test(ctx.tokens[e - 1]!.text) && !COMPLEMENTS.has(ctx.lower[e - 1]!);
}

/** "and" inside a name ("for Foreign and Diaspora Affairs"): capitalised words on both sides. */
function nameGoesOn(ctx: EventContext, e: number): boolean {
  return ctx.lower[e] === 'and' && /^\p{Lu}/u.test(ctx.tokens[e - 1]!.text) && /^\p{Lu}/u.test(ctx.tokens[e + 1]?.text ?? '');
}

/** End (exclusive) of what was signed after "signed" (from token s), or 0: "a memorandum of understanding", "12 agreements and memoranda of understanding". */
function signedEnd(ctx: EventContext, s: number, to: number): number {
  const { tokens, lower } = ctx;
  let e = s;
  while (e < to && e - s <= SIGNED_REACH && !SIGNED_THINGS.has(lower[e]!)) {
    if (WHY_BREAKS.has(tokens[e]!.text)) return 0;
    e++;
  }
  if (e >= to || !SIGNED_THINGS.has(lower[e]!)) return 0;
  e++;
  // "agreements and memoranda of understanding": a second thing signed, and "of understanding".
  if (lower[e] === 'and' && SIGNED_THINGS.has(lower[e + 1] ?? '')) e += 2;
  if (lower[e] === 'of' && lower[e + 1] === 'understanding') e += 2;
  return e;
}
