import { readFileSync } from 'node:fs';
import { lexicon, packagePath } from '../../core/resources.js';
import type { EventContext } from './context.js';
import { lemma } from './verbs.js';

export interface EventTypeDef {
  readonly name: string;
  readonly violent: boolean;
  /** The event happens at one spot (an attack, a crash, a protest), not across a country (an election). */
  readonly incident?: boolean;
  readonly triggers: Readonly<Record<string, number>>;
}

let types: EventTypeDef[] | undefined;

/** The taxonomy of resources/event/event-types.json. */
export function eventTypes(): readonly EventTypeDef[] {
  types ??= (JSON.parse(readFileSync(packagePath('resources', 'event', 'event-types.json'), 'utf8')) as { types: EventTypeDef[] }).types;
  return types;
}

export interface TypeChoice {
  readonly type: EventTypeDef | null;
  readonly score: number;
  /** Lower-cased words in the text that triggered the chosen type (for the "what" scorer). */
  readonly words: ReadonlySet<string>;
}

let index: Map<string, { type: number; weight: number }[]> | undefined;
let pairEnds: ReadonlySet<string> | undefined;

/** Trigger word (or two words, "air strike") -> the types it points at, built once. */
function triggerIndex(): Map<string, { type: number; weight: number }[]> {
  if (index) return index;
  const map = new Map<string, { type: number; weight: number }[]>();
  eventTypes().forEach((d, type) => {
    for (const [word, weight] of Object.entries(d.triggers)) map.set(word, [...(map.get(word) ?? []), { type, weight }]);
  });
  index = map;
  // The last words of the two-word triggers: only before one of them is the pair looked up.
  pairEnds = new Set([...map.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(k.indexOf(' ') + 1)));
  return map;
}

/** Sums each type's trigger weights over the sentences read, weighted by position; the best type wins. */
export function chooseType(ctx: EventContext): TypeChoice {
  const defs = eventTypes();
  const triggers = triggerIndex();
  const scores = new Array<number>(defs.length).fill(0);
  const seen: Set<string>[] = defs.map(() => new Set());
  const early = new Array<boolean>(defs.length).fill(false);
  for (const u of ctx.units) {
    const w = ctx.weight(u);
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      // Two-word triggers ("air strike", "drone strike") before the word alone ("strike": a walkout).
      const pair = i > u.tokenStart && pairEnds!.has(ctx.lower[i]!) ? `${ctx.lower[i - 1]} ${ctx.lower[i]}` : '';
      const word = triggers.has(pair) ? pair : ctx.lower[i]!;
      let hits = triggers.get(word);
      if (!hits) {
        const base = lemma(word);
        if (base && !NOUN_TRIGGERS.has(base)) hits = triggers.get(base);
      }
      if (!hits || verbAfterPlural(ctx, i) || fightsHazard(ctx, i, u.tokenEnd)) continue;
      const inName = (u.kind !== 'title' || sentenceCase(ctx, u.tokenStart, u.tokenEnd)) && insideName(ctx, u.tokenStart, i);
      for (const h of hits) {
        // "Ring of Fire" (a song), "the Gulf War": an incident's word inside a name is no incident
        // here; a contest's is its name ("Brazilian Grand Prix", "Champions League").
        if (inName && defs[h.type]!.incident) continue;
        scores[h.type]! += w * h.weight;
        seen[h.type]!.add(word);
        if (u.rank < EARLY_UNITS) early[h.type] = true;
      }
    }
  }
  let best = -1;
  scores.forEach((s, k) => {
    if (s >= ctx.params.type.minScore && (early[k] || !defs[k]!.incident) && (best < 0 || s > scores[best]!)) best = k;
  });
  if (best < 0) return { type: null, score: 0, words: new Set() };
  const accident = accidentalExplosion(ctx, defs[best]!, seen[best]!);
  if (accident) {
    const k = defs.indexOf(accident);
    return { type: accident, score: scores[best]!, words: new Set([...seen[best]!, ...seen[k]!]) };
  }
  if (defs[best]!.violent && ((figurativeOnly(seen[best]!) && !violenceShown(ctx, seen[best]!)) || spaceLaunch(ctx, seen[best]!))) {
    // "Beastie Boys win sampling battle", "Edu blasts Arsenal": the next best type that is no violence, if any.
    best = -1;
    scores.forEach((s, k) => {
      if (!defs[k]!.violent && s >= ctx.params.type.minScore && (best < 0 || s > scores[best]!)) best = k;
    });
    if (best < 0) return { type: null, score: 0, words: new Set() };
  }
  return { type: defs[best]!, score: scores[best]!, words: seen[best]! };
}

/**
 * Triggers that count as nouns only, not through a verb's form: "went on strike", not "an
 * earthquake struck"; a storm, not "protesters stormed the parliament" (the plural "storms" is a
 * trigger of its own).
 */
const NOUN_TRIGGERS = new Set(['strike', 'storm']);

