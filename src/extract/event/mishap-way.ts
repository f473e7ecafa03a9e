import { makeArg, timeStartsAt, type Ranked, type EventContext } from './context.js';
import { lemma } from './verbs.js';
import { WHY_BREAKS } from './stated-causes.js';

/**
 * A kind of mishap whose trigger verb names the event itself ("capsized", "collapsed") while the
 * report tells apart the way it happened, which coders take for how ("The trawler overturned within
 * seconds and went under", "the middle span gave way, sending the truck into the creek").
 */
interface MishapKind {
  /** Triggers (as found, or their lemmas) that make a story of this kind. */
  readonly triggers: ReadonlySet<string>;
  /** The ways, word sequences in lower case. */
  readonly ways: readonly (readonly string[])[];
  /** A participle clause right after the way tells what it did and is the answer ("gave way, burying workers under rock"). */
  readonly sequel: boolean;
  /** The first way told is the answer, bare or not ("after being struck by lightning in six districts"). */
  readonly first?: boolean;
  /** The lemma of the trigger verb a way told displaces as the answer ("collided" once "struck the side of ..." is told). */
  readonly displaces?: string;
}

const KINDS: readonly MishapKind[] = [
  {
    // A boat. Not a derailment: coders of a tram that "derailed" took that verb as often as the way it tipped over.
    triggers: new Set(['capsize', 'sink', 'capsizing']),
    ways: [
      ['overturned'], ['overturns'], ['overturning'], ['turned', 'over'], ['turns', 'over'],
      ['took', 'on', 'water'], ['taking', 'on', 'water'], ['takes', 'on', 'water'],
      ['tipped'], ['toppled'], ['flipped'], ['rolled', 'over'], ['keeled', 'over'], ['went', 'under'],
    ],
    sequel: false,
  },
  {
    // A building, a bridge, a pit wall, a crane.
    triggers: new Set(['collapse']),
    ways: [
      ['gave', 'way'], ['gives', 'way'], ['caved', 'in'], ['caves', 'in'], ['came', 'crashing', 'down'], ['came', 'down'],
      ['pancaked'], ['slid'], ['snapped'], ['crumbled'], ['buckled'],
    ],
    sequel: true,
  },
  {
    // A landslide or an avalanche: "The whole slope came down at once", "gave way with a loud bang,
    // sweeping mud, rocks and trees onto houses". (Not "swept": the lead's "swept a bus off the
    // highway" restates the event; nor "sent", as often a rescue team sent.)
    triggers: new Set(['landslide', 'landslides', 'mudslide', 'avalanche']),
    ways: [['gave', 'way'], ['came', 'crashing', 'down'], ['came', 'down'], ['slid']],
    sequel: true,
  },
  {
    // A collision: "crossed the centre line on a bend", "rammed into the rear of a lorry", "struck
    // the side of the car ferry Marjan". Its "collided" answers only when no way is told ("Two trains
    // collided head-on"): see `displaces`.
    triggers: new Set(['collision', 'collide', 'collided', 'collides']),
    ways: [
      ['crossed', 'the', 'centre', 'line'], ['crossed', 'the', 'center', 'line'], ['crossed', 'into'],
      ['rammed', 'into'], ['slammed', 'into'], ['ploughed', 'into'], ['plowed', 'into'], ['smashed', 'into'],
      ['struck', 'the', 'side'], ['hit', 'the', 'side'], ['struck', 'the', 'rear'], ['hit', 'the', 'rear'], ['hit', 'an', 'oncoming'],
    ],
    sequel: false,
    displaces: 'collide',
  },
  {
    // A flood: "their car was swept away", "swept away vehicles and homes".
    triggers: new Set(['flood', 'flooding', 'floods']),
    ways: [
      ['were', 'swept', 'away'], ['was', 'swept', 'away'], ['swept', 'away'],
      ['were', 'washed', 'away'], ['was', 'washed', 'away'], ['washed', 'away'],
    ],
    sequel: false,
  },
  {
    // Lightning: "after being struck by lightning", "when lightning struck a tree".
    triggers: new Set(['lightning']),
    ways: [['struck', 'by', 'lightning'], ['hit', 'by', 'lightning'], ['lightning', 'struck'], ['lightning', 'hit']],
    sequel: false,
    first: true,
  },
  {
    // A crowd crush: "several elderly women fell and were trampled".
    triggers: new Set(['stampede', 'crush']),
    ways: [['fell', 'and', 'were', 'trampled'], ['were', 'trampled']],
    sequel: false,
  },
];

