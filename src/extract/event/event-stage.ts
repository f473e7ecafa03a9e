import type { Document } from '../../core/document.js';
import type { Arg, DossierEvent } from '../../core/record.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { casualties } from './casualties.js';
import { eventContext, makeArg, type EventContext } from './context.js';
import { clauseWords } from './clause-words.js';
import { chooseType, type TypeChoice } from './event-type.js';
import { eventParams, type EventParams } from './params.js';
import { participantCandidates, weaponCandidates } from './participants.js';
import { ADJACENT, asWrittenSentence, isFragment, summarize } from './summary.js';
import { spelledOut, whatCandidates, whoCandidates } from './who-what.js';
import { eventLemmas, whenCandidates } from './when.js';
import { whereCandidates } from './where.js';
import { asksQuestion } from './units.js';
import { howCandidates, whyCandidates } from './why-how.js';

/**
 * Types whose participle clauses tell how the event went ("won the cup, beating rivals Porto 2-1",
 * "the wall gave way, burying workers", "gathered at the port gate, blocking trucks from
 * entering"); elsewhere they mostly tell what followed ("shares fell,
 * leading to ...", "boosting hopes"), no how (see howCandidates).
 */
const TELLS_HOW_IT_WENT = new Set(['sport', 'accident', 'disaster', 'protests']);

/**
 * The main event of an article: type, 5W1H, perpetrators, targets, weapons, casualties and a
 * one-sentence summary, every field with the offsets of its evidence. Reads the layers of the
 * other stages when they ran (POS, mentions, entities, times, quantities, quotes) and falls back
 * on its own word lists otherwise.
 */
export function extractEvent(doc: Document, ctx: StageContext, params: EventParams = eventParams()): DossierEvent {
  const c = eventContext(doc, params, ctx.referenceDate);
  const type = chooseType(c);
  const violent = type.type?.violent ?? false;
  const what = whatCandidates(c, type.words, violent, type.type?.incident ?? false, MISHAPS.has(type.type?.name ?? ''));
  const who = whoCandidates(c, what[0] ?? null, type.words, violent, MISHAPS.has(type.type?.name ?? ''), type.type?.incident ?? false);
  // Weapons and means of force in violence, and in the incidents that may use them without being
  // violence themselves: police firing tear gas at a protest. (Not crime: over the BBC articles its
  // weapons were a "Smoking Gun" website, a bomb plot feared, a stun gun in a court's past.)
  const weapons = violent || ARMED_TYPES.has(type.type?.name ?? '') ? weaponCandidates(c) : [];
  const participants = violent ? participantCandidates(c) : { perpetrators: [], targets: [] };
  const event: Omit<DossierEvent, 'summary'> = {
    type: type.type?.name ?? 'other',
    who: who.slice(0, 5).map((a) => spelledOut(c, a)),
    what: what[0] ?? null,
    when: whenCandidates(c, eventLemmas(c, what[0] ?? null), type.type?.incident ?? false, what[0] ?? null)[0] ?? null,
    where: whereCandidates(c, type.type?.incident ? type.words : new Set(), type.type?.name),
    why: whyCandidates(c, violent, type.words, MISHAPS.has(type.type?.name ?? ''), type.type?.incident ?? false, ownNouns(type), type.type?.name === 'sport')[0] ?? null,
    how: howCandidates(c, weapons, type.type?.incident ? type.words : new Set(), TELLS_HOW_IT_WENT.has(type.type?.name ?? ''), type.type?.name === 'sport', type.type === null || !!type.type.incident)[0] ?? null,
    perpetrators: participants.perpetrators.slice(0, 5),
    targets: participants.targets.slice(0, 5),
    weapons: weapons.slice(0, 5),
    // A politics, economy or sport story's deaths are another event's ("the regulator rules on a drug
    // linked to 56,000 deaths"): a toll belongs to an incident, or to an event of no known type.
    // With no known type, a bare "X died" is most often an obituary, not a toll.
    casualties: type.type === null || type.type.incident ? casualties(c, type.type !== null) : { killed: null, injured: null, perpetratorsKilled: null },
  };
  const when = event.when;
  if (when && when.score < params.when.minScore) event.when = null;
  event.what = withoutWhy(c, event.what, event.why);
  const built = summarize(event, doc.text, ownSubject(c, event.what, event.who));
  return { ...event, summary: askedIn(c, event.what) ?? (event.what && isFragment(built, event.what) ? headline(c, event.what) : undefined) ?? built };
}

/**
 * "Q1 profit jumps 41% on price hikes": a market's move "on" its cause (the why, see why-cues.json)
 * is what happened without it: coders give the move and the cause apart. (Other causes a headline's
 * what holds stay in it, "recalls dishwashers over fire risk", "raises rates to shore up rupiah":
 * cut off, coders' whats were missed more often than met, over the Giveme5W1H and our sets.) The what
 * ends before it, when two words or more are left.
 */
function withoutWhy(c: EventContext, what: Arg | null, why: Arg | null): Arg | null {
  if (!what || !why || !/^on\s/i.test(why.text) || why.start <= what.start || why.start >= what.end) return what;
  const kept = c.text.slice(what.start, why.start).trimEnd();
  if (kept.split(/\s+/).length < 2) return what;
  return { ...what, text: kept, end: what.start + kept.length };
}

