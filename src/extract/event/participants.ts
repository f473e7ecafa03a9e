import type { Arg } from '../../core/record.js';
import { lexicon, lexiconLines } from '../../core/resources.js';
import { makeArg, Ranked, round, type EventContext } from './context.js';
import { animacy } from './animacy.js';
import { claimedOrBlamed } from './claimants.js';
import { isFiniteVerb, lemma } from './verbs.js';
import { numberWords } from './number-words.js';

/**
 * Perpetrators, targets and weapons of a violent event. Perpetrators: subjects of attack verbs and
 * nouns such as "gunman"; targets: the objects of attack verbs ("shot the ambassador", "left
 * Ambassador Andrei Karlov dead", "attack on the consulate"); weapons: the weapon lexicon. All read
 * from the sentences outside captions, ranked by position, names before common nouns.
 */
const ATTACK = new Set(['shoot', 'kill', 'attack', 'stab', 'bomb', 'assassinate', 'murder', 'kidnap', 'abduct', 'target', 'strike', 'wound', 'injure', 'hit', 'execute', 'raid', 'storm', 'ram']);
const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const STOP = new Set([',', '.', ';', ':', 'and', 'but', 'or', 'to', 'for', 'was', 'were', 'is', 'are', 'had', 'has', 'up', 'out', 'down', 'dead', 'himself', 'herself', 'themselves', 'in', 'at', 'on', 'with', 'after', 'before', 'as', 'when', 'while', 'by', 'near', '“', '”', '"', 'who', 'which', 'that', 'into', 'during', 'from']);

/** A weapon word's plurals: "guns" of "gun", and "knives" of "knife". */
function pluralsOf(word: string): string[] {
  return /fe?$/.test(word) ? [`${word}s`, word.replace(/fe?$/, 'ves')] : [`${word}s`];
}

let weaponIndex: Map<string, string[][]> | undefined;
/** Weapon phrases by their first word (and its plural), longest first. */
function weaponPhrases(): Map<string, string[][]> {
  if (weaponIndex) return weaponIndex;
  const map = new Map<string, string[][]>();
  const phrases = lexiconLines('weapons').map((l) => l.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
  for (const ph of phrases) {
    const keys = ph.length === 1 ? [ph[0]!, ...pluralsOf(ph[0]!)] : [ph[0]!];
    for (const k of keys) map.set(k, [...(map.get(k) ?? []), ph]);
  }
  weaponIndex = map;
  return map;
}

/** Nouns a weapon's name qualifies without naming a weapon used: "bomb shelters", "bomb squad", "gun laws", "knife crime". */
const WEAPON_QUALIFIES = new Set([
  'shelter', 'shelters', 'squad', 'squads', 'disposal', 'scare', 'hoax', 'hoaxes', 'control', 'controls', 'law', 'laws', 'licence',
  'licences', 'license', 'licenses', 'amnesty', 'crime', 'crimes', 'footage', 'maker', 'makers', 'manufacturer', 'manufacturers',
  'programme', 'program', 'test', 'tests', 'testing', 'range', 'ranges', 'lobby', 'owners', 'ownership', 'sniffer', 'detector', 'detectors',
]);

/** "like a bomb", "like bombs": token i is what something was likened to. */
function likeness(ctx: EventContext, i: number): boolean {
  const prev = ctx.lower[i - 1];
  return prev === 'like' || ((prev === 'a' || prev === 'an') && ctx.lower[i - 2] === 'like');
}

export function weaponCandidates(ctx: EventContext): Arg[] {
  const ranked = new Ranked(0.05);
  const { tokens, text } = ctx;
  for (const u of ctx.allUnits) {
    const w = u.rank < ctx.params.window ? ctx.weight(u) : 0.1;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const options = weaponPhrases().get(ctx.lower[i]!);
      if (!options) continue;
      const phrase = options.find((ph) => ph.every((word, k) => {
        const t = ctx.lower[i + k];
        return t === word || (k === ph.length - 1 && t !== undefined && pluralsOf(word).includes(t));
      }));
      if (!phrase) continue;
      // "bomb shelters", "the bomb squad", "gun laws": a weapon's name that only qualifies another noun names no weapon;
      // nor does a likeness ("It sounded like a bomb").
      if (WEAPON_QUALIFIES.has(ctx.lower[i + phrase.length] ?? '') || likeness(ctx, i)) {
        i += phrase.length - 1;
        continue;
      }
      ranked.add(makeArg(text, tokens[i]!.start, tokens[i + phrase.length - 1]!.end, w));
      i += phrase.length - 1;
    }
  }
  // "gun" and "handgun", "bomb" and "car bomb": the specific name stands for both.
  const list = ranked.list();
  const folded = list.filter((a) => !list.some((b) => b !== a && b.text.toLowerCase().endsWith(a.text.toLowerCase()) && b.text.length > a.text.length));
  return folded
    .map((a) => ({ ...a, score: round(a.score + list.filter((b) => b !== a && a.text.toLowerCase().endsWith(b.text.toLowerCase()) && a.text.length > b.text.length).reduce((n, b) => n + b.score, 0)) }))
    .sort((x, y) => y.score - x.score || x.start - y.start);
}

