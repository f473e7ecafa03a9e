import type { Arg } from '../../core/record.js';
import { lexicon } from '../../core/resources.js';
import { firstEndingAfter } from '../../core/span.js';
import { acronymOf } from '../../nlp/coref/match.js';
import { BE_FORMS, clauseWords, isAuxiliary } from './clause-words.js';
import { tollCause } from './toll-cause.js';
import { animacy, isActingThing, singulars } from './animacy.js';
import { BLAME_VERBS, claimedOrBlamed, claimants } from './claimants.js';
import type { Mention } from '../../core/layers.js';
import { asClause, readClause, type Clause } from './clause.js';
import { headlineReading, makeArg, Ranked, round, sentenceReading, type EventContext } from './context.js';
import { asksQuestion, type Unit } from './units.js';
import { isPastForm, lemma, PLACING_PREPOSITIONS, verbFormsOf } from './verbs.js';
import { wordLevel } from '../../clean/dictionary.js';
import { OUTLET_ENDS } from '../../clean/byline.js';
import { AGENCY } from './dateline.js';
import { QUOTE_CLOSE } from './why-how.js';
import { numberWords } from './number-words.js';

/**
 * "What" and "who": the predicate and subject of each sentence read (title, lead, first body
 * sentences), scored by where the sentence lies, whether its verb is an event trigger or a mere
 * verb of saying, and what the subject is (a name, a pronoun, an often-mentioned entity).
 */
export function whatCandidates(ctx: EventContext, triggers: ReadonlySet<string>, violent: boolean, incident = violent, mishap = false): Arg[] {
  const p = ctx.params.what;
  const ranked = new Ranked();
  const report = clauseWords('report');
  const perpetrators = lexicon('perpetrator-nouns');
  const { tokens } = ctx;
  const update = incident ? tollUpdateIncident(ctx, triggers) : -1;
  // "Death toll from toxic alcohol in Zawiya rises to nine" over "At least nine people have died
  // after drinking homemade alcohol contaminated with methanol": the lead's toll with its cause is
  // what happened; a toll headline, only its count (see tollCause).
  const lead = leadIndex(ctx);
  const caused = lead >= 0 ? tollCause(ctx, ctx.clauses[lead]!, ctx.units[lead]!.tokenEnd) : null;
  ctx.units.forEach((u, k) => {
    const c = ctx.clauses[k]!;
    if (!c.predicate || tellsNothing(ctx, u)) return;
    // (A toll update's incident weighs as a headline: see tollUpdateIncident.)
    let score = k === update ? Math.max(ctx.weight(u), ctx.weight(ctx.units[0]!)) : ctx.weight(u);
    if (!c.verb) score *= p.noVerb;
    // "11 dead, 38 injured", "At least 34 hurt as fans riot", "Death toll ... rises to five": a
    // headline that gives the toll tells what the event did; the report's first sentence tells what happened.
    // (Not when the report's first sentence tells the toll too: "Several people died and dozens ...")
    const toll = u.kind === 'title' && tollHeadline(ctx, c);
    // (Nor when its toll tells the incident in a clause, "Nine people were killed after a building
    // caved in", and the headline only names it, "3 dead, 27 hurt in Tondo stampede": a headline
    // that tells it in a clause of its own, "Seven killed as tram derails", is what coders take.)
    if (toll && (leadTellsAction(ctx) || update >= 0 || (caused && !clauseAfterToll(ctx, c, u)) || (incident && !clauseAfterToll(ctx, c, u) && leadTellsIncident(ctx, triggers)))) score *= p.tollTitle;
    // "Deadly blaze at Hanoi Old Quarter hotel", "Dawn collision on the Ishwardi line": a headline
    // with no verb only names an accident or a disaster that the report's first sentence tells.
    // (Not an attack, "Fatal attack on German consulate", nor other news: there the headline's noun
    // phrase is the news and the first sentence often a scene or a comment.)
    else if (mishap && u.kind === 'title' && !c.verb && namesIncident(ctx, u, triggers) && (leadTellsAction(ctx) || leadTellsIncident(ctx, triggers))) score *= p.tollTitle;
    // "Three dead, including gunman, in Laventille bar shooting": a toll with no verb only counts
    // what an incident of any kind did, which the report's first sentence tells.
    else if (incident && u.kind === 'title' && !c.verb && verblessToll(ctx, c.start, u.tokenEnd) && (leadTellsAction(ctx) || leadTellsIncident(ctx, triggers))) score *= p.tollTitle;
    else if (caused && u.kind === 'title' && verblessToll(ctx, c.start, u.tokenEnd) && !clauseAfterToll(ctx, c, u)) score *= p.tollTitle;
    if (caused && k === lead) ranked.add(makeArg(ctx.text, tokens[caused[0]]!.start, tokens[caused[1] - 1]!.end, ctx.weight(u) + p.trigger));
    // "At least 34 hurt as fans riot after disputed penalty": the clause after "as" is what happened.
    if (toll) {
      const as = causeClauseAfter(ctx, c.verb![1], u.tokenEnd);
      // (Above the toll itself, which it caused: "Five killed, 23 hurt as express bus rams into lorry".)
      // (Not a rescue told beside the toll: "die in house fire as neighbours pull mother and toddler from burning home".)
      if (as > 0 && as < u.tokenEnd - 2 && !rescueAfter(ctx, as, u.tokenEnd)) {
        ranked.add(makeArg(ctx.text, tokens[as + 1]!.start, tokens[u.tokenEnd - 1]!.end, ctx.weight(u) * AS_CAUSE));
        // "1 killed, 5 wounded as gunfire erupts at ...": a toll cut off before its "as" (by the
        // list of the toll) is no answer beside the clause that tells what happened; nor one read
        // through it from the toll's last verb ("Five dead, nine injured as fire guts building").
        if (c.predicate[1] <= as || (c.subject && c.lemma && tollVerbs().has(c.lemma) && isCount(ctx, c.subject[0], c.subject[1]) && ctx.lower.slice(c.subject[0], c.verb![0]).includes(','))) score *= p.tollTitle;
      }
    }
    // "Fans fume as Penrose Crunch bar shrinks by 7g": the reaction is to the news the "as" clause tells.
    if (reactsAs(ctx, c, u)) {
      // (reactsAs: the "as" is the word right after the verb.)
      ranked.add(makeArg(ctx.text, tokens[c.verb![1] + 1]!.start, tokens[u.tokenEnd - 1]!.end, ctx.weight(u) * AS_CAUSE));
      score *= p.tollTitle;
    }
    if (c.lemma && (report.has(c.lemma) || showsEvidence(ctx, c)) && !announcesThing(ctx, c)) score *= p.report;
    // "Ghaf Energy's deal for a stake in Helion is its biggest in Europe so far": a copula that
    // ranks the news tells no action.
    if (ranksTheNews(ctx, c)) score *= RANKING;
    // Triggers are sought in the capped phrase only: the words that finish a noun phrase cut by the
    // cap ("woo female | voters") make the answer read whole, not the sentence more eventful.
    const capped = Math.min(c.predicate[1], (c.verb?.[0] ?? c.predicate[0]) + ctx.params.what.maxTokens);
    if (hasTrigger(ctx, c.predicate[0], capped, triggers)) score += p.trigger;
    // "The attacker was shot by police": what befell the perpetrator is not the attack itself.
    if (violent && c.subject && c.verb && isPassive(ctx, c.verb) && tokens.slice(c.subject[0], c.subject[1]).some((t) => perpetrators.has(t.text.toLowerCase()))) {
      score *= p.passivePerpetrator;
    }
    // "At least nine people were killed when the commuter train collided head-on with a freight
    // train", "Rescuers pulled five more bodies from a mine where a wall of rock collapsed on
    // workers": in an incident, the clause that tells the mishap or the attack is what happened;
    // the toll or the recovery is what followed.
    const told = incident && u.kind !== 'title' ? incidentClause(ctx, c, u, triggers) : null;
    if (told) {
      ranked.add(makeArg(ctx.text, tokens[told.predicate![0]]!.start, tokens[told.predicate![1] - 1]!.end, ctx.weight(u) + p.trigger));
      score *= p.tollTitle;
    }
    const [s, e] = c.predicate;
    // "Seven killed as tram derails", "Several dead and dozens injured": with a bare toll for
    // subject no one acts, and the whole clause tells what happened.
    // A verb written onto its subject ("It's A Wonderful Life", "They've won"): the clause reads
    // whole, not from the clitic ("s A Wonderful Life").
    // "The explosion occurred around 10:30pm": a verb that only says the event took place reads
    // with the event's noun, its subject.
    const counted = c.subject && c.verb && isCount(ctx, c.subject[0], c.subject[1]);
    // "At least 9 dead, 14 missing after landslide hits village": the verb found lies in the clause
    // after the toll's "after" or "as", which tells what happened with its own subject.
    const cause = counted ? subordinateBefore(ctx, c.subject![1], c.verb![0]) : -1;
    const from = cause > 0 ? cause + 1 : c.subject && c.verb && (counted || (s === c.verb[0] && CLITIC.test(tokens[s]!.text)) || occurrence(ctx, c, triggers)) ? c.subject[0] : s;
    // (A question or a supposition weighs less whatever its words: after the trigger's bonus.)
    ranked.add(makeArg(ctx.text, tokens[from]!.start, tokens[e - 1]!.end, score * askedOrSupposed(ctx, k)));
    // In a violent event the trigger names the event ("the shooting which left Ambassador X dead"),
    // when the sentence's own predicate does not.
    if (!violent || hasTrigger(ctx, s, e, triggers)) return;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const word = tokens[i]!.text.toLowerCase();
      if ((i >= s && i < e) || !triggers.has(word) || perpetrators.has(word) || ctx.inQuote(tokens[i]!.start)) continue;
      let j = i + 1;
      while (j < u.tokenEnd && j - i < p.triggerMaxTokens && !/^[,.;:!?()“”"—]$/.test(tokens[j]!.text)) j++;
      ranked.add(makeArg(ctx.text, tokens[i]!.start, tokens[j - 1]!.end, ctx.weight(u) * p.triggerPhrase));
      break;
    }
  });
  return ranked.list();
}

/**
 * Where a toll headline's clause of cause opens, from its verb on: its "as" ("At least 34 hurt as
 * fans riot"), or an "after" that opens a clause with a subject and a verb ("Four dead, 27 injured
 * after passenger train hits freight train"; not "Three dead after crash", a noun). -1 when none.
 */
function causeClauseAfter(ctx: EventContext, from: number, to: number): number {
  const as = ctx.lower.indexOf('as', from);
  if (as >= 0 && as < to) return as;
  const after = ctx.lower.indexOf('after', from);
  if (after < 0 || after >= to - 2) return -1;
  const inner = readClause(ctx.tokens, after + 1, to, headlineReading(ctx.params));
  return inner.subject && inner.verb ? after : -1;
}

/** The last "after" or "as" in [from, to): where a toll's clause of cause opens; -1 when none. */
function subordinateBefore(ctx: EventContext, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (ctx.lower[i] === 'after' || ctx.lower[i] === 'as') return i;
  return -1;
}

/** Verbs that say only that an event took place ("occurred", "happened", "broke out", "took place"). */
const OCCURRENCE = new Set(['occur', 'happen']);

/** The clause's verb says only that its subject, an event's own noun, took place: "The explosion occurred", "A fire broke out". */
function occurrence(ctx: EventContext, c: Clause, triggers: ReadonlySet<string>): boolean {
  if (!c.subject || !c.verb || !c.lemma) return false;
  const next = ctx.lower[c.verb[1]] ?? '';
  const takesPlace = OCCURRENCE.has(c.lemma) || (c.lemma === 'break' && next === 'out') || (c.lemma === 'take' && next === 'place');
  return takesPlace && c.subject[1] - c.subject[0] <= 4 && triggers.has(ctx.lower[c.subject[1] - 1]!);
}

/** What a copula that ranks the news weighs as a what (see ranksTheNews). */
const RANKING = 0.5;
/** Words a ranking copula's complement opens with before its superlative ("its biggest", "the first"). */
const RANK_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'the', 'our']);