/** The first sentence read (the headline, or the lead without one) as written, when the what comes from another. */
function headline(c: EventContext, what: Arg | null): string | undefined {
  const first = c.units[0];
  if (!first || !what || (what.start >= first.start && what.start < first.end)) return undefined;
  return asWrittenSentence(c.text.slice(first.start, first.end));
}

/**
 * Mishaps: types in which a vehicle, a natural force or a structure is who the event happened to
 * ("Passenger train derails"; see animacy), and whose cause is mostly a thing that gave out or was
 * undone ("the brakes failed"; see causes.ts).
 */
const MISHAPS = new Set(['accident', 'disaster']);

/**
 * In an incident, every one-word trigger of its type names the event ("the shooting" in a story
 * whose lead told "gunfire"): a cause stated of any of them is the event's own. Otherwise the
 * words that triggered the type.
 */
function ownNouns(type: TypeChoice): ReadonlySet<string> {
  if (!type.type?.incident) return type.words;
  return new Set([...type.words, ...Object.keys(type.type.triggers).filter((w) => !w.includes(' '))]);
}

/** Types that are not violence but may tell of weapons (see extractEvent). */
const ARMED_TYPES = new Set(['protests']);

const QUESTION_HEADLINE = new Set(['what', 'why', 'how', 'who']);

/**
 * The sentence the top "what" comes from, when it asks a question ("Could Yukos be a blessing in
 * disguise?", a feature's headline): the summary is that question as written. Built from the fields
 * it would read as an answer ("Could Yukos be a blessing, in Russia.") or, with the inverted
 * auxiliary dropped, state as fact what the article only asks ("Hackers recruited your PC.").
 */
function askedIn(c: EventContext, what: Arg | null): string | undefined {
  if (!what) return undefined;
  const unit = c.units.find((u) => u.start <= what.start && what.start < u.end);
  if (!unit) return undefined;
  // A headline that opens with a question word asks too, with no mark ("What really divides the
  // parties", "How to make a greener computer"): a feature's, read as written.
  const asks = asksQuestion(c.tokens, unit) || (unit.rank === 0 && QUESTION_HEADLINE.has(c.lower[unit.tokenStart]!));
  return asks ? asWrittenSentence(c.text.slice(unit.start, unit.end)) : undefined;
}

/**
 * The subject of the sentence the top "what" comes from, for the summary: the who answer that names
 * its entity when that answer stands elsewhere in the text (a headline's "Souness cools Euro hopes"
 * has the who "Graeme Souness", the full name from the body), else the subject's own words when
 * they stand right before the predicate ("Ad sales | boost Time Warner profit"): a predicate alone
 * ("Boost Time Warner profit") reads as an order, not news. Either way words of the text.
 */
function ownSubject(c: EventContext, what: Arg | null, who: readonly Arg[]): Arg | undefined {
  if (!what) return undefined;
  // The answer may open with the quote mark before its predicate ("'given up' his PM ambition"),
  // or the predicate with the one before the answer ("Kuznetsova | 'failed a drugs test'").
  const quotesOnly = (from: number, to: number) => /^['‘’"“”]*$/.test(c.text.slice(from, to));
  const k = c.clauses.findIndex((cl) => {
    if (cl.predicate === null) return false;
    const at = c.tokens[cl.predicate[0]]!.start;
    return at >= what.start ? quotesOnly(what.start, at) : quotesOnly(at, what.start);
  });
  const clause = c.clauses[k];
  const subject = clause?.subject;
  if (!clause || !subject) return undefined;
  const start = c.tokens[subject[0]]!.start;
  const end = c.tokens[subject[1] - 1]!.end;
  const entity = c.entityAt(start, end);
  // The who answer stands for the subject only when the entity's mention is the whole subject (a
  // possessive's mark aside), or the answer holds all its words: "Halo fans'" is not "Halo".
  const mention = entity?.mentions.find((m) => m.start < end && start < m.end);
  const after = mention ? c.text.slice(mention.end, end).replace(/^['’]s?$/u, '') : '';
  const whole = mention !== undefined && !/\p{L}/u.test(`${c.text.slice(start, mention.start)} ${after}`);
  // (A subject the clause reader ends with a relative pronoun, "Kanye West - who", is read without it.)
  const words = c.text.slice(start, end).replace(/ ?[-–—,] ?(?:who|which)$/u, '').toLowerCase();
  const named = entity ? who.find((w) => w.entityId === entity.id && (whole || w.text.toLowerCase().includes(words))) : undefined;
  if (named) return named;
  // Only words that read as the predicate's subject: next to it (spaces or an adverb between), not a pronoun.
  if (!ADJACENT.test(c.text.slice(end, what.start)) || (subject[1] - subject[0] === 1 && (clauseWords('pronoun').has(c.lower[subject[0]]!) || clauseWords('question').has(c.lower[subject[0]]!)))) return undefined;
  return makeArg(c.text, start, end, 0);
}

/** The pipeline stage; `params` lets the tuning script try weights without touching the file. */
export function eventStage(params?: EventParams): Stage {
  return {
    name: 'event',
    requires: ['sentences', 'tokens'],
    assigns: ['event'],
    run: (doc, ctx) => ({ event: extractEvent(doc, ctx, params ?? eventParams()) }),
  };
}