/**
 * Triggers whose base form is as often a verb, which a headline writes after a plural subject:
 * "Terrorists storm Bannu checkpost", "Fans storm pitch" (not "Winter storm batters coast").
 */
const VERB_AFTER_PLURAL = new Set(['storm']);

/** The word at `i` reads as a verb after a plural subject: the word before it a lower-case plural (not "-ss"). */
function verbAfterPlural(ctx: EventContext, i: number): boolean {
  const before = ctx.tokens[i - 1]?.text ?? '';
  return VERB_AFTER_PLURAL.has(ctx.lower[i]!) && /^\p{L}+[^s]s$/u.test(before) && ctx.lower[i - 1] !== 'its' && ctx.lower[i - 1] !== 'this';
}

/**
 * An incident is the story's only when the headline or its first sentences tell it: "The move
 * follows angry protests" in the third sentence of a story about a compensation deal is
 * background. (A story of no type or another type then: one whose own type shows later, a
 * policy's or a market's, keeps it, since a story of no type reads any death as its toll.)
 */
const EARLY_UNITS = 3;

/** Articles that open a sentence: capitalised there, they start no name ("A FIRE which broke out"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Token i is a later word of a capitalised name, in a sentence (not a headline's title case): it
 * is capitalised and so is the word before it, or the word before an "of" / "the" between them
 * ("Ring of Fire", "Gulf War"). The name's first word is not ("Hurricane Ivan").
 */
function insideName(ctx: EventContext, unitStart: number, i: number): boolean {
  // The name's first word may open the sentence; the word itself may not (a capital there says nothing).
  const cap = (k: number) => k >= unitStart && k < ctx.tokens.length && /^\p{Lu}/u.test(ctx.tokens[k]!.text);
  if (i === unitStart || !cap(i)) return false;
  // "A FIRE which broke out ...": after the sentence's opening article, a word is in a name only
  // when a capital follows it too ("The Fire Brigade").
  if (cap(i - 1)) return !(i - 1 === unitStart && ARTICLES.has(ctx.lower[i - 1]!)) || cap(i + 1);
  const joiner = ctx.lower[i - 1];
  return (joiner === 'of' || joiner === 'the') && (cap(i - 2) || ((ctx.lower[i - 2] === 'of') && cap(i - 3)));
}

/** A headline in sentence case ("Ring of Fire hit co-writer dies"): under half its later words capitalised. */
function sentenceCase(ctx: EventContext, from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = from + 1; k < to; k++) {
    const t = ctx.tokens[k]!.text;
    if (!/^\p{L}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) caps++;
  }
  return caps * 2 < words;
}

/** Nouns made from a listed verb that name real violence, not a figure of speech ("a bombing", "the killings"). */
const LITERAL_NOUNS = new Set(['bombing', 'bombings', 'killing', 'killings']);

/** Words of spaceflight: a rocket told with one of them carries a satellite or a probe, not a warhead. */
const SPACEFLIGHT = new Set(['orbit', 'satellite', 'satellites', 'spacecraft', 'probe', 'spaceport', 'lift-off', 'liftoff', 'astronaut', 'astronauts', 'payload']);

/**
 * "Japan launches probe to study asteroid", "Norland rocket puts first satellites into orbit": a
 * rocket is the story's only violent word and the sentences read tell of spaceflight.
 */
function spaceLaunch(ctx: EventContext, words: ReadonlySet<string>): boolean {
  for (const w of words) if (w !== 'rocket' && w !== 'rockets') return false;
  for (const u of ctx.units) for (let i = u.tokenStart; i < u.tokenEnd; i++) if (SPACEFLIGHT.has(ctx.lower[i]!)) return true;
  return false;
}

/** Words of fighting that news uses of fighting a fire, a disease or a flood. */
const FIGHTING = new Set(['battle', 'battles', 'battled', 'battling', 'fight', 'fights', 'fought', 'fighting', 'combat', 'combating', 'combatting']);
/** What is fought that is no enemy: "battle an outbreak", "fought the blaze", "fighting a cholera epidemic". */
const HAZARDS = new Set(['outbreak', 'outbreaks', 'blaze', 'blazes', 'fire', 'fires', 'flames', 'wildfire', 'wildfires', 'bushfire', 'bushfires', 'disease', 'diseases', 'epidemic', 'epidemics', 'pandemic', 'virus', 'infection', 'infections', 'cancer', 'illness', 'flood', 'floods', 'floodwaters', 'drought', 'measles', 'cholera', 'malaria', 'dengue', 'ebola', 'mpox', 'tuberculosis', 'inflation', 'poverty', 'corruption', 'addiction', 'obesity', 'pests', 'locusts']);
/** How many words after a word of fighting what is fought is looked for ("battle a fast-spreading measles outbreak"). */
const FOUGHT_REACH = 4;

/** Token i is a word of fighting whose object, a few words on, is a hazard, not an enemy ("health workers battle an outbreak"). */
function fightsHazard(ctx: EventContext, i: number, end: number): boolean {
  return FIGHTING.has(ctx.lower[i]!) && objectAmong(ctx, i, end, FOUGHT_REACH, HAZARDS);
}

