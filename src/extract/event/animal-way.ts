import { makeArg, type Ranked, type EventContext } from './context.js';
import { LATE_FLOOR, WAY_WEIGHT } from './mishap-way.js';
import { WHY_BREAKS } from './stated-causes.js';
import { lexicon } from '../../core/resources.js';

/** Animals that attack people, as reports name them (and "the animal" once named). */
const ANIMALS = new Set([
  'shark', 'sharks', 'crocodile', 'crocodiles', 'croc', 'alligator', 'alligators', 'snake', 'snakes', 'cobra', 'viper',
  'python', 'mamba', 'adder', 'rattlesnake', 'elephant', 'elephants', 'dog', 'dogs', 'lion', 'lions', 'lioness', 'tiger',
  'tigers', 'leopard', 'leopards', 'cheetah', 'bear', 'bears', 'hippo', 'hippos', 'hippopotamus', 'buffalo', 'buffaloes',
  'bull', 'bulls', 'wolf', 'wolves', 'hyena', 'hyenas', 'jaguar', 'puma', 'cougar', 'boar', 'boars', 'bees', 'wasps',
  'hornets', 'jellyfish', 'stingray', 'scorpion', 'scorpions', 'monkey', 'monkeys', 'baboon', 'baboons', 'chimpanzee',
  'gorilla', 'cattle', 'cow', 'cows', 'horse', 'camel', 'moose', 'rhino', 'rhinoceros', 'animal', 'animals', 'beast', 'swarm',
]);
/** What an animal did to its victim, in the past: "bit him on the left thigh", "grabbed the fisherman by the arm". */
const ACTIONS = new Set([
  'bit', 'grabbed', 'dragged', 'pulled', 'trampled', 'gored', 'mauled', 'charged', 'surrounded', 'knocked', 'stung', 'lunged',
  'seized', 'snatched', 'clamped', 'pounced', 'chased', 'tossed', 'flung', 'crushed', 'struck', 'swarmed', 'dragging', 'pulling',
  'tore', 'ripped',
]);
/** The same done to the victim, told in the passive: "bitten by a snake", "attacked by a shark while spearfishing". */
const SUFFERED = new Set(['bitten', 'mauled', 'gored', 'trampled', 'stung', 'attacked', 'dragged', 'charged', 'grabbed']);
/** Words an animal's way stops before: its toll, a time or a place told apart, a new clause. */
const STOPS = new Set(['killing', 'injuring', 'leaving', 'before', 'after', 'when', 'while', 'as', 'because', 'but', 'said', 'says', 'according', 'where', 'which', 'who', 'near', 'on', 'at', 'in']);
/** Words an animal may stand before its verb ("a snake hidden in the tall grass bit"). */
const SUBJECT_REACH = 8;
/** Passives that name an animal's doing without its "by": "were trampled as they tried to drive the animals away". */
const BARE_SUFFERED = new Set(['bitten', 'stung', 'mauled', 'gored', 'trampled']);
/**
 * Forms of "be" before such a passive: clause-words.ts's BE_FORMS but "be", since "could be stung",
 * "may be bitten" tell of what has not happened (advice, a warning), not how the attack went.
 */
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Words of a circumstance a bare passive reads through ("stung while sleeping", "trampled as they tried to ..."). */
const CIRCUMSTANCE = new Set(['while', 'as', 'when']);
/** Words between a passive participle and its animal ("bitten by a venomous snake"). */
const AGENT_REACH = 4;
/**
 * What the victim's side of it ("attacked by a crocodile") counts for against what the animal did
 * ("grabbed the deceased by the arm and pulled him into the water"), which says more.
 */
const PASSIVE = 0.6;
/** Words a way reads at most. */
const WAY_MAX = 12;
/** Prepositions that keep the way going where STOPS would end it: "bit him on the left thigh", "by the arm in the shallows". */
const BODY_LEADS = new Set(['on', 'in', 'at']);

/**
 * How an animal attack went, which coders answer how with: what the animal did ("a snake hidden in
 * the tall grass bit the girl on the ankle", "grabbed the deceased by the arm and pulled him into the
 * water"), or what the victim suffered from it ("bitten by a snake", "attacked by a shark while
 * spearfishing"). The first of each told, weighed as a mishap's way (see mishap-way.ts); a witness's
 * quoted account counts ("The crocodile grabbed him by the arm"). Returns whether one was told: then
 * the trigger's "attacked" is no answer (it says less).
 */