/** Participles of what a collapse or a landslide did, the sequel read after its way. */
const SEQUELS = new Set(['burying', 'trapping', 'sending', 'crushing', 'pinning', 'sweeping', 'smashing', 'flattening']);
/** Words the way's phrase stops before: its toll or sequel, where and why it happened, a new clause. */
const WAY_STOPS = new Set(['killing', 'injuring', 'leaving', 'forcing', 'throwing', ...SEQUELS, 'near', 'off', 'after', 'before', 'during', 'when', 'while', 'as', 'because', 'but', 'with', 'carrying', 'said', 'says', 'according', 'where', 'which', 'who']);
/** Words that lead a time here ("at around 3 a.m.", "on Sunday", "shortly after 6 p.m."), where the way stops; otherwise a way ("on a bend"). */
const TIME_LEADS = new Set(['at', 'on', 'in', 'around', 'about', 'shortly', 'early', 'late', 'yesterday', 'last']);
/** Words a way or a sequel reads at most. */
const WAY_MAX = 12;
/** Words between a way and its sequel at most ("came crashing down | at around 5.45 pm, minutes after a spell of heavy rain, | trapping"). */
const SEQUEL_REACH = 16;
/**
 * What a way counts for against the other answers of an incident (its trigger verb is none: see
 * NOT_THE_WAY): coders answer how with the way ("spread quickly through stacks of fabric", "took on
 * water"), not with "broke out", the rescue that followed or the event's own verb. Fire-spread.ts's
 * way weighs the same.
 */
export const WAY_WEIGHT = 1.2;
/** The position weight a way keeps however late it is told (reports tell it after the toll and the rescue). */
export const LATE_FLOOR = 0.5;
/** A bare way ("overturned.") counts for this much of one that says more ("overturned within seconds"). */
const BARE = 0.6;

/**
 * Adds, in a mishap of a kind in KINDS, the first way it happened that says more than its verb
 * ("took on water and overturned in rough seas", "gave way, burying workers under rock": the
 * sequel), or else the first bare one ("overturned"); in a kind whose first way answers, that one.
 * Returns the lemma of the trigger verb the way displaces, when one was added and its kind names one.
 */
export function addMishapWay(ctx: EventContext, ranked: Ranked, triggers: ReadonlySet<string>, weight: number): string | undefined {
  const kind = KINDS.find((k) => [...triggers].some((w) => k.triggers.has(w) || k.triggers.has(lemma(w) ?? '')));
  if (!kind) return undefined;
  const { tokens, text } = ctx;
  let bare: { start: number; end: number; w: number } | undefined;
  for (const u of ctx.allUnits) {
    if (u.kind === 'title') continue;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const n = wayAt(kind, ctx, i, u.tokenEnd);
      if (n === 0) continue;
      const end = wayEnd(kind, ctx, i + n, u.tokenEnd);
      const w = Math.max(ctx.weight(u), LATE_FLOOR) * weight * WAY_WEIGHT;
      const sequel = kind.sequel ? sequelAt(ctx, end, u.tokenEnd) : undefined;
      if (sequel) {
        ranked.add(makeArg(text, tokens[sequel[0]]!.start, tokens[sequel[1] - 1]!.end, w));
        return kind.displaces;
      }
      if (end > i + n || kind.first) {
        ranked.add(makeArg(text, tokens[i]!.start, tokens[end - 1]!.end, w));
        return kind.displaces;
      }
      bare ??= { start: tokens[i]!.start, end: tokens[end - 1]!.end, w: w * BARE };
      i = end - 1;
    }
  }
  if (bare) ranked.add(makeArg(text, bare.start, bare.end, bare.w));
  return bare ? kind.displaces : undefined;
}

