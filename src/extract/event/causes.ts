import { makeArg, type EventContext, type Ranked } from './context.js';
import { isPastForm, verbFormsOf } from './verbs.js';
import type { Unit } from './units.js';

/**
 * Causes an incident's report states as a clause of their own, not after a cue word: something
 * giving out ("the brakes appeared to have failed on a steep curve", "after a safety valve
 * malfunctioned") or undoing something else ("heavy rains over the past week had weakened the walls
 * of the pit"), in an accident or a disaster; and, in any incident, what it "started as" ("it
 * started as a dispute over a cigarette"). The answer is the whole clause, subject included: the
 * cause is the subject as much as the verb. Read over the first `CAUSE_UNITS` sentences, since a
 * report states the cause after the toll and the rescue, quoted words included (a witness's "it
 * started as ..." is how the cause is told). Scored by position, at least as the weakest answer
 * that counts, like a motive named as such. `end` is where a why phrase that starts at `start`
 * ends, read on from `e` (why-how.ts's whyPhraseEnd, passed in: that module calls this one).
 */
export function addCauses(ctx: EventContext, ranked: Ranked, mishap: boolean, end: (u: Unit, start: number, e: number) => number, triggers: ReadonlySet<string> = new Set()): void {
  const { tokens, text, lower } = ctx;
  // In a collapse or a landslide, something giving way is the event told again ("The wall of a pit
  // gave way", "a section of the hillside above Route 32 gave way"), not its cause.
  const collapse = [...triggers].some((w) => /^(?:collaps|landslide|mudslide|avalanche)/.test(w));
  const p = ctx.params.why;
  const units = ctx.allUnits.slice(0, CAUSE_UNITS);
  for (const u of units) {
    const score = Math.max(ctx.weight(u) * p.cause, p.minScore);
    for (let v = u.tokenStart + 1; v < u.tokenEnd - 1; v++) {
      const w = lower[v]!;
      if ((w === 'started' || w === 'began') && lower[v + 1] === 'as' && isDeterminer(lower[v + 2])) {
        const e = end(u, v + 2, v + 3);
        if (e > v + 2) ranked.add(makeArg(text, tokens[v + 2]!.start, tokens[e - 1]!.end, score));
        continue;
      }
      if (!mishap || ctx.inQuote(tokens[v]!.start) || !isPast(ctx, v)) continue;
      // "failed to stop", "failed in an attempt to": no part gave out. An undoing verb takes its
      // object ("had weakened the walls"; "the rupiah weakened as ..." tells a price, no cause).
      // "a metal barrier gave way", "lost power": the phrase gives out as one verb does ("gave way
      // to" makes room).
      const failure = (verbFormsOf('failure-verbs').has(w) && !NOT_AFTER_FAILURE.has(lower[v + 1]!)) || (!collapse && GAVE.has(w) && lower[v + 1] === 'way' && lower[v + 2] !== 'to')
        // "the plane lost power in its left engine", "the driver lost control of the bus".
        || (w === 'lost' && (lower[v + 1] === 'power' || lower[v + 1] === 'control'));
      if (!failure && !(verbFormsOf('undoing-verbs').has(w) && startsObject(ctx, v + 1))) continue;
      if (isDeterminer(lower[v - 1])) {
        // "The fire started in an overheated generator": the participle describes its noun, and the
        // noun phrase is the cause.
        let e = v + 1;
        while (e < u.tokenEnd && e < v + 4 && isNoun(ctx, e)) e++;
        if (e > v + 1) ranked.add(makeArg(text, tokens[v - 1]!.start, tokens[e - 1]!.end, score));
        continue;
      }
      const start = subjectStart(ctx, u.tokenStart, v);
      if (start === undefined) continue;
      const e = end(u, v, v + 1);
      ranked.add(makeArg(text, tokens[start]!.start, tokens[e - 1]!.end, score));
    }
  }
}

/** Past forms of "give" in "gave way" (see addCauses). */
const GAVE = new Set(['gave', 'given']);

/** Sentences read for a stated cause: the first dozen, beyond the six the main event is read from. */
export const CAUSE_UNITS = 12;

const DETERMINERS = new Set(['a', 'an', 'the']);
const isDeterminer = (w: string | undefined) => w !== undefined && DETERMINERS.has(w);

/** Words after a failure verb that make it someone's failing, not a part's ("failed to", "failed in a bid"). */
const NOT_AFTER_FAILURE = new Set(['to', 'in', 'with', 'at', 'over', 'as', 'by', 'for', 'because']);

/** Token k starts a noun phrase: tagged a determiner or possessive, an adjective or a noun; untagged, a determiner. */
function startsObject(ctx: EventContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  return t.pos ? /^(?:DT|PRP\$|JJ|NN|CD)/.test(t.pos) : OBJECT_STARTS.has(ctx.lower[k]!);
}
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** A past tense or participle: tagged so, or (untagged) a form in -ed or a listed verb's past form. */
function isPast(ctx: EventContext, i: number): boolean {
  const pos = ctx.tokens[i]!.pos;
  if (pos) return pos === 'VBD' || pos === 'VBN';
  const w = ctx.lower[i]!;
  return w.endsWith('ed') || isPastForm(w);
}

/** A noun: tagged so, or (untagged) a lower-case word. */
function isNoun(ctx: EventContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.pos ? t.pos.startsWith('NN') : /^\p{Ll}+$/u.test(t.text);
}

/** Words between a subject and its verb: auxiliaries, modals, "appeared to have", "is believed to have". */
const VERB_CHAIN = new Set(['had', 'has', 'have', 'been', 'may', 'might', 'could', 'must', 'would', 'appeared', 'appears', 'seemed', 'seems', 'to', 'is', 'was', 'were', 'are', 'believed', 'thought', 'likely', 'apparently', 'probably', 'possibly', 'reportedly', 'also', 'not']);

/** Words a clause's subject starts after: a verb of saying or finding, a conjunction, a complementiser. */
const SUBJECT_STOPS = new Set(['that', 'said', 'says', 'say', 'told', 'suggested', 'suggest', 'suggests', 'showed', 'shows', 'found', 'believe', 'believes', 'think', 'thinks', 'after', 'because', 'when', 'as', 'while', 'and', 'but', 'if', 'since', 'who', 'which', 'where', 'before', 'until', 'reported', 'added']);
const BREAKS = /^[,;:.!?()—–"“”]$/;

/** Longest subject read back from its verb, in words. */
const MAX_SUBJECT = 10;

/**
 * Where the subject of the verb at token v starts: back over the verb's auxiliaries, then over the
 * subject's words to a break, a stop word or the sentence's start. Undefined when it has no noun
 * ("it had weakened": a pronoun names no cause).
 */
function subjectStart(ctx: EventContext, from: number, v: number): number | undefined {
  let k = v;
  while (k > from && VERB_CHAIN.has(ctx.lower[k - 1]!)) k--;
  const subjectEnd = k;
  while (k > from && subjectEnd - k < MAX_SUBJECT && !SUBJECT_STOPS.has(ctx.lower[k - 1]!) && !BREAKS.test(ctx.tokens[k - 1]!.text)) k--;
  if (k === subjectEnd || (k > from && subjectEnd - k >= MAX_SUBJECT)) return undefined;
  for (let i = k; i < subjectEnd; i++) if (isNoun(ctx, i)) return k;
  return undefined;
}