/** The clause is "X is/was its biggest ...", "... the first ...": a form of "be" before a determiner and a superlative. */
function ranksTheNews(ctx: EventContext, c: Clause): boolean {
  if (!c.verb || c.lemma !== 'be') return false;
  const k = c.verb[1];
  if (!RANK_DETERMINERS.has(ctx.lower[k] ?? '')) return false;
  const w = ctx.lower[k + 1] ?? '';
  return /^\p{Ll}{3,}est$/u.test(w) || w === 'first' || w === 'most' || w === 'latest';
}

/** Verbs of a public's reaction, which a headline puts before the news it reacts to ("Fans fume as ..."). */
const REACTION_VERBS = new Set(['fume', 'rage', 'seethe', 'despair', 'rejoice', 'cheer', 'mourn', 'react', 'erupt', 'bristle']);

/** A headline's reaction with an "as" clause after its verb that has a verb of its own ("Fans fume as bar shrinks by 7g"). */
function reactsAs(ctx: EventContext, c: Clause, u: Unit): boolean {
  if (u.kind !== 'title' || !c.verb || !c.lemma || !REACTION_VERBS.has(c.lemma)) return false;
  const as = c.verb[1];
  return ctx.lower[as] === 'as' && as < u.tokenEnd - 2 && readClause(ctx.tokens, as + 1, u.tokenEnd, headlineReading(ctx.params)).subject !== null;
}

/** The clause after the "as" at token `as` tells an aftermath, a rescue or a search ("as neighbours pull ..."), by its verb. */
function rescueAfter(ctx: EventContext, as: number, to: number): boolean {
  const inner = readClause(ctx.tokens, as + 1, to, headlineReading(ctx.params));
  return inner.lemma !== undefined && AFTERMATH.has(inner.lemma);
}

/**
 * Verbs of an incident's aftermath ("Rescuers pulled five more bodies from a mine where ..."). With
 * the toll verbs, the main verbs after which a "when" or "where" clause may tell the incident: not
 * what someone was doing when it struck ("The envoy was delivering a speech when the gunman fired").
 */
const AFTERMATH = new Set(['pull', 'recover', 'find', 'rescue', 'search', 'retrieve', 'free', 'evacuate', 'dig', 'bring']);

/** What "be" says of a toll's victims ("are dead", "were missing"). */
const TOLL_STATES = new Set(['dead', 'injured', 'hurt', 'missing', 'wounded']);

/** Subordinators after which a clause may tell the incident itself (see incidentClause). */
const INCIDENT_SUBORDINATORS = new Set(['when', 'where']);

/**
 * The "when" or "where" clause of a sentence that tells an incident's toll or aftermath, when that
 * clause tells the mishap or the attack: its verb a mishap verb or an attack verb, or its
 * predicate a trigger of the event's type. Only after a main verb of a toll or an aftermath that
 * is no such verb itself ("were killed", "pulled five more bodies"), and with a subject of its own.
 */
function incidentClause(ctx: EventContext, c: Clause, u: Unit, triggers: ReadonlySet<string>): Clause | null {
  // Read once per clause: what and who both ask for it.
  const known = toldOf.get(c);
  if (known && known.triggers === triggers) return known.told;
  const told = readIncidentClause(ctx, c, u, triggers);
  toldOf.set(c, { triggers, told });
  return told;
}

/** incidentClause's answers, per clause of a document (and the triggers they were read with). */
const toldOf = new WeakMap<Clause, { readonly triggers: ReadonlySet<string>; readonly told: Clause | null }>();

function readIncidentClause(ctx: EventContext, c: Clause, u: Unit, triggers: ReadonlySet<string>): Clause | null {
  // ("Two people are dead and 14 others were injured after 34 vehicles collided": "be" + "dead" is a toll too.)
  const toll = !!c.lemma && (tollVerbs().has(c.lemma) || (c.lemma === 'be' && !!c.verb && TOLL_STATES.has(ctx.lower[c.verb[1]] ?? '')));
  if (!c.verb || !c.predicate || !c.lemma || !(toll || AFTERMATH.has(c.lemma)) || tellsIncident(ctx, c, triggers, false)) return null;
  for (let i = c.verb[1]; i < u.tokenEnd - 2; i++) {
    // "have pulled more bodies from the rubble of a five-storey residential building that collapsed
    // late on Tuesday": a relative clause whose verb is a mishap's tells the incident, its antecedent
    // what it befell.
    if (RELATIVE_THAT.has(ctx.lower[i]!) && verbFormsOf('mishap-verbs').has(ctx.lower[i + 1]!) && !ctx.inQuote(ctx.tokens[i]!.start)) {
      const np = antecedentStart(ctx, c.verb[1], i);
      if (np < 0) return null;
      const inner = readClause(ctx.tokens, i + 1, u.tokenEnd, { ...sentenceReading(ctx.params), verbAt: i + 1 });
      return inner.verb && inner.predicate ? { ...inner, subject: [np, i] } : null;
    }
    // ("were killed after a building under construction caved in": "after" too, after a toll.)
    // ("One man died and 57 people were injured as Typhoon Nakri swept past": "as" too, after a toll verb.)
    // (Not an "as" after the toll's own incident noun: "were killed ... in a crush at the main gate,
    // as thousands tried to force their way in" tells the crush; the "as" clause, what went on around it.)
    const afterToll = (ctx.lower[i] === 'after' && (toll || AFTERMATH.has(c.lemma))) || (ctx.lower[i] === 'as' && toll && !hasTrigger(ctx, c.verb[1], i, triggers));
    if ((!INCIDENT_SUBORDINATORS.has(ctx.lower[i]!) && !afterToll) || ctx.inQuote(ctx.tokens[i]!.start)) continue;
    const inner = readClause(ctx.tokens, i + 1, u.tokenEnd, sentenceReading(ctx.params));
    if (!inner.subject || inner.subject[0] !== i + 1 || !inner.verb || !inner.predicate) return null;
    // "were killed when a crowd of pilgrims surged towards a bathing area": after a toll, a "when"
    // clause with a subject of its own (no pronoun, no "be") tells how it came about, whatever its verb.
    // ("the toll rose to 12 after Sonu Kumar, who was injured ..., died": a death after a toll is another toll.)
    // ("rose to 11 yesterday, as divers recovered two more bodies": a recovery after a toll is its aftermath.)
    if (afterToll && inner.lemma && (tollVerbs().has(inner.lemma) || AFTERMATH.has(inner.lemma))) return null;
    // ("when a tram overturned in Kelton on Wednesday, police said": the report is no incident.)
    if (inner.lemma && clauseWords('report').has(inner.lemma)) return null;
    const after = ((ctx.lower[i] === 'when' && tollVerbs().has(c.lemma)) || afterToll) && inner.lemma !== 'be' && !clauseWords('pronoun').has(ctx.lower[inner.subject[0]]!);
    if (after || tellsIncident(ctx, inner, triggers, true)) return inner;
    // "Three people drowned while two others are still missing after the longboat ... capsized": a
    // "while" clause that tells more of the toll stands between the toll and its incident.
    if (ctx.lower[i] === 'while') continue;
    return null;
  }
  return null;
}

/** Verbs of saying that also make a thing known: with a noun phrase for object they tell the news. */
const ANNOUNCING = new Set(['confirm', 'announce', 'report']);
/** Words that open such an object: an article, a possessive, a number. */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'record', 'plans', 'new']);

/**
 * "The ministry confirmed seven locally transmitted cases of chikungunya", "announced his
 * retirement", "reported a net profit of ...": a verb of saying with a noun phrase for object makes
 * the thing known, which is the news (not "confirmed that ...", "announced on Monday").
 */
function announcesThing(ctx: EventContext, c: Clause): boolean {
  if (!c.verb || !c.lemma || !ANNOUNCING.has(c.lemma)) return false;
  const next = ctx.lower[c.verb[1]] ?? '';
  return OBJECT_OPENERS.has(next) || /^\d/.test(next);
}

/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE_THAT = new Set(['that', 'which']);
/** Words a relative clause's antecedent has at most ("a five-storey residential building"). */
const ANTECEDENT_REACH = 6;

/**
 * The start of the noun phrase right before token i (its article "a", "an" or "the"), read back no
 * further than `from` nor past a break; -1 when none.
 */
function antecedentStart(ctx: EventContext, from: number, i: number): number {
  for (let k = i - 1; k >= Math.max(from, i - ANTECEDENT_REACH); k--) {
    if (!/^[\p{L}\p{N}-]+$/u.test(ctx.tokens[k]!.text)) return -1;
    if (AGENT_DETS.has(ctx.lower[k]!)) return k < i - 1 ? k : -1;
  }
  return -1;
}

/**
 * Does the clause's verb (or, with `byTrigger`, its predicate) tell a mishap or an attack? A
 * passive attack verb tells a toll ("were killed"), not the attack.
 */
function tellsIncident(ctx: EventContext, c: Clause, triggers: ReadonlySet<string>, byTrigger: boolean): boolean {
  const head = ctx.lower[c.verb![1] - 1]!;
  if (verbFormsOf('mishap-verbs').has(head) || (lexicon('attack-verbs').has(head) && !isPassive(ctx, c.verb!))) return true;
  return byTrigger && hasTrigger(ctx, c.predicate![0], c.predicate![1], triggers);
}