/** A noun phrase starting at token i: determiner, then up to `max` words up to a stop word. */
function nounPhrase(ctx: EventContext, i: number, end: number, max = 5): [number, number] | null {
  const { tokens } = ctx;
  let s = i;
  if (s < end && DETS.has(tokens[s]!.text.toLowerCase())) s++;
  let e = s;
  while (e < end && e - s < max && !STOP.has(tokens[e]!.text.toLowerCase()) && !(e > s && /^\p{Ll}/u.test(tokens[e]!.text) && lemma(tokens[e]!.text))) e++;
  return e > s ? [s, e] : null;
}

/** Words that only count people ("dozens", "five", "12 others"): a toll, not who was targeted. */
const COUNT_ONLY = /^(?:\d[\d,.]*|others?|people|persons)$/;
function countOnly(ctx: EventContext, s: number, e: number): boolean {
  const numbers = numberWords();
  for (let k = s; k < e; k++) if (!COUNT_ONLY.test(ctx.lower[k]!) && !numbers.has(ctx.lower[k]!)) return false;
  return true;
}

/** "could have killed hundreds", "would kill": what might have happened names no target. */
const MODALS = new Set(['could', 'would', 'might', 'may', 'can', 'will', 'should']);
function hypothetical(ctx: EventContext, i: number, start: number): boolean {
  const prev = ctx.lower[i - 1];
  return i - 1 >= start && (MODALS.has(prev!) || (prev === 'have' && i - 2 >= start && MODALS.has(ctx.lower[i - 2]!)));
}

/** A phrase that can name someone: not a verb, adverb, number of "others" or function word. */
function isNominal(ctx: EventContext, i: number): boolean {
  const t = ctx.tokens[i]!.text;
  const w = ctx.lower[i]!;
  if (/^\p{Lu}/u.test(t)) return true;
  return !lemma(w) && !/ly$/.test(w) && !/^\d/.test(w) && !STOP.has(w) && !['into', 'at', 'the', 'up', 'out', 'off'].includes(w);
}

/** Determiners that stand for a noun phrase without naming anyone ("such", "this"). */
const PRO_FORMS = new Set(['such', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'both', 'either', 'neither', 'much', 'more', 'most']);

/**
 * Whether an attack verb's object [s, e) can be its target: a noun phrase with a noun in it (by
 * the POS tags when they ran: not "via the internet", "will", "-", "them"), not a part of the
 * body ("injured her knee"), and after "hit", which news uses for anything ("hit the headlines",
 * "hit the shops"), a person, group or name.
 */
function namesTarget(ctx: EventContext, s: number, e: number, verb: string): boolean {
  const { tokens } = ctx;
  if (PRO_FORMS.has(ctx.lower[s]!) && e - s === 1) return false;
  if (!/\p{L}/u.test(tokens[s]!.text)) return false;
  if (tokens[s]!.pos !== undefined) {
    if (!/^(?:NN|DT|JJ|CD|PRP\$|POS)/.test(tokens[s]!.pos!)) return false;
    if (!tokens.slice(s, e).some((t) => /^NN/.test(t.pos ?? ''))) return false;
  }
  const last = ctx.lower[e - 1]!;
  const body = lexicon('body-parts');
  if (body.has(last) || (last.endsWith('s') && body.has(last.slice(0, -1)))) return false;
  if (verb === 'hit') return animacy(ctx, s, e) === 'animate' || /^\p{Lu}/u.test(tokens[s]!.text);
  return true;
}