/** How many tokens a way of the kind takes at token i (0 when none starts there). */
function wayAt(kind: MishapKind, ctx: EventContext, i: number, to: number): number {
  for (const way of kind.ways) {
    if (i + way.length <= to && way.every((w, k) => ctx.lower[i + k] === w)) return way.length;
  }
  return 0;
}

/**
 * End (exclusive) of a way whose words end at e: what follows up to a break, a stop word, a time, a
 * place or WAY_MAX words, and a second way joined by "and" ("overturned within seconds and went under").
 */
function wayEnd(kind: MishapKind, ctx: EventContext, e: number, to: number): number {
  const { tokens, lower } = ctx;
  const from = e;
  // (The end of the last way read: "went under" keeps its "under".)
  let kept = e;
  while (e < to && e - from < WAY_MAX && !WHY_BREAKS.has(tokens[e]!.text) && !WAY_STOPS.has(lower[e]!) && !timeAhead(ctx, e) && !placeAhead(ctx, e)) {
    if (lower[e] === 'and') {
      const n = wayAt(kind, ctx, e + 1, to);
      if (n === 0) break;
      e += n + 1;
      kept = e;
      continue;
    }
    e++;
  }
  while (e > kept && /^(?:the|a|an|of|in|on|at|to|and|its|their|under|over|into|from|by|with|near)$/.test(lower[e - 1]!)) e--;
  return e;
}

/**
 * The tokens [start, end) of the sequel after the way that ends at e, read on to the next break or relative
 * word ("trapping 11 labourers | who were ..."), through a list's commas ("sending the truck, at least
 * five motorbikes and several pedestrians into the creek"); undefined when no sequel follows. A sequel may
 * come after the way's time ("came crashing down at around 5.45 pm, minutes after ..., trapping").
 */
function sequelAt(ctx: EventContext, e: number, to: number): [number, number] | undefined {
  const { tokens, lower } = ctx;
  let s = e;
  while (s < to && s - e < SEQUEL_REACH && !(tokens[s]!.text === ',' && SEQUELS.has(lower[s + 1] ?? ''))) {
    if (tokens[s]!.text === '.' || tokens[s]!.text === ';') return undefined;
    s++;
  }
  if (s >= to || s - e >= SEQUEL_REACH) return undefined;
  let end = s + 2;
  let listed = false;
  while (end < to && end - s < WAY_MAX + 4 && tokens[end]!.text !== '.' && tokens[end]!.text !== ';' && !/^(?:who|which|that|where|while|as|after|before)$/.test(lower[end]!)) {
    // A comma ends the sequel unless a list's "and" comes within a few words ("the truck, at least five motorbikes and ...").
    if (tokens[end]!.text === ',') {
      if (listed || !andWithin(ctx, end + 1, Math.min(to, end + 7))) break;
      listed = true;
    }
    end++;
  }
  while (end > s + 2 && /^(?:the|a|an|of|in|on|at|to|and|its|their|,)$/.test(lower[end - 1]!)) end--;
  return [s + 1, end];
}

function andWithin(ctx: EventContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (ctx.tokens[j]!.text === ',') return false;
    if (ctx.lower[j] === 'and') return true;
  }
  return false;
}

/** "in Nottingham city centre", "at Kelton", "in six districts of Bihar": a place, the where's. */
function placeAhead(ctx: EventContext, e: number): boolean {
  const next = ctx.tokens[e + 1]?.text ?? '';
  return (ctx.lower[e] === 'in' || ctx.lower[e] === 'at') && (/^\p{Lu}/u.test(next) || /^\d/.test(next) || COUNTS.has(next));
}

/** Number words that open a count of places ("in six districts"). */
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'dozens', 'hundreds']);

/** A time starts at token e or right after a preposition there ("at around 3 a.m.", "on Sunday", "yesterday"). */
function timeAhead(ctx: EventContext, e: number): boolean {
  if (!TIME_LEADS.has(ctx.lower[e]!)) return false;
  return [e, e + 1, e + 2].some((k) => k < ctx.tokens.length && timeStartsAt(ctx, ctx.tokens[k]!.start));
}