/** One of `nouns` stands within `reach` words after token i, before `end`: the object of the verb at i. */
function objectAmong(ctx: EventContext, i: number, end: number, reach: number, nouns: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < Math.min(end, i + 1 + reach); k++) if (nouns.has(ctx.lower[k]!)) return true;
  return false;
}

/**
 * Whether every word that chose a violent type is one news also uses figuratively
 * (violence-figurative.txt), as written or by its verb lemma ("attacks", "blasted", "attacking").
 */
function figurativeOnly(words: ReadonlySet<string>): boolean {
  const figurative = lexicon('violence-figurative');
  for (const w of words) if (LITERAL_NOUNS.has(w) || (!figurative.has(w) && !figurative.has(lemma(w) ?? ''))) return false;
  return true;
}

/**
 * Whether a sentence read that uses one of the type's words (`words`) shows violence: harm to people
 * or who does it (violence-evidence.txt), a weapon or a perpetrator noun. A "battle", a "clash" or an
 * "attack" with none of these beside it is a contest or a criticism ("Kidman wins photographer
 * battle", "Campaigners attack MTV 'sleaze'"); evidence further off is of something else (a
 * "governing body", "police" policy, a film's "bomb").
 */
function violenceShown(ctx: EventContext, words: ReadonlySet<string>): boolean {
  const evidence = lexicon('violence-evidence');
  const weapons = lexicon('weapons');
  const perpetrators = lexicon('perpetrator-nouns');
  // Per sentence read: whether it uses one of the words, whether it shows violence. A sentence and
  // the next tell one thing ("An explosion tore through a market. Police said the attackers ...").
  const uses = ctx.units.map((u) => ctx.lower.slice(u.tokenStart, u.tokenEnd).some((w) => words.has(w)));
  const shows = ctx.units.map((u) => {
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const w = ctx.lower[i]!;
      if ((evidence.has(w) || weapons.has(w) || perpetrators.has(w)) && !killsMicrobes(ctx, i, u.tokenEnd)) return true;
    }
    return false;
  });
  return uses.some((used, k) => used && (shows[k] || shows[k + 1] === true));
}

/** Living things too small or too lowly for their killing to be violence: "kills drug-resistant bacteria". */
const MICROBES = new Set(['bacteria', 'bacterium', 'microbe', 'microbes', 'germ', 'germs', 'virus', 'viruses', 'cell', 'cells', 'strain', 'strains', 'fungus', 'fungi', 'pathogen', 'pathogens', 'parasite', 'parasites', 'superbug', 'superbugs', 'pests', 'weeds', 'larvae', 'tumour', 'tumours', 'tumor', 'tumors']);
/** How many words after "killed" its object's head is looked for ("killed a strain of ..."). */
const OBJECT_REACH = 5;

/** Token i is a form of "kill" whose object, a few words on, is a microbe or cells ("killed a strain of MRSA", "killing cancer cells"). */
function killsMicrobes(ctx: EventContext, i: number, end: number): boolean {
  return lemma(ctx.lower[i]!) === 'kill' && objectAmong(ctx, i, end, OBJECT_REACH, MICROBES);
}

/** The words that make an explosion a blast and nothing more: no weapon, no attack. */
const BARE_EXPLOSION = new Set(['blast', 'blasts', 'explosion', 'explosions', 'explode', 'exploded', 'explodes', 'exploding']);
/** What blows up by accident: "a gas explosion", "the boiler exploded", "a blast at the chemical plant". */
const ACCIDENTAL_CAUSES = new Set(['gas', 'boiler', 'leak', 'fireworks', 'firework', 'chemical', 'chemicals', 'methane', 'factory', 'refinery', 'pipeline', 'cylinder', 'tanker']);
/** Words that say someone meant it. */
const INTENT = new Set(['attack', 'attacks', 'attacker', 'attackers', 'bomber', 'bombers', 'militant', 'militants', 'terrorist', 'terrorists', 'claimed', 'targeted', 'suspect', 'suspects']);

/**
 * ACLED's "explosions/remote violence" is violence: an explosion that only "blast" or "explosion"
 * called so, with something that blows up by accident and no sign of an attacker among the words read,
 * is an accident (a gas explosion in a block of flats).
 */
function accidentalExplosion(ctx: EventContext, chosen: EventTypeDef, words: ReadonlySet<string>): EventTypeDef | undefined {
  if (chosen.name !== 'explosions/remote violence' || ![...words].every((w) => BARE_EXPLOSION.has(w))) return undefined;
  let cause = false;
  for (const u of ctx.units) {
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const w = ctx.lower[i]!;
      if (INTENT.has(w)) return undefined;
      if (ACCIDENTAL_CAUSES.has(w)) cause = true;
    }
  }
  return cause ? eventTypes().find((d) => d.name === 'accident') : undefined;
}
