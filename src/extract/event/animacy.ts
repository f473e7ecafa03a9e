import { lexicon } from '../../core/resources.js';
import { wordLevel } from '../../clean/dictionary.js';
import type { EventContext } from './context.js';

/**
 * Whether a noun phrase names an agent: a person, a group of people or an organisation, which is
 * what "who" asks for ("Dozens of rescuers", "the Taliban", "Toblerone"), as against a thing or a
 * happening ("Footage", "An epic Game 7", "Explosion and gunfire"). Read off the phrase's head:
 * its NER type when the tagger named it, else the WordNet person/group nouns
 * (resources/lexicon/animate-nouns.txt) and our perpetrator, person and weapon words (a weapon acts
 * in "A car bomb exploded"). A capitalised head the dictionary does not know is a name: unknown.
 */
export type Animacy = 'animate' | 'inanimate' | 'unknown';

const AGENT_TYPES = new Set(['PERSON', 'ORG', 'NORP', 'GPE']);
// MISC names products and works as well as groups: it decides nothing.
const THING_TYPES = new Set(['EVENT', 'FAC', 'LOC']);
const CUT = new Set([',', 'of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'near', 'by', 'who', 'which', 'that', 'after', 'over', 'as', 'under', 'carrying', 'operated', 'owned', 'built', '(', ':', '—', '–', '-', '--']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);

/** Word lists of the things that act in an accident or a disaster (see animacy). */
const ACTING_THINGS = ['vehicle-nouns', 'hazard-nouns', 'structure-nouns'];

/** A noun of a thing that acts in an accident or a disaster: a vehicle, a hazard or a structure (in any number). */
export function isActingThing(w: string): boolean {
  return singulars(w).some((f) => ACTING_THINGS.some((list) => lexicon(list).has(f)) || VEHICLE_COMPOUND.test(f));
}

/**
 * A vehicle's closed compound the list lacks: "longboat", "lifeboat", "warplane", "warship",
 * "spacecraft" (not "-ship" or "-craft" at large: "partnership", "witchcraft").
 */
const VEHICLE_COMPOUND = /^(?:\p{Ll}{3,}(?:boat|plane)|(?:war|air|cargo|cruise|container|battle|steam|flag)ship|(?:air|space|hover|water)craft)$/u;

export function animacy(ctx: EventContext, s: number, e: number, vehiclesAct = false): Animacy {
  const head = headOf(ctx, s, e);
  const t = ctx.tokens[head]!;
  const w = ctx.lower[head]!;
  // In an accident a vehicle acts as a weapon does in an attack ("A bus plunged into a ravine",
  // "Passenger train derails"); elsewhere it is a thing ("Train strike grips Buenos Aires").
  // So do a natural force in a disaster ("Flash floods kill nine", "An earthquake struck") and a
  // structure that gave way ("A five-storey building under construction collapsed").
  if (vehiclesAct && isActingThing(w)) return 'animate';
  // An acronym is read by its NER type alone ("GP" is not a general practitioner here).
  const acronym = /^\p{Lu}{2,5}$/u.test(t.text);
  if (PERSONAL.has(w) || (!acronym && isAgentNoun(w))) return 'animate';
  // "Norway's central bank": a body named by two words ("a bank" alone is a firm or a building).
  if (head > s && lexicon('deciding-bodies').has(`${ctx.lower[head - 1]} ${w}`)) return 'animate';
  // A two-word weapon named with the force that used it acts ("A U.S. drone strike killed six
  // fighters"); alone ("Air strike on market kills nine") whom the sources blame is who acted.
  if (head > s + 1 && lexicon('weapons').has(`${ctx.lower[head - 1]} ${w}`)) {
    const force = ctx.tokens[head - 2]!;
    const type = ctx.mentionTypeAt(force.start, force.end);
    if (type === 'GPE' || type === 'NORP' || type === 'ORG') return 'animate';
  }
  const type = ctx.mentionTypeAt(t.start, t.end);
  if (type && AGENT_TYPES.has(type)) return 'animate';
  if (type && THING_TYPES.has(type)) return 'inanimate';
  // A word of the dictionary is a common noun even when a title capitalises it.
  if (/^\p{Lu}/u.test(t.text) && wordLevel(w) === undefined) return 'unknown';
  return /^[\p{L}-]+$/u.test(w) ? 'inanimate' : 'unknown';
}

/**
 * The head of tokens [s, e): the word before the first preposition, relative pronoun or comma;
 * past "of" after a count or a collective ("Dozens of rescuers", "a team of rescuers").
 */
function headOf(ctx: EventContext, s: number, e: number): number {
  let end = e;
  for (let i = s + 1; i < e; i++) {
    if (!CUT.has(ctx.lower[i]!) && !participleAfterNoun(ctx, i)) continue;
    end = i;
    break;
  }
  let head = end - 1;
  // "An epic Game 7", "Apollo 11": a number after a word numbers it; the word is the head.
  if (head > s && /^\d+$/.test(ctx.lower[head]!) && /^\p{L}/u.test(ctx.lower[head - 1]!)) head--;
  if (ctx.lower[end] === 'of' && end + 1 < e && isPartitive(ctx.lower[head]!)) return headOf(ctx, end + 1, e);
  return head;
}

/**
 * "a crowd waiting for cash aid", "a man armed with a knife": a participle between a noun and a
 * preposition starts the noun's modifier ("the Hariri killing", "Scots smoking" end on theirs).
 */
function participleAfterNoun(ctx: EventContext, i: number): boolean {
  const pos = ctx.tokens[i]!.pos;
  return (pos === 'VBG' || pos === 'VBN') && (ctx.tokens[i - 1]!.pos?.startsWith('NN') ?? false) && (ctx.tokens[i + 1]?.pos === 'IN' || ctx.tokens[i + 1]?.pos === 'TO');
}

/** A count or quantity word that hands the head on to its "of" phrase. */
function isPartitive(w: string): boolean {
  return /^\d/.test(w) || lexicon('partitive-nouns').has(w);
}

/**
 * A noun, singular or plural, that names a person or group; a hyphenated one by its first or last
 * part ("president-elect", "father-of-four"), and "the six-year-old" by its age.
 */
export function isAgentNoun(w: string): boolean {
  const sets = [lexicon('animate-nouns'), lexicon('deciding-bodies'), lexicon('perpetrator-nouns'), lexicon('person-nouns'), lexicon('weapons')];
  const listed = (x: string) => singulars(x).some((f) => sets.some((set) => set.has(f)));
  if (listed(w)) return true;
  if (!w.includes('-')) return false;
  if (/-(?:year|month)s?-olds?$/.test(w)) return true;
  const parts = w.split('-');
  return listed(parts[0]!) || listed(parts[parts.length - 1]!);
}

export function singulars(w: string): string[] {
  const out = [w];
  if (w.endsWith('men')) out.push(`${w.slice(0, -3)}man`);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}