export function addAnimalWay(ctx: EventContext, ranked: Ranked, weight: number): boolean {
  const { tokens, lower, text } = ctx;
  let active = false;
  let passive = false;
  // A passive with no animal after it ("was stung several hundred times") reads only in a story that
  // names one: looked for once, when such a passive is first met.
  let named: boolean | undefined;
  const namesAnimal = () => (named ??= namesAnAnimal(ctx));
  for (const u of ctx.allUnits) {
    if (u.kind === 'title') continue;
    for (let i = u.tokenStart; i < u.tokenEnd && !(active && passive); i++) {
      let w = Math.max(ctx.weight(u), LATE_FLOOR) * weight * WAY_WEIGHT;
      const barePassive = BARE_SUFFERED.has(lower[i]!) && BE.has(lower[i - 1] ?? '');
      if (!active && ACTIONS.has(lower[i]!) && animalBefore(ctx, i, u.tokenStart)) active = true;
      else if (!passive && SUFFERED.has(lower[i]!) && (animalAfterBy(ctx, i, u.tokenEnd) || (barePassive && namesAnimal()))) {
        passive = true;
        w *= PASSIVE;
      } else continue;
      // A bare passive reads on through the circumstance it is told with ("stung while sleeping on mats").
      const end = wayEnd(ctx, i + 1, u.tokenEnd, barePassive && lower[i + 1] !== 'by');
      ranked.add(makeArg(text, tokens[i]!.start, tokens[end - 1]!.end, w));
      i = end - 1;
    }
  }
  return active || passive;
}

/** The article names an animal in lower case (ANIMALS), headline included. */
function namesAnAnimal(ctx: EventContext): boolean {
  return ctx.allUnits.some((u) => {
    for (let j = u.tokenStart; j < u.tokenEnd; j++) if (ANIMALS.has(ctx.lower[j]!) && /^\p{Ll}/u.test(ctx.tokens[j]!.text)) return true;
    return false;
  });
}

/** An animal is the subject of the verb at token v: named within SUBJECT_REACH words before it, in the same clause. */
function animalBefore(ctx: EventContext, v: number, from: number): boolean {
  for (let j = v - 1; j >= from && j >= v - SUBJECT_REACH; j--) {
    const w = ctx.lower[j]!;
    if (WHY_BREAKS.has(ctx.tokens[j]!.text) || w === 'and' || w === 'who' || w === 'which') return false;
    // (In lower case: "the Kelton Lions mauled the Tigers" names a team.)
    if (ANIMALS.has(w)) return /^\p{Ll}/u.test(ctx.tokens[j]!.text) && ctx.lower[j + 1] !== "'s" && ctx.lower[j + 1] !== '’s';
  }
  return false;
}

/** "bitten by a snake": "by" right after the participle at token v, and an animal within AGENT_REACH words. */
function animalAfterBy(ctx: EventContext, v: number, to: number): boolean {
  if (ctx.lower[v + 1] !== 'by') return false;
  for (let j = v + 2; j < to && j <= v + 1 + AGENT_REACH; j++) {
    if (ANIMALS.has(ctx.lower[j]!)) return /^\p{Ll}/u.test(ctx.tokens[j]!.text);
    if (WHY_BREAKS.has(ctx.tokens[j]!.text)) return false;
  }
  return false;
}

/**
 * End (exclusive) of the way from token e: its object and where on the body, up to a break, a stop
 * or WAY_MAX words, and a second action joined by "and" ("grabbed ... and pulled him into the water").
 */
function wayEnd(ctx: EventContext, e: number, to: number, circumstance = false): number {
  const { tokens, lower } = ctx;
  const from = e;
  // (Past a circumstance's "while" or "as" its clause has verbs of its own: "as they tried to drive ...".)
  let inCircumstance = false;
  while (e < to && e - from < WAY_MAX && !WHY_BREAKS.has(tokens[e]!.text)) {
    const w = lower[e]!;
    if (circumstance && CIRCUMSTANCE.has(w)) inCircumstance = true;
    if (w === 'and' && !ACTIONS.has(lower[e + 1] ?? '')) break;
    // A new verb ends it ("people attacked by bees | run to a closed building"), but for an action joined by "and".
    if (!inCircumstance && /^(?:VBD|VBZ|VBP|MD)$/.test(tokens[e]!.pos ?? '') && !(ACTIONS.has(w) && lower[e - 1] === 'and')) break;
    // "bit him on the left thigh": "on" the body goes on; "on Sunday", "at the river" stop (a time, a place).
    if (STOPS.has(w) && !(BODY_LEADS.has(w) && bodyAhead(ctx, e)) && !(circumstance && (CIRCUMSTANCE.has(w) || BODY_LEADS.has(w)))) break;
    e++;
  }
  // (Not "her" or "his": "surrounded her" ends on its object.)
  while (e > from && /^(?:the|a|an|of|in|on|at|to|and|its|their|by|with)$/.test(lower[e - 1]!)) e--;
  return Math.max(e, from);
}

/** A body part within three words after token e ("on the left thigh", "in the neck"). */
function bodyAhead(ctx: EventContext, e: number): boolean {
  const body = lexicon('body-parts');
  for (let j = e + 1; j <= e + 3 && j < ctx.lower.length; j++) {
    const w = ctx.lower[j]!;
    if (body.has(w) || (w.endsWith('s') && body.has(w.slice(0, -1)))) return true;
  }
  return false;
}