/** A toll headline's "as" clause against the toll (see whatCandidates). */
const AS_CAUSE = 1.05;

/** Verbs of holding a suspect, in a headline's passive ("teen arrested", "man charged"). */
const HELD = new Set(['arrested', 'held', 'detained', 'charged', 'caught', 'nabbed']);

/** The clause after a headline's ";" when it tells someone held: "...; teen arrested". */
function heldInHeadline(ctx: EventContext, u: Unit): Clause | null {
  for (let i = u.tokenStart + 1; i < u.tokenEnd - 2; i++) {
    if (ctx.tokens[i]!.text !== ';') continue;
    const c = readClause(ctx.tokens, i + 1, u.tokenEnd, headlineReading(ctx.params));
    const verb = c.verb ? ctx.lower[c.verb[1] - 1]! : '';
    return c.subject && HELD.has(verb) ? c : null;
  }
  return null;
}

/** A toll's subject beside the clause that tells the incident it befell them in (see whoCandidates). */
const TOLL_AFTER_INCIDENT = 0.95;

/** A verb the tokenizer split off the word before it. */
const CLITIC = /^['’](?:s|re|ve|m|d|ll)$/i;

/** "Footage shows rescuers ...", "Images reveal ...": a thing that shows reports what happened. */
function showsEvidence(ctx: EventContext, c: Clause): boolean {
  return !!c.lemma && !!c.subject && clauseWords('evidence').has(c.lemma) && animacy(ctx, c.subject[0], c.subject[1]) === 'inanimate';
}

function isPassive(ctx: EventContext, verb: readonly [number, number]): boolean {
  const first = ctx.tokens[verb[0]]!.text.toLowerCase();
  const last = ctx.tokens[verb[1] - 1]!;
  return /^(?:was|were|is|are|been|be|being)$/.test(first) && (last.pos ? last.pos === 'VBN' : /(?:ed|en|shot|hit|struck)$/.test(last.text.toLowerCase()));
}

export function hasTrigger(ctx: EventContext, from: number, to: number, triggers: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (triggers.has(ctx.lower[i]!)) return true;
  return false;
}

export function whoCandidates(ctx: EventContext, topWhat: Arg | null, triggers: ReadonlySet<string> = new Set(), violent = false, vehiclesAct = false, incident = violent || vehiclesAct): Arg[] {
  const p = ctx.params.who;
  const ranked = new Ranked();
  const report = clauseWords('report');
  const pronouns = clauseWords('pronoun');
  const negative = clauseWords('negative');
  const perpetrators = lexicon('perpetrator-nouns');
  const weapons = lexicon('weapons');
  const times = ctx.doc.maybe('times') ?? [];
  const placeMentions = (ctx.doc.maybe('mentions') ?? []).filter((m) => m.type === 'GPE' || m.type === 'LOC');
  ctx.units.forEach((u, k) => {
    const c = ctx.clauses[k]!;
    if (!c.subject || tellsNothing(ctx, u)) return;
    // "Consulate bombed by Taliban": the agent after "by" acted; the subject underwent it.
    // "Three people were killed when a gunman opened fire": in an attack, the subject of the clause
    // that tells how it befell them acted. (In an accident coders name the victims as often as the
    // vehicle: "At least seven people were killed when a tram sped round a sharp bend".)
    // In an accident or a disaster, "At least 19 people have died in floods and landslides": the
    // force they died in acted.
    const agent = passiveAgent(ctx, c, u.kind === 'title', u.tokenEnd) ??
      (u.kind === 'title' ? null : violent ? whenAgent(ctx, c, u.tokenEnd, pronouns) : vehiclesAct ? hazardAgent(ctx, c, u.tokenEnd) : null);
    if (agent) addSubject(u, c, agent[0], agent[1], 1);
    // "New species identified in outback Queensland" over "Australian scientists said they had
    // identified a new species of giant sea turtle": who the report's first sentence says did it
    // to the headline's subject did what the headline tells, at the headline's weight.
    const doer = u.kind === 'title' && !agent ? leadDoer(ctx, c) : null;
    if (doer) addSubject(doer.unit, doer.clause, doer.clause.subject![0], doer.clause.subject![1], 1, ctx.weight(u));
    // "Death toll rises to 19 as Kalu Ganga bursts its banks": a toll headline's "as" clause tells
    // who acted, at half weight: coders as often name the victims ("Seven killed as tram derails":
    // "At least seven people").
    const reacts = reactsAs(ctx, c, u);
    const as = u.kind === 'title' && c.verb && (tollHeadline(ctx, c) || reacts) ? ctx.lower.indexOf('as', c.verb[1]) : -1;
    // (In violence, "Three policemen martyred as terrorists storm Bannu checkpost": who storms acted,
    // and the victims did not.)
    let attackerAs = false;
    if (as > 0 && as < u.tokenEnd - 2) {
      const inner = readClause(ctx.tokens, as + 1, u.tokenEnd, headlineReading(ctx.params));
      attackerAs = violent && !!inner.subject && !!inner.verb && !reacts && !isPassive(ctx, inner.verb);
      if (inner.subject && inner.verb) addSubject(u, inner, inner.subject[0], inner.subject[1], attackerAs ? 1 : TOLL_CAUSE);
    }
    // "Six shot, one fatally, at block party; teen arrested": in an attack, whom a headline's second
    // clause says was arrested or charged is who the police hold to have done it.
    if (violent && u.kind === 'title') {
      const held = heldInHeadline(ctx, u);
      if (held) addSubject(u, held, held.subject![0], held.subject![1], 1);
    }
    // "Rescuers pulled five more bodies from a mine where a wall of rock collapsed on workers": the
    // clause that tells the incident (see whatCandidates) names who it came from; who recovered
    // the dead acted after it.
    const told = incident && !agent && u.kind !== 'title' ? incidentClause(ctx, c, u, triggers) : null;
    // ("... were killed when their community was attacked by suspected bandits": a passive clause's agent.)
    const toldAgent = told ? passiveAgent(ctx, told, false, u.tokenEnd) : null;
    if (toldAgent) addSubject(u, told, toldAgent[0], toldAgent[1], 1);
    // ("... were killed when a shop that refills gas canisters exploded": in an accident, what the
    // clause that tells it says blew up or gave way acted, whatever thing it is.)
    else if (told?.subject) {
      // ("after torrential rain caused the Tanaro river to burst its banks": what the cause made act, acted.)
      const made = causedToAct(ctx, told, u.tokenEnd);
      if (made) addSubject(u, told, made[0], made[1], 1, undefined, vehiclesAct);
      else addSubject(u, told, told.subject[0], told.subject[1], 1, undefined, vehiclesAct);
    }
    const aftermath = told !== null && c.lemma !== undefined && AFTERMATH.has(c.lemma);
    // "Ex-mayor gets 40 years", "Finance chief jailed for 12 years": a headline's convict underwent
    // the sentence; the court that passed it (the report's subject) decided.
    // ("Nine people were killed after a building under construction caved in": the building acted
    // before the toll it left, so it goes first; the victims stay close behind.)
    // ("Woman killed as quake shakes Naples area" over "A magnitude 4.8 earthquake struck ...":
    // when the report's first sentence tells the action, a toll headline's victims did not act.)
    const tollVictims = u.kind === 'title' && tollHeadline(ctx, c) && (leadTellsAction(ctx) || attackerAs);
    // ("Fans fume as Penrose Crunch bar shrinks": who reacts did not do it.)
    const factor = tollVictims || reacts ? ctx.params.what.tollTitle : doer ? DONE_TO : agent || aftermath ? p.passivePatient : told?.subject ? TOLL_AFTER_INCIDENT : u.kind === 'title' && sentencedHeadline(ctx, c, u.tokenEnd) && sentencerTold(ctx) ? SENTENCED : 1;
    addSubject(u, c, c.subject[0], c.subject[1], factor * askedOrSupposed(ctx, k));
  });
  // "Al Shabaab said it carried out the attack": whoever claims an attack did it, wherever the claim is told.
  const lead = ctx.units[0];
  // In a violent event, with no claim, whom the sources blame is who carried it out, as far as the
  // article knows ("The health ministry blamed the Saudi-led coalition").
  for (const cl of violent ? claimedOrBlamed(ctx) : claimants(ctx)) {
    if (lead) addSubject(cl.unit, null, cl.start, cl.end, 1, ctx.weight(lead) + p.claimant);
  }
  // "Registered unemployment in Latvia rose to 7.1% ..., the State Employment Agency said": outside
  // an incident, when the report's first sentence has a thing for subject, whom it reports acted
  // (the agency that published the figure, the court that gave the ruling).
  const source = incident ? null : sourceOfThing(ctx);
  if (source) addSubject(source.unit, null, source.start, source.end, 1);
  const list = withGroupDetail(ctx, namedLater(ctx, withFullerHead(ctx, institutionOf(ctx, ranked.list()))));
  return vehiclesAct ? withAntecedent(ctx, list) : list;

  /** `acts`: the phrase acted in the incident, so no thing it names counts against it (see animacy). */
  function addSubject(u: Unit, c: Clause | null, s: number, e: number, factor: number, weight = ctx.weight(u), acts = false): void {
    // A time is no one ("Tuesday saw ..."); one that opens the subject is a fronted adverbial
    // ("Some 65 years ago Bernardo Gandulla ..."): the subject is what follows it.
    const time = times.find((t) => t.start <= ctx.tokens[s]!.start && t.end > ctx.tokens[s]!.start);
    if (time) {
      while (s < e && ctx.tokens[s]!.start < time.end) s++;
      if (s >= e) return;
    }
    // "Yesterday at Meadowbank he needed ...": a fronted place before the pronoun is no part of the
    // subject, which is the pronoun.
    if (e - s > 1 && FRONTED.has(ctx.lower[s]!) && pronouns.has(ctx.lower[e - 1]!)) s = e - 1;
    // "Householders who injure or kill intruders will not ...": a relative clause that the
    // subject's noun opens is no part of the subject (cut here to end on its pronoun, dropped next).
    for (let k = s + 1; k < e - 1; k++) {
      if (RELATIVE.has(ctx.lower[k]!) && /^NN/.test(ctx.tokens[k - 1]!.pos ?? '')) {
        e = k + 1;
        break;
      }
    }
    // "Eight protesters who ...", "David Blunkett - who ...": the relative pronoun opens a clause
    // about the subject, not part of it; "although consumers ...": the subordinator opens the clause.
    if (e - 1 > s && RELATIVE.has(ctx.lower[e - 1]!)) {
      e--;
      while (e - 1 > s && /^[-—–,]$/.test(ctx.lower[e - 1]!)) e--;
    }
    // "the express bus they were travelling in rammed into ...": a pronoun after a noun opens a
    // relative clause written without "that"; the subject is the noun phrase before it.
    if (e - 1 > s && CONTACT_PRONOUNS.has(ctx.lower[e - 1]!) && (ctx.tokens[e - 2]!.pos?.startsWith('NN') ?? false)) e--;
    // "The roof of a school sports hall in the northeastern Romanian city of Iasi caved in": in an
    // accident or a disaster, where the thing stood is the where, no part of who.
    if (vehiclesAct) e = beforePlace(ctx, s, e, placeMentions);
    // "Kenya's National Assembly on Thursday passed ...": a time before the verb dates the clause,
    // it is no part of the subject.
    const last = ctx.tokens[e - 1]!;
    const tail = times.find((t) => t.start > ctx.tokens[s]!.start && t.start <= last.start && t.end >= last.end);
    if (tail) {
      while (e - 1 > s && ctx.tokens[e - 1]!.start >= tail.start) e--;
      while (e - 1 > s && TIME_LEADS.has(ctx.lower[e - 1]!)) e--;
    }
    while (s + 1 < e && SUBJECT_HEAD.has(ctx.lower[s]!)) s++;
    e = figureOwnerEnd(ctx, s, e);
    // "five dead as train hits bus": a headline's toll before "as" or "after" is a clause of its
    // own; the subject is what follows.
    for (let j = e - 2; j > s; j--) {
      if ((ctx.lower[j] === 'as' || ctx.lower[j] === 'after') && TOLL_WORDS.has(ctx.lower[j - 1]!)) {
        s = j + 1;
        break;
      }
    }
    // "Can Smith work Scottish wonders?", "Have hackers recruited your PC?": a question's inverted
    // auxiliary stands before its subject ("Will Smith" in a statement is a name).
    if (s + 1 < e && isAuxiliary(ctx.lower[s]!) && asksQuestion(ctx.tokens, u)) s++;
    const words = ctx.tokens.slice(s, e);
    if (negative.has(words[0]!.text.toLowerCase())) return;
    if (words.length === 1 && clauseWords('question').has(words[0]!.text.toLowerCase())) return;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    let score = weight * factor;
    // Who reports or lays blame for an attack is a source, not an actor in it.
    if (c?.lemma && (report.has(c.lemma) || (violent && BLAME_VERBS.has(c.lemma)))) score *= p.report;
    // In an accident, a disaster or an attack, who tells of it or looks into it ("OPP Sgt. X told
    // reporters", "The Transport Safety Bureau will investigate") came after it: a source, not who
    // it happened through.
    if ((vehiclesAct || violent) && c?.lemma && (report.has(c.lemma) || INQUIRY_VERBS.has(c.lemma))) score *= INCIDENT_SOURCE;
    // "On a normal morning, the only queues on the street are outside the boutiques": the subject of
    // "be" is described, it does nothing (a feature's scene before the news).
    // In an incident only: elsewhere what a thing is is often the news ("Green Day's Boulevard of
    // Broken Dreams is the most downloaded song").
    // ("are to take over" is a future, no copula.)
    if (incident && c?.lemma === 'be' && c.verb && c.verb[1] - c.verb[0] === 1 && ctx.lower[c.verb[1]] !== 'to') score *= COPULA;
    // "The findings were published on Wednesday in the journal Nature": what a work set out was
    // published, not who did the work.
    if (c?.verb && isPassive(ctx, c.verb) && e - s <= 3 && WORK_NOUNS.has(ctx.lower[e - 1]!)) score *= PUBLISHED_WORK;
    // '"They fired straight at us," Maputo protester says': a quote headline's speaker tells the
    // event, the report's first sentence who acted in it.
    if (u.kind === 'title' && c?.lemma && report.has(c.lemma) && QUOTE_MARKS.has(ctx.tokens[u.tokenStart]!.text)) score *= QUOTED_SPEAKER;
    if (words.length === 1 && pronouns.has(words[0]!.text.toLowerCase())) score += p.pronoun;
    if (words.some((w, i) => (i > 0 || u.kind !== 'body') && /^\p{Lu}\p{Ll}/u.test(w.text)) || ctx.mentionTypeAt(start, end)) score += p.name;
    if (words.some((w) => perpetrators.has(w.text.toLowerCase()))) score += p.perpetrator;
    score -= p.long * Math.max(0, words.length - 5);
    // "Seven", "Several dead and dozens": a bare count or toll names no one.
    if (isCount(ctx, s, e)) score += p.quantity;
    // "Seattle shooting", "Brazilian Grand Prix": the event itself is not who acted in it.
    const head = words[words.length - 1]!.text.toLowerCase();
    // A weapon is not an event name: "A car bomb exploded" names what acted.
    // Who acted is a person, group or organisation, not a thing ("Footage shows ...", "An epic Game 7 delivers ...").
    const agency = animacy(ctx, s, e, vehiclesAct);
    if (agency === 'inanimate' && !acts) score += p.inanimate;
    // An agent is not the event's name even when a trigger word names it ("FBI" in politics, "gunman").
    if ((triggers.has(head) && agency !== 'animate' && !perpetrators.has(head) && !weapons.has(head)) || ctx.mentionTypeAt(start, end) === 'EVENT') score += p.event;
    const entity = ctx.entityAt(start, end);
    if (entity) score += p.entityFreq * Math.log1p(entity.mentions.length);
    // (Not for a headline's convict: the sentence is what befell them, not what they did.)
    if (topWhat && c?.predicate && ctx.tokens[c.predicate[0]]!.start === topWhat.start && factor !== SENTENCED) score += p.coherence;
    ranked.add(fullName(ctx, makeArg(ctx.text, start, end, score, entity?.id)));
    // "Trump and Obama": each conjunct; "The jaw-dropping brilliance of Max Verstappen": the name in it.
    for (const [a, b] of nameRuns(ctx, s, e, u.tokenStart)) {
      if (a === s && b === e) continue;
      const ms = ctx.tokens[a]!.start;
      const me = ctx.tokens[b - 1]!.end;
      // "Seattle shooting": the place an event is named after did not act.
      const type = ctx.mentionTypeAt(ms, me);
      if (type === 'GPE' || type === 'LOC') continue;
      // "Kenyan start-up Jua Moto": a people's name before a noun says whose, it did not act.
      if (b - a === 1 && b < e && (type === 'NORP' || lexicon('demonyms').has(ctx.lower[a]!)) && /^\p{Ll}/u.test(ctx.tokens[b]!.text)) continue;
      const run = makeArg(ctx.text, ms, me, score * p.nameRun, ctx.entityAt(ms, me)?.id);
      const full = fullName(ctx, run);
      ranked.add(full === run ? run : { ...full, score: round(score * p.fullName) });
    }
  }
}

/** Verbs of looking into an incident after it: their subjects came after it (see whoCandidates). */
const INQUIRY_VERBS = new Set(['investigate', 'probe', 'examine', 'inspect', 'review']);
/** What the subject of a report or an inquiry weighs as an incident's who. */
const INCIDENT_SOURCE = 0.5;

/** What the subject of a work's publishing weighs as who ("The findings were published ..."). */
const PUBLISHED_WORK = 0.5;
/** Nouns of what a study or an inquiry puts out: the subject of its publishing, not who acted. */
const WORK_NOUNS = new Set(['findings', 'results', 'study', 'report', 'paper', 'research', 'data', 'figures']);

/** Nouns of a group of people that a story names by who leads it or where it works ("a team from ..."). */
const GROUP_NOUNS = new Set(['team', 'group', 'researchers', 'scientists', 'astronomers', 'engineers', 'experts', 'doctors', 'surgeons', 'archaeologists', 'paleontologists', 'palaeontologists', 'consortium']);
/** Words the detail of a group runs to at most ("led by the paleontologist Lucía Ferreyra of the National University of Comahue"). */
const GROUP_DETAIL_WORDS = 16;

/**
 * "The team, led by the paleontologist Lucía Ferreyra of ...", "a team from the National
 * University of Singapore (NUS) and ...": a top answer that is only a group's noun answers with
 * who leads it or where it is from, as the text goes on right after it, to the next comma or
 * verb. The group alone says nothing of who acted.
 */
function withGroupDetail(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  if (!top || !/^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?[\p{L}]+$/iu.test(top.text) || !GROUP_NOUNS.has(top.text.split(/\s+/).pop()!.toLowerCase())) return list;
  const { tokens, lower } = ctx;
  let k = firstEndingAfter(tokens, top.end);
  if (k >= tokens.length) return list;
  if (tokens[k]!.text === ',') k++;
  // "led by" and a name, or "from"/"at" and an institution's capitalised name.
  const led = lower[k] === 'led' && lower[k + 1] === 'by';
  const from = (lower[k] === 'from' || lower[k] === 'at') && /^\p{Lu}/u.test(tokens[lower[k + 1] === 'the' ? k + 2 : k + 1]?.text ?? '');
  if (!led && !from) return list;
  let e = k + (led ? 2 : 1);
  const stop = Math.min(tokens.length, e + GROUP_DETAIL_WORDS);
  while (e < stop && !/^[,.;:!?]$/.test(tokens[e]!.text) && !/^(?:VB[DZP]?|MD)$/.test(tokens[e]!.pos ?? '') && !(lower[e] === 'which' || lower[e] === 'who')) e++;
  if (e <= k + (led ? 3 : 2)) return list;
  return [{ ...top, text: ctx.text.slice(top.start, tokens[e - 1]!.end), end: tokens[e - 1]!.end }, ...list.slice(1)];
}

/** Words an indefinite noun phrase has at most before its head ("a small single-engine plane"). */
const ANTECEDENT_WORDS = 5;

/**
 * "Two people aboard a small single-engine plane were killed when the aircraft crashed": in an
 * accident or a disaster, a top answer that only refers back ("the aircraft", "the vessel") to a
 * vehicle, hazard or structure its sentence has already introduced answers as introduced ("a small
 * single-engine plane"), at its rank.
 */
function withAntecedent(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  if (!top || !/^the [\p{L}-]+$/iu.test(top.text) || !isActingThing(top.text.slice(4).toLowerCase())) return list;
  const u = ctx.units.find((x) => x.start <= top.start && top.start < x.end);
  if (!u) return list;
  const { tokens, lower } = ctx;
  for (let i = u.tokenStart; i < tokens.length && tokens[i]!.start < top.start; i++) {
    if (lower[i] !== 'a' && lower[i] !== 'an') continue;
    for (let k = i + 1; k <= i + ANTECEDENT_WORDS && k < tokens.length && tokens[k]!.start < top.start; k++) {
      if (!/^[\p{L}-]+$/u.test(tokens[k]!.text)) break;
      if (isActingThing(lower[k]!) && !isActingThing(lower[k + 1] ?? '')) {
        return [{ ...makeArg(ctx.text, tokens[i]!.start, tokens[k]!.end, top.score), ...(top.entityId ? { entityId: top.entityId } : {}) }, ...list.slice(1)];
      }
    }
  }
  return list;
}

/**
 * The source of the report's first sentence, as tokens [start, end) of that sentence's unit, when
 * the sentence's subject is a thing ("Registered unemployment", "Fuel prices") and the attribution
 * that reports it names its source in the same sentence ("..., the agency said").
 */
function sourceOfThing(ctx: EventContext): { unit: Unit; start: number; end: number } | null {
  const k = ctx.units.findIndex((u) => u.kind !== 'title');
  const u = ctx.units[k];
  const c = ctx.clauses[k];
  if (!u || !c?.subject || animacy(ctx, c.subject[0], c.subject[1]) !== 'inanimate') return null;
  // (Not a thing known by its name, a film, a product: "The Egyptian comedy Uncle Fathy's Wedding has
  // broken the record ..., its distributor announced" tells what the film did. Its name ends the
  // subject, capitalised and no place's, date's or preposition's: not "Registered unemployment in
  // Latvia", "Writing a Microsoft Word document", "... in December".)
  let named = c.subject[1] - 1;
  // (Past the closing mark of a quoted title: "drama 'The Salt Road'".)
  while (named > c.subject[0] && QUOTE_CLOSE.has(ctx.tokens[named]!.text)) named--;
  const head = ctx.tokens[named]!;
  const place = ctx.mentionTypeAt(head.start, head.end);
  const dated = (ctx.doc.maybe('times') ?? []).some((t) => t.start <= head.start && head.end <= t.end);
  // (A name after a preposition is a complement, a place or an owner: "unemployment in Kelton".)
  let run = named;
  while (run > c.subject[0] && /^(?:\p{Lu}|['’]s?$)/u.test(ctx.tokens[run - 1]!.text)) run--;
  const complement = ctx.tokens[run - 1]?.pos === 'IN';
  if (/^\p{Lu}/u.test(head.text) && named > c.subject[0] && place !== 'GPE' && place !== 'LOC' && place !== 'NORP' && !dated && !complement) return null;
  const at = ctx.tokens[c.subject[0]]!.start;
  const a = (ctx.doc.maybe('attributions') ?? []).find((x) => x.content.start <= at && x.content.end > at && x.source.start >= u.start && x.source.end <= u.end);
  // (Not a news outlet, "Reuters says", "according to the Financial Times": it tells of the news; nor
  // a bare common noun, "officials said", "analysts have predicted", which names no one.)
  const words = a?.source.text.split(/\s+/) ?? [];
  const last = words[words.length - 1] ?? '';
  if (!a || AGENCY.test(last) || OUTLET_ENDS.has(last.toLowerCase()) || (words.length === 1 && /^\p{Ll}/u.test(last))) return null;
  let start = u.tokenStart;
  while (start < u.tokenEnd && ctx.tokens[start]!.start < a.source.start) start++;
  let end = start;
  while (end < u.tokenEnd && ctx.tokens[end]!.end <= a.source.end) end++;
  return end > start ? { unit: u, start, end } : null;
}

/** Verbs that make their object do the verb after "to" ("caused the river to burst"). */
const CAUSATIVES = new Set(['cause', 'force']);
/** Words a causative's object has at most ("the Tanaro river"). */
const CAUSED_WORDS = 5;

/**
 * The object of a causative verb that a "to" and a verb follow ("caused | the Tanaro river | to
 * burst"), as tokens [start, end), or null.
 */
function causedToAct(ctx: EventContext, c: Clause, to: number): [number, number] | null {
  if (!c.verb || !c.lemma || !CAUSATIVES.has(c.lemma)) return null;
  const s = c.verb[1];
  for (let i = s + 1; i < Math.min(to - 1, s + CAUSED_WORDS + 1); i++) {
    // (The verb after "to" by its tag, a base form: "to burst/VB".)
    if (ctx.lower[i] === 'to') return ctx.tokens[i + 1]?.pos === 'VB' ? [s, i] : null;
    if (!/^[\p{L}-]+$/u.test(ctx.tokens[i]!.text)) return null;
  }
  return null;
}

/** Prepositions that place a thing by a named place after it ("a bridge over Yarnie Creek", "a mine near Kelton", "a tourist from Ohio"). */
const PLACING = new Set(['over', 'across', 'near', 'on', 'at', 'in', 'from']);

/**
 * A headline's bare noun ("Bus plunges into ravine", "Gunman kills three") answers as the text
 * first says it, with what it names ("A long-distance bus", "A gunman"): the fullest subject of
 * up to six words that ends on the same noun, from the sentences read, at the top answer's rank.
 * Names are left as they are (fullName reads those).
 */
function withFullerHead(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  const t = ctx.units.findIndex((u) => u.kind === 'title');
  const title = ctx.units[t];
  // (A name as the head is left to fullName; a place before the head is no name of it: "Texas diver".)
  if (!top || !title || top.start >= title.end || !/^[\p{L}-]+(?: [\p{L}-]+)?$/u.test(top.text) || ctx.mentionTypeAt(top.start + top.text.lastIndexOf(' ') + 1, top.end)) return list;
  // A passive headline's subject underwent the event ("Mayor cleared of misconduct", "Man charged
  // ..."): left as it is, for namedLater to name, unless the fuller form places it by a name ("Contractor
  // fined ..." -> "A Sandy Ground contractor").
  const verb = ctx.clauses[t]?.verb;
  const passive = !!verb && isPastForm(ctx.lower[verb[1] - 1]!);
  const given = top.text.toLowerCase().split(' ');
  const head = given[given.length - 1]!;
  const fuller = list.find((a) => {
    if (a.start < title.end) return false;
    const words = a.text.toLowerCase().split(/\s+/);
    // The same noun as the phrase's head, with every word the headline gave it ("Women MPs" is not
    // "Some 83 MPs"), and no other noun's phrase around it ("Ways of ensuring that parents").
    // ("Bridge collapses" then "a bridge over Yarnie Creek", "Texas diver dies" then "A 52-year-old
    // diver from Texas": the noun may keep the place phrase after it.)
    const h = words.lastIndexOf(head);
    const placed = h > 0 && PLACING.has(words[h + 1] ?? '') && /^\p{Lu}/u.test(a.text.split(/\s+/)[h + 2] ?? '');
    return words.length > given.length && words.length <= 6 && (words[words.length - 1] === head || placed)
      && given.every((w) => words.includes(w)) && !words.slice(0, placed ? h + 1 : words.length).some((w) => PHRASE_JOINS.has(w));
  });
  if (!fuller || (passive && !fuller.text.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w)))) return list;
  return [{ ...top, text: fuller.text, start: fuller.start, end: fuller.end, ...(fuller.entityId ? { entityId: fuller.entityId } : {}) }, ...list.slice(1).filter((a) => a !== fuller)];
}

/**
 * "Man charged with attempted murder after stabbing" and then "Rhys Penhallow, 31, of no fixed
 * address, appeared ... charged with attempted murder": a headline's unnamed person (person-nouns:
 * man, woman, teenager ...) is the person the report names in the first sentence read that tells
 * the headline's verb again; that name answers, at the headline's rank.
 */
function namedLater(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  const t = ctx.units.findIndex((u) => u.kind === 'title');
  const title = ctx.units[t];
  const verb = ctx.clauses[t]?.verb;
  if (!top || !title || !verb || top.start >= title.end) return list;
  const words = top.text.toLowerCase().split(' ').filter((w) => w !== 'a');
  // ("1 dead in stabbing aboard train; suspect arrested": a suspect a headline's passive tells of,
  // right after it, is the person the report names as that verb's object, "Police arrested X".)
  const own = ctx.tokens.findIndex((x) => x.start >= top.end);
  const passive = own > 0 && own < title.tokenEnd && isPastForm(ctx.lower[own]!) && lexicon('perpetrator-nouns').has(words[0]!) && words.length === 1 ? own : -1;
  if (passive < 0 && (words.length !== 1 || !lexicon('person-nouns').has(words[0]!))) return list;
  const said = lemma(ctx.lower[passive >= 0 ? passive : verb[1] - 1]!);
  if (!said) return list;
  const people = (ctx.doc.maybe('mentions') ?? []).filter((m) => m.type === 'PERSON');
  for (const [k, u] of ctx.allUnits.entries()) {
    if (u.kind === 'title') continue;
    let at = -1;
    for (let i = u.tokenStart; i < u.tokenEnd && at < 0; i++) if (lemma(ctx.lower[i]!) === said) at = i;
    if (at < 0) continue;
    // The name before the verb, as its subject: "Rhys Penhallow, 31, ..., appeared ... charged".
    // Or, of a suspect's passive, the name right after the verb, in any sentence: "Police arrested Dustin Kettering, 34".
    const name = passive >= 0 ? people.find((m) => m.tokenStart === at + 1) : k < ctx.units.length ? people.find((m) => m.start >= u.start && m.tokenEnd <= at) : undefined;
    if (name) return [makeArg(ctx.text, name.start, name.end, top.score, ctx.entityAt(name.start, name.end)?.id), ...list.slice(1)];
    // Unnamed, but told more fully as the subject of that verb, in any sentence: "A 24-year-old man
    // from Bradford was arrested" (not a bare "A man has been arrested").
    const subject = (ctx.clauses[k] ?? readClause(ctx.tokens, u.tokenStart, u.tokenEnd, sentenceReading(ctx.params))).subject;
    if (subject && subject[1] <= at && subject[1] - subject[0] > 2 && ctx.lower.slice(subject[0], subject[1]).includes(words[0]!)) {
      return [makeArg(ctx.text, ctx.tokens[subject[0]]!.start, ctx.tokens[subject[1] - 1]!.end, top.score), ...list.slice(1)];
    }
  }
  return list;
}

/**
 * "Kenya votes to cap ..." and then "Kenya's National Assembly passed ...": a country stands in a
 * headline for the body of its that acted, which the report names as the country's own; that
 * subject answers, at the country's rank.
 */
function institutionOf(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  if (!top || ctx.mentionTypeAt(top.start, top.end) !== 'GPE') return list;
  const owned = (a: Arg) => [`${top.text}'s `, `${top.text}’s `].some((p) => a.text.startsWith(p) && /^\p{Lu}/u.test(a.text.slice(p.length)));
  const body = list.find((a) => a.start > top.end && owned(a)) ?? actingBody(ctx, top, list);
  if (!body) return list;
  return [{ ...body, score: top.score }, ...list.filter((a) => a !== body)];
}

/**
 * "Rwanda launches nationwide screening drive" and then "The Ministry of Health on Monday launched
 * a nationwide campaign": the organisation the lead makes the subject of the headline's verb acted
 * for the headline's country.
 */
function actingBody(ctx: EventContext, top: Arg, list: readonly Arg[]): Arg | undefined {
  const t = ctx.units.findIndex((u) => u.kind === 'title');
  const said = ctx.clauses[t]?.lemma;
  if (t < 0 || top.start >= ctx.units[t]!.end || !said) return undefined;
  const lead = ctx.units.findIndex((u, k) => k > t && u.kind !== 'title');
  const c = ctx.clauses[lead];
  if (!c?.subject || c.lemma !== said) return undefined;
  // The subject as the who candidates read it (without "on Monday, July 13"), an organisation's name.
  const start = ctx.tokens[c.subject[0]]!.start;
  return list.find((a) => a.start === start && ctx.mentionTypeAt(a.end - 1, a.end) === 'ORG');
}

/** Words that join a noun phrase to another: a phrase holding one has its head elsewhere. */
const PHRASE_JOINS = new Set(['of', 'at', 'in', 'on', 'for', 'with', 'to', 'by', 'from', 'that', 'which', 'who', 'and', 'or', 'but']);

/** A headline's toll words, before the "as" of the event's own clause ("five dead as train hits bus"). */
const TOLL_WORDS = new Set(['dead', 'killed', 'hurt', 'injured', 'wounded', 'missing', 'die', 'dies']);


/**
 * The end of subject tokens [s, e) before a phrase that places it, past its third word: "in",
 * "at", "near" or "outside", then up to five words to a place NER names ("in the northeastern
 * Romanian city of Iasi"). Short subjects keep theirs ("Police in Kelton" is read elsewhere).
 */
function beforePlace(ctx: EventContext, s: number, e: number, places: readonly Mention[]): number {
  if (e - s <= 6) return e;
  for (let k = s + 3; k < e - 1; k++) {
    if (!PLACING_PREPOSITIONS.has(ctx.lower[k]!)) continue;
    if (places.some((m) => m.tokenStart > k && m.tokenStart <= k + 6 && m.tokenEnd <= e)) return k;
  }
  return e;
}

/** Words that lead into a time after a subject ("on Thursday", "late on Friday"). */
const TIME_LEADS = new Set(['on', 'in', 'at', 'late', 'early', 'earlier', 'this', 'last']);

/** A relative clause's pronoun: a subject never ends on one (nor on the dash or comma before it). */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Subject pronouns that open a relative clause without "that" (see whoCandidates). */
const CONTACT_PRONOUNS = new Set(['they', 'he', 'she', 'we', 'i', 'you']);
/**
 * "Marlowe & Pike profits slide", "Marlowe & Pike's annual profits fell": a business figure whose
 * owner is named before it moved; the owner is who the news is about (and, as a company, no thing).
 * The end (exclusive) of the owner's name, or `e` when the subject is no such figure.
 */
function figureOwnerEnd(ctx: EventContext, s: number, e: number): number {
  if (e - s < 2 || !BUSINESS_FIGURES.has(ctx.lower[e - 1]!)) return e;
  let k = e - 1;
  while (k > s && /^\p{Ll}/u.test(ctx.tokens[k - 1]!.text) && !FIGURE_STOPS.has(ctx.lower[k - 1]!)) k--;
  if (k > s && /^['’]s$/.test(ctx.lower[k - 1]!)) k--;
  // The owner: a capitalised name ("Marlowe & Pike", "BA"), not "the company" nor "Its"; a
  // company, not a country's or a people's figures ("US retail sales", "Irish shares").
  if (k <= s || !/^\p{Lu}/u.test(ctx.tokens[k - 1]!.text) || DETERMINER_WORDS.has(ctx.lower[s]!)) return e;
  // (Token by token: a place NER names anywhere in the owner's words is found at one of them.)
  const place = ctx.tokens.slice(s, k).some((t, i) => {
    const at = ctx.mentionTypeAt(t.start, t.end);
    return at === 'GPE' || at === 'LOC' || at === 'NORP' || lexicon('demonyms').has(ctx.lower[s + i]!);
  });
  return place ? e : k;
}

/** Nouns of a business figure that moves ("profits slide", "sales fell", "shares dropped"). */
const BUSINESS_FIGURES = new Set(['profit', 'profits', 'sales', 'shares', 'revenue', 'revenues', 'earnings', 'turnover']);
/** Words between an owner and its figure that stop the figure's modifiers ("of", "and"). */
const FIGURE_STOPS = new Set(['of', 'and', 'or', 'in', 'at', 'for']);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Prepositions that open an adverbial put before the subject (see whoCandidates). */
const FRONTED = new Set(['at', 'in', 'on', 'near', 'outside', 'inside', 'after', 'before', 'during']);

/** Words a subject never starts with: subordinators that open its clause. */
const SUBJECT_HEAD = new Set(['although', 'though', 'if', 'because', 'while', 'whereas', 'unless']);

const AGENT_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '--', '"', '“', '”', "'", '‘', '’', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'over', 'after', 'before', 'as', 'during', 'near', 'amid', 'since', 'who', 'which', 'that', 'and', 'but']);
const AGENT_DETS = new Set(['the', 'a', 'an']);

/**
 * The agent of a passive clause, tokens after its "by": "Clinton was cleared by the FBI", and in a
 * headline, which drops the auxiliary, "Consulate bombed in revenge attack by Taliban". The verb
 * group must end on a past participle (tagged VBN, or a listed verb's past form in a title) and
 * "by" must come before the clause ends; "by" before an -ing form tells the means, not the agent.
 */
function passiveAgent(ctx: EventContext, c: Clause, title: boolean, to: number): [number, number] | null {
  if (!c.verb || !c.subject) return null;
  // Titles are read with the word list, as readClause reads them.
  const passive = title ? isPastForm(ctx.lower[c.verb[1] - 1]!) || isPassive(ctx, c.verb) : isPassive(ctx, c.verb);
  if (!passive) return null;
  const clauseEnd = clauseWords('clause');
  for (let i = c.verb[1]; i < Math.min(to, c.verb[1] + 10); i++) {
    const x = ctx.lower[i]!;
    if (x !== 'by') {
      if (BREAK_AGENT.has(x) || clauseEnd.has(x)) return null;
      continue;
    }
    let s = i + 1;
    if (/ing$/.test(ctx.lower[s] ?? '')) return null;
    if (AGENT_DETS.has(ctx.lower[s] ?? '')) s++;
    let e = s;
    // "by three masked men shortly after 10 a.m.": an adverb ends the agent.
    while (e < to && e - s < 5 && !AGENT_END.has(ctx.lower[e]!) && !/^\p{Ll}+ly$/u.test(ctx.tokens[e]!.text)) e++;
    return e > s ? [s, e] : null;
  }
  return null;
}

/**
 * What a headline's subject counts for when the report's first sentence names who did the
 * headline's deed to it (see leadDoer): it underwent it, and the doer, named in a longer phrase
 * further down, must still come first.
 */
const DONE_TO = 0.25;
/** How far after its verb the report's first sentence may name the headline's subject (see leadDoer). */
const DOER_OBJECT_REACH = 8;

/**
 * A headline without a verb's doer ("new cascade frog species named from Phrumsengla", a passive
 * with no "by") whose subject the report's first sentence names after an active verb ("A team of
 * researchers ... described a new species of cascade frog"): that sentence's subject did it. The
 * headline subject's last word (its head noun, plural or not) must come within a few words after
 * the verb, so the sentence tells the same deed to the same thing.
 */
function leadDoer(ctx: EventContext, c: Clause): { unit: Unit; clause: Clause } | null {
  if (!c.verb || !c.subject || !isPastForm(ctx.lower[c.verb[1] - 1]!)) return null;
  const k = ctx.units.findIndex((x) => x.kind !== 'title');
  const lead = ctx.clauses[k];
  // (Not a passive, "has been charged" included: "Man charged ..." over "A man has been charged".)
  // (Nor a modal or a negation: "Broadcasters should fix a date for a televised debate" has not done it.)
  const modal = clauseWords('modal');
  if (k < 0 || !lead?.verb || !lead.subject || ctx.lower.slice(lead.verb[0], lead.verb[1]).some((w) => BE_FORMS.has(w) || modal.has(w))) return null;
  if (lead.lemma && clauseWords('report').has(lead.lemma)) return null;
  const head = new Set(singulars(ctx.lower[c.subject[1] - 1]!));
  const end = Math.min(ctx.units[k]!.tokenEnd, lead.verb[1] + DOER_OBJECT_REACH);
  for (let i = lead.verb[1]; i < end; i++) if (singulars(ctx.lower[i]!).some((w) => head.has(w))) return { unit: ctx.units[k]!, clause: lead };
  return null;
}

/** How far after a passive verb its "when" clause may open ("were killed on Tuesday in Lagos when"). */
const WHEN_AGENT_REACH = 12;
/** Words a "when" clause's subject has at most ("a gunman dressed as a waiter" is no subject). */
const WHEN_AGENT_WORDS = 5;

/**
 * The subject of the "when" clause after a passive verb: "Three guards were shot dead on Tuesday
 * when gunmen stormed a bank", "Five people were killed when a bus plunged into a ravine". The
 * clause's verb must be a finite past (VBD) within a few words; a pronoun subject ("when they
 * arrived") names no one here.
 */
function whenAgent(ctx: EventContext, c: Clause, to: number, pronouns: ReadonlySet<string>): [number, number] | null {
  if (!c.verb || !c.subject || !isPassive(ctx, c.verb)) return null;
  const end = Math.min(to, c.verb[1] + WHEN_AGENT_REACH);
  for (let i = c.verb[1]; i < end; i++) {
    const x = ctx.lower[i]!;
    if (BREAK_AGENT.has(x) && x !== ',') return null;
    if (x !== 'when') continue;
    let s = i + 1;
    if (AGENT_DETS.has(ctx.lower[s] ?? '')) s++;
    for (let j = s; j < Math.min(to, s + WHEN_AGENT_WORDS + 1); j++) {
      const tag = ctx.tokens[j]!.pos;
      if (tag === 'VBD') return j > s && !pronouns.has(ctx.lower[s]!) ? [s, j] : null;
      if (!/^(?:NN|NNS|NNP|NNPS|JJ|CD)$/.test(tag ?? '')) return null;
    }
    return null;
  }
  return null;
}

/** What the subject of a plain "be" counts for as who (see addSubject). */
const COPULA = 0.5;

/** What the subject of a toll headline's "as" clause counts for as who. */
const TOLL_CAUSE = 0.5;

/** Hazards that are no natural force. */
const MAN_MADE = new Set(['fire', 'blaze', 'inferno', 'explosion', 'blast']);

/** Verbs of a toll whose victims may have died "in" or been killed "by" a natural force. */
const SUFFERED = new Set(['die', 'kill', 'injure', 'hurt', 'drown']);

/**
 * In a mishap, the natural force the victims died in or were killed by: "At least 19 people have
 * died in floods and landslides", "Two farmers were killed by lightning". Its words after "in" or "by", up
 * to five, one of them a hazard (hazard-nouns: "floods and landslides" whole).
 */
function hazardAgent(ctx: EventContext, c: Clause, to: number): [number, number] | null {
  if (!c.verb || !c.subject || !c.lemma || !SUFFERED.has(c.lemma)) return null;
  const hazards = lexicon('hazard-nouns');
  // A fire or a blast that people died in is what befell the building they were in, to coders as to
  // readers ("died in a fire that swept through a tower block": the victims or the block).
  const isHazard = (i: number) => singulars(ctx.lower[i] ?? '').some((w) => hazards.has(w) && !MAN_MADE.has(w));
  for (let i = c.verb[1]; i < Math.min(to, c.verb[1] + 4); i++) {
    const x = ctx.lower[i]!;
    if (BREAK_AGENT.has(x)) return null;
    if (x !== 'in' && x !== 'by') continue;
    let s = i + 1;
    if (AGENT_DETS.has(ctx.lower[s] ?? '')) s++;
    let e = s;
    while (e < to && e - s < 5 && (!AGENT_END.has(ctx.lower[e]!) || (ctx.lower[e] === 'and' && isHazard(e + 1)))) e++;
    for (let k = s; k < e; k++) if (isHazard(k)) return [s, e];
    return null;
  }
  return null;
}

/** Quotation marks a quote headline opens with. */
const QUOTE_MARKS = new Set(['"', '“', "'", '‘']);
/** What a quote headline's speaker counts for as who. */
const QUOTED_SPEAKER = 0.5;

/** What a headline's convict counts for as who (see sentencedHeadline). */
const SENTENCED = 0.2;
/** Verbs of a sentence passed, in a headline's passive ("jailed for 12 years", "sentenced to death"). */
const SENTENCE_VERBS = new Set(['jail', 'sentence', 'imprison', 'convict']);
/** How far after "found" its "guilty" may come: past the convict's name and title ("found former Tati Land Board deputy secretary Kabelo Sebina guilty"). */
const VERDICT_REACH = 12;
/** What a convict "gets" or "receives": the sentence ("gets 40 years", "receives life term"). */
const PENALTIES = new Set(['years', 'months', 'life', 'jail', 'prison', 'sentence', 'death', 'term']);

/** A sentence of the report tells, in the active, who passed the sentence ("A court on Tuesday sentenced ..."). */
function sentencerTold(ctx: EventContext): boolean {
  return ctx.units.some((u, k) => {
    const c = ctx.clauses[k]!;
    if (u.kind === 'title' || !c.subject || !c.verb || !c.lemma || isPassive(ctx, c.verb)) return false;
    // ("The High Court on Tuesday found former deputy secretary X guilty of ...": a verdict passed.)
    return SENTENCE_VERBS.has(c.lemma) || (c.lemma === 'find' && ctx.lower.slice(c.verb[1], Math.min(u.tokenEnd, c.verb[1] + VERDICT_REACH)).includes('guilty'));
  });
}

/** A headline that tells a sentence or a verdict passed on its subject: "jailed for 12 years", "gets 40 years", "guilty of fraud". */
function sentencedHeadline(ctx: EventContext, c: Clause, to: number): boolean {
  // "Ex-housing boss guilty of R38m fraud": a verdict on its subject, as a sentence is.
  if (c.verb && ctx.lower[c.verb[1] - 1] === 'guilty' && ctx.lower[c.verb[0]] !== 'not') return true;
  if (!c.verb || !c.lemma) return false;
  // "Ex-land board official found guilty of corruption".
  if (c.lemma === 'find' && ctx.lower[c.verb[1]] === 'guilty') return true;
  if (SENTENCE_VERBS.has(c.lemma)) return isPastForm(ctx.lower[c.verb[1] - 1]!);
  if (c.lemma !== 'get' && c.lemma !== 'receive') return false;
  for (let i = c.verb[1]; i < Math.min(to, c.verb[1] + 4); i++) if (PENALTIES.has(ctx.lower[i]!)) return true;
  return false;
}

const BREAK_AGENT = new Set([',', ';', ':', '.', '!', '?', '—', '–', '--']);

/**
 * A person named in part ("Massa", "Trump") stands for the article's fullest mention of them
 * ("Felipe Massa"), evidence offsets and all, when coreference ran.
 */
function fullName(ctx: EventContext, a: Arg): Arg {
  // The head, the last word, names the person ("Brazil's Massa").
  const lastSpace = a.text.lastIndexOf(' ');
  let entity = ctx.entityAt(a.start + lastSpace + 1, a.end);
  // A surname the tagger took for something else (a headline's "Massa"): the person of that surname.
  if (entity && entity.type !== 'PERSON') {
    const surname = a.text.slice(lastSpace + 1).toLowerCase();
    entity = ctx.doc.maybe('entities')?.find((e) => e.type === 'PERSON' && e.name.toLowerCase().endsWith(` ${surname}`));
  }
  if (!entity || entity.type !== 'PERSON' || entity.name === a.text) return a;
  const words = a.text.toLowerCase().split(/\s+/).filter((w) => !/['’]s$/.test(w));
  const name = entity.name.toLowerCase();
  if (!words.every((w) => name.includes(w))) return a;
  const m = entity.mentions.find((x) => x.text === entity.name);
  return m ? { ...a, text: m.text, start: m.start, end: m.end } : a;
}

/** A noun of one person: our plain person nouns ("man", "girl") or WordNet's, singular ("worker", "hostage", "pilot"). */
function personNoun(w: string): boolean {
  return lexicon('person-nouns').has(w) || (!w.endsWith('s') && lexicon('animate-nouns').has(w));
}

/** A number or a determiner right after token i: the object of an active verb ("killed two", "killed a"). */
function objectAfter(ctx: EventContext, i: number): boolean {
  const next = ctx.lower[i] ?? '';
  return /^\d/.test(next) || numberWords().has(next) || AGENT_DETS.has(next);
}

/** A headline's toll verb without its auxiliary ("killed", "dies"), not an active one ("kills"). */
const TOLL_FORMS = /^(?:killed|injured|hurt|wounded|dies|died)$/;

/**
 * Verbs of a toll headline ("At least 11 killed in ...", "Two dead, dozens hurt ...", "Dozens feared
 * dead"): the toll verbs (clause-word kind `toll`) and those of a toll that grows or is feared; read once.
 */
let tollVerbSet: ReadonlySet<string> | undefined;
const tollVerbs = () => (tollVerbSet ??= new Set([...clauseWords('toll'), 'fear', 'rise', 'climb']));

/**
 * What a sentence counts for when it only asks or supposes. "Are your biscuits shrinking? Barrowby's
 * cuts Ginger Crunch packs from 20 to 17": a headline that asks and then tells, in two sentences;
 * the telling one holds the news. "Why are Stockholm's commuter trains not running this week?": a
 * headline that asks holds less of it when the report tells (a feature's first sentences are often
 * a scene, so the question keeps some weight). "If a deal announced on Monday goes through, a large
 * share of them will belong to ...": what may be, not what was. `k` is the unit's index.
 */
function askedOrSupposed(ctx: EventContext, k: number): number {
  const u = ctx.units[k]!;
  if (u.kind !== 'title') return supposes(ctx, u) ? ASKED_FIRST : 1;
  if (!asksQuestion(ctx.tokens, u)) return 1;
  const next = ctx.units[k + 1];
  // ("Did Crumbly's Really Just Take Two Cookies Out Of Every Pack? People Are Furious": an answer
  // that only reacts leaves the question the news.)
  if (next?.kind === 'title' && !asksQuestion(ctx.tokens, next)) return reactionAnswer(ctx, next) ? 1 : ASKED_FIRST;
  return ctx.units.some((v, j) => j > k && ctx.clauses[j]!.verb !== null && !asksQuestion(ctx.tokens, v)) ? ASKED_BEFORE_REPORT : 1;
}

/**
 * A sentence that opens with a condition: "If ..."/"Unless ...", or an inverted auxiliary in a
 * sentence that does not ask ("Should he win the next election, ...", "Had Nakri tracked 30km
 * further north, ...").
 */
function supposes(ctx: EventContext, u: Unit): boolean {
  const first = ctx.lower[u.tokenStart]!;
  return first === 'if' || first === 'unless' || (INVERTED_CONDITION.has(first) && !asksQuestion(ctx.tokens, u));
}

const INVERTED_CONDITION = new Set(['should', 'had', 'were']);

/**
 * A headline's answer to its own question that only reacts or opines ("People Are Furious",
 * "Singapore scientists think so", "Experts say yes"): a short statement whose verb is "be" before
 * an adjective, or a verb of thinking or saying before "so", "not", "yes" or "no".
 */
function reactionAnswer(ctx: EventContext, u: Unit): boolean {
  const words = ctx.lower.slice(u.tokenStart, u.tokenEnd).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 6) return false;
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  if (OPINION_ENDS.has(last) && OPINION_VERBS.has(lemma(before) ?? before)) return true;
  return (before === 'are' || before === 'is' || before === 'were' || before === 'was') && ctx.tokens[u.tokenEnd - 1]?.pos !== 'NN' && FEELINGS.has(last);
}

const OPINION_ENDS = new Set(['so', 'not', 'yes', 'no']);
const OPINION_VERBS = new Set(['think', 'say', 'believe', 'hope', 'fear', 'suspect', 'reckon']);
/** Feelings an answer to a headline's question may state ("People Are Furious"). */
const FEELINGS = new Set(['furious', 'angry', 'outraged', 'livid', 'fuming', 'divided', 'split', 'baffled', 'confused', 'shocked', 'delighted', 'thrilled', 'unhappy', 'upset', 'worried', 'sceptical', 'skeptical', 'unimpressed']);

/** What a headline's question weighs beside the statement after it, and a supposition. */
const ASKED_FIRST = 0.3;
/** What a headline's question weighs beside the report that follows it. */
const ASKED_BEFORE_REPORT = 0.45;

/**
 * A sentence who and what skip: one that points to the text ("Here's what you need to know.",
 * "Here are the key points"), and a feature's scene before its news (see scene.ts).
 */
function tellsNothing(ctx: EventContext, u: Unit): boolean {
  return (ctx.lower[u.tokenStart] === 'here' && /^(?:['’]s|is|are)$/.test(ctx.lower[u.tokenStart + 1] ?? '')) || ctx.scene.has(u.rank);
}

/** A headline whose clause is its toll: a count for subject (or a death toll) and a verb of the toll. */
function tollHeadline(ctx: EventContext, c: Clause): boolean {
  if (!c.subject || !c.lemma) return false;
  const words = ctx.lower.slice(c.subject[0], c.subject[1]);
  // "7 bodies recovered, 11 still missing": the dead found are a toll too.
  const bodiesFound = AFTERMATH.has(c.lemma) && words.includes('bodies');
  if (!tollVerbs().has(c.lemma) && !bodiesFound) return false;
  if (words.includes('toll')) return true;
  // "Woman killed as quake shakes Naples area", "Boy dies after ...": one person, unnamed, is a toll of one.
  // ("Worker dies", "Hostage killed": any noun of a person; not with an object after the verb, "Police killed two protesters".)
  if (words.length === 1 && personNoun(words[0]!) && clauseWords('toll').has(c.lemma) && c.verb && TOLL_FORMS.test(ctx.lower[c.verb[1] - 1]!) && !objectAfter(ctx, c.verb[1])) return true;
  const numbers = numberWords();
  const quantity = clauseWords('quantity');
  const k = pastCountLead(words, 0, words.length);
  return k < words.length && (numbers.has(words[k]!) || quantity.has(words[k]!) || /^\d/.test(words[k]!)) && !TOLL_RISE.has(c.lemma);
}

/** A headline that opens on a toll with no verb: "Three dead, ...", "At least 2 killed, 5 hurt in ..." (a count, then a toll word). */
function verblessToll(ctx: EventContext, from: number, to: number): boolean {
  const k = pastCountLead(ctx.lower, from, to);
  const count = ctx.lower[k] ?? '';
  return k + 1 < to && (numberWords().has(count) || /^\d/.test(count)) && TOLL_WORDS.has(ctx.lower[k + 1]!);
}

/** The first of words [k, to) past the words that lead into a count ("at least", "more than"). */
function pastCountLead(words: readonly string[], k: number, to: number): number {
  while (k < to && COUNT_LEAD.has(words[k]!)) k++;
  return k;
}
const COUNT_LEAD = new Set(['at', 'least', 'more', 'than']);

/** Verbs of a toll that grows ("Death toll ... rises to 16"): a headline of one updates an incident. */
const TOLL_RISE = new Set(['rise', 'climb']);
/** How many sentences after the lead may tell the incident of a toll update. */
const UPDATE_REACH = 6;

/**
 * "Death toll in methane blast at Kazakh coal mine rises to five" over a first sentence that tells
 * the toll or a recovery too ("The death toll ... has risen to five, the ministry said", "... rose to
 * 11 yesterday, as divers recovered two more bodies"): the incident is told a few sentences on, by a
 * mishap or attack verb or by the event's own noun as subject ("The launch, MV Sonar Tori, sank with
 * about 60 people on board", "A gunman opened fire on a crowd", "The explosion tore through the
 * Zhalyn mine"); it is what happened, the toll what followed. The index of its unit, or -1.
 */
function tollUpdateIncident(ctx: EventContext, triggers: ReadonlySet<string>): number {
  const title = ctx.units[0];
  const c = ctx.clauses[0];
  if (!title || !c || title.kind !== 'title' || !c.lemma || !TOLL_RISE.has(c.lemma) || !tollHeadline(ctx, c)) return -1;
  const lead = leadIndex(ctx);
  if (lead < 0 || leadTellsAction(ctx) || leadTellsIncident(ctx, triggers)) return -1;
  const report = clauseWords('report');
  for (let k = lead + 1; k < Math.min(ctx.units.length, lead + 1 + UPDATE_REACH); k++) {
    const d = ctx.clauses[k]!;
    if (!d.verb || !d.subject || !d.predicate || !d.lemma || ctx.inQuote(ctx.tokens[d.verb[0]]!.start)) continue;
    const ownNoun = triggers.has(ctx.lower[d.subject[1] - 1]!) && d.lemma !== 'be' && d.lemma !== 'have' && !tollVerbs().has(d.lemma) && !report.has(d.lemma) && !isPassive(ctx, d.verb);
    if (ownNoun || tellsIncident(ctx, d, triggers, false)) return k;
  }
  return -1;
}

/**
 * The report's first sentence after the title (past a byline: the first with a verb) tells an
 * action, not a toll nor a report ("A fire tore through ...", "Fans hurled seats ...").
 */
function leadTellsAction(ctx: EventContext): boolean {
  const k = leadIndex(ctx);
  if (k < 0) return false;
  const lemma = ctx.clauses[k]!.lemma;
  return lemma === undefined || (!tollVerbs().has(lemma) && !clauseWords('report').has(lemma));
}

/**
 * A toll headline's "as" or "after" clause with a verb of its own: "Seven killed as tram derails",
 * "Several dead and dozens injured after tram overturns". Read by the word list: a headline's tags
 * are no guide ("tram/NN overturns/NNS").
 */
function clauseAfterToll(ctx: EventContext, c: Clause, u: Unit): boolean {
  // ("Several dead and dozens injured after ...": a toll with no verb is read from its start.)
  for (let i = c.verb?.[1] ?? u.tokenStart + 1; i < u.tokenEnd - 2; i++) {
    if ((ctx.lower[i] === 'as' || ctx.lower[i] === 'after') && asClause(ctx.tokens, i, u.tokenEnd, false)) return true;
  }
  return false;
}

/**
 * The headline's first noun phrase has an event word for its head: "Deadly blaze at ...", "Dawn
 * collision on ...", "School gym roof collapse in ..." ("Charity single for quake relief" names a
 * record, "Quake's economic costs emerging" costs).
 */
function namesIncident(ctx: EventContext, u: Unit, triggers: ReadonlySet<string>): boolean {
  let k = u.tokenStart;
  while (k < u.tokenEnd && !HEAD_ENDS.has(ctx.lower[k]!)) k++;
  return k > u.tokenStart && triggers.has(ctx.lower[k - 1]!);
}

/** Words a headline's first noun phrase ends before (see namesIncident). */
const HEAD_ENDS = new Set(['at', 'in', 'on', 'for', 'of', 'near', 'off', 'outside', 'inside', 'during', 'after', 'as', 'under', 'over', 'with', ':', ',', '-', '—', '–']);

/** The report's first sentence with a verb tells a toll or an aftermath, and its "when" or "after" clause the incident (see incidentClause). */
function leadTellsIncident(ctx: EventContext, triggers: ReadonlySet<string>): boolean {
  const k = leadIndex(ctx);
  return k >= 0 && incidentClause(ctx, ctx.clauses[k]!, ctx.units[k]!, triggers) !== null;
}

/** The index of the report's first sentence after the title with a verb (past a byline), or -1. */
function leadIndex(ctx: EventContext): number {
  return ctx.units.findIndex((u, i) => u.kind !== 'title' && ctx.clauses[i]!.verb);
}

/** Tokens [s, e) are a bare count or toll: "Seven", "Several dead and dozens", "At least 12". */
function isCount(ctx: EventContext, s: number, e: number): boolean {
  const quantity = clauseWords('quantity');
  const numbers = numberWords();
  return ctx.lower.slice(s, e).every((w) => quantity.has(w) || numbers.has(w) || /^[\d,.]+$/.test(w));
}

/** Runs of capitalised words inside [s, e), split at "and" and commas, skipping a leading "The". */
function nameRuns(ctx: EventContext, s: number, e: number, sentenceStart: number): [number, number][] {
  const runs: [number, number][] = [];
  let a = -1;
  for (let i = s; i <= e; i++) {
    const t = i < e ? ctx.tokens[i]!.text : '';
    // A count opening a sentence ("Five people were killed") is no name.
    const cap = i < e && /^\p{Lu}/u.test(t) && !/^(?:The|A|An)$/.test(t) && !isCount(ctx, i, i + 1);
    if (cap && a < 0) a = i;
    if (!cap && a >= 0) {
      // "Brazil's Massa": the owner before 's is not who acts. "Stock market eyes ...", "Business
      // confidence ...": a sentence's first word is capitalised whatever it is; alone, a word of
      // the dictionary that NER does not call a name is none.
      const initialWord = a === sentenceStart && i - a === 1 && wordLevel(ctx.lower[a]!) !== undefined && !ctx.mentionTypeAt(ctx.tokens[a]!.start, ctx.tokens[a]!.end);
      if (!/^['’]s$/.test(t) && !initialWord) runs.push([a, i]);
      a = -1;
    }
  }
  return runs;
}

/** An acronym, as a who answer may be one ("BPL"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** How far before "(BPL)" its full name is looked for, in characters. */
const SPELLED_REACH = 120;

/**
 * "BPL" answers as "Bahamas Power and Light": an acronym the article defines, a capitalised name
 * whose initials it is right before it in brackets ("Bahamas Power and Light (BPL)"), answers with
 * that name, where it is defined, keeping the acronym's score. A reader may not know the acronym;
 * the name is what the article explains it by.
 */
export function spelledOut(ctx: EventContext, a: Arg): Arg {
  if (!ACRONYM.test(a.text)) return a;
  const at = ctx.text.indexOf(`(${a.text})`);
  if (at < 0) return a;
  const from = Math.max(0, at - SPELLED_REACH);
  const words = [...ctx.text.slice(from, at).matchAll(/\S+/g)];
  for (let n = 1; n <= Math.min(words.length, a.text.length + 4); n++) {
    const name = words.slice(words.length - n);
    if (!/^\p{Lu}/u.test(name[0]![0]) || acronymOf(name.map((w) => w[0].toLowerCase())) !== a.text.toLowerCase()) continue;
    const last = name[name.length - 1]!;
    return makeArg(ctx.text, from + name[0]!.index!, from + last.index! + last[0].length, a.score, a.entityId);
  }
  return a;
}