export function participantCandidates(ctx: EventContext): { perpetrators: Arg[]; targets: Arg[] } {
  const perps = new Ranked(0.1);
  const targets = new Ranked(0.1);
  const perpetratorNouns = lexicon('perpetrator-nouns');
  const { tokens, text } = ctx;
  const add = (r: Ranked, s: number, e: number, score: number) => {
    const start = tokens[s]!.start;
    const end = tokens[e - 1]!.end;
    const named = tokens.slice(s, e).some((t) => /^\p{Lu}/u.test(t.text)) ? 0.2 : 0;
    r.add(makeArg(text, start, end, score + named, ctx.entityAt(start, end)?.id));
  };
  for (const u of ctx.allUnits) {
    const w = u.rank < ctx.params.window ? ctx.weight(u) : 0.2 * ctx.weight(u);
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const word = ctx.lower[i]!;
      if (perpetratorNouns.has(word)) {
        // "a lone gunman", "the suicide bomber": the noun with its modifiers.
        let s = i;
        while (s > u.tokenStart && s > i - 2 && /^\p{Ll}/u.test(tokens[s - 1]!.text) && !DETS.has(tokens[s - 1]!.text.toLowerCase()) && !STOP.has(tokens[s - 1]!.text.toLowerCase()) && !lemma(tokens[s - 1]!.text)) s--;
        add(perps, s, i + 1, w);
        continue;
      }
      const base = lemma(word);
      if (!base || !ATTACK.has(base)) continue;
      // "car bomb exploded": a bare form that is not the clause's verb is a noun.
      if (base === word && !isFiniteVerb(tokens, i)) continue;
      const prev = tokens[i - 1]?.text.toLowerCase();
      const passive = prev === 'was' || prev === 'were' || prev === 'been' || prev === 'fatally' || /ly$/.test(prev ?? '');
      if (passive) {
        // "The attacker was shot by police": whoever stopped the perpetrator is not one.
        let ofPerpetrator = false;
        for (let k = Math.max(u.tokenStart, i - 6); k < i; k++) if (perpetratorNouns.has(ctx.lower[k]!)) ofPerpetrator = true;
        if (ofPerpetrator) continue;
        // "was shot by a lone gunman": the agent after "by".
        for (let k = i + 1; k < Math.min(u.tokenEnd, i + 4); k++) {
          if (tokens[k]!.text.toLowerCase() !== 'by') continue;
          const np = nounPhrase(ctx, k + 1, u.tokenEnd, 4);
          if (np) add(perps, np[0], np[1], w * 0.8);
          break;
        }
        continue;
      }
      // Active voice: the object is the target ("shot the ambassador", "striking Karlov").
      if (hypothetical(ctx, i, u.tokenStart)) continue;
      const np = nounPhrase(ctx, i + 1, u.tokenEnd, 4);
      if (np && isNominal(ctx, np[0]) && !countOnly(ctx, np[0], np[1]) && namesTarget(ctx, np[0], np[1], base)) add(targets, np[0], np[1], w);
    }
    // "left Ambassador Andrei Karlov dead", "attack on the German consulate".
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const word = ctx.lower[i]!;
      if (word === 'left' || word === 'leaving') {
        for (let k = i + 2; k < Math.min(u.tokenEnd, i + 8); k++) {
          if (['dead', 'injured', 'wounded'].includes(tokens[k]!.text.toLowerCase())) {
            const np = nounPhrase(ctx, i + 1, k, 6);
            if (np && np[1] === k && !/^\d|^(?:many|several|dozens|scores|hundreds)$/i.test(tokens[np[0]]!.text)) add(targets, np[0], np[1], w);
            break;
          }
        }
      } else if ((word === 'attack' || word === 'assault' || word === 'raid') && tokens[i + 1]?.text.toLowerCase() === 'on') {
        const np = nounPhrase(ctx, i + 2, u.tokenEnd, 4);
        if (np) add(targets, np[0], np[1], w);
      }
    }
  }
  // "Al Shabaab claimed responsibility", or with no claim "the ministry blamed the Saudi-led coalition":
  // the claimant or the party blamed, at the weight of the article's first sentence.
  const lead = ctx.allUnits[0];
  for (const c of claimedOrBlamed(ctx)) if (lead) add(perps, c.start, c.end, ctx.weight(lead));
  const perpetrators = perps.list();
  // "police shot him dead": the attacker shot by the police is no target of the attack.
  const attackers = new Set(perpetrators.map((a) => a.entityId).filter((id) => id !== undefined));
  return { perpetrators, targets: targets.list().filter((a) => a.entityId === undefined || !attackers.has(a.entityId)) };
}
