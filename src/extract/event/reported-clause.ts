import type { Token } from '../../core/layers.js';
import { readClause, type Clause } from './clause.js';
import { clauseWords } from './clause-words.js';

/** Verbs by which an informant passes on what happened ("Police say a bus plunged ..."). */
const PASSING_ON = new Set(['say', 'report', 'state', 'confirm']);

/**
 * Heads of a subject that only passes on what happened: police and officials speaking for the
 * record, witnesses, the media. A minister or a president who says something is often the news;
 * these are its sources.
 */
const INFORMANTS = new Set([
  'police', 'officials', 'official', 'authorities', 'witnesses', 'witness', 'media', 'spokesman', 'spokeswoman',
  'spokesperson', 'sources', 'residents', 'reports', 'medics', 'doctors', 'rescuers', 'officers', 'investigators',
  'paramedics', 'television', 'broadcaster', 'agency', 'newspaper', 'gardaí', 'gardai', 'prosecutors', 'prosecutor', 'coroner',
]);

/** Pronouns by which a speaker tells what it did itself ("said it had agreed to buy"). */
const SELF = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * The clause an informant's report opens with, read as the sentence's own: "Police in Lima say a
 * bus carrying 40 passengers plunged off a mountain road ...", "Officials said on Wednesday that
 * floods had killed 12": the bus plunged, the floods killed. Null unless the subject is an
 * informant that opens the sentence, its verb passes on (say, report) and the clause after it
 * (past a time and "that") has a subject of its own, not a pronoun. A speaker that tells what it
 * did itself, whoever it is ("Police said they had arrested two men", "Sinar Padu said it had
 * agreed to buy ..."), stays the subject and the report is the predicate.
 */
export function reportedClause(tokens: readonly Token[], lower: readonly string[], c: Clause, to: number, times: readonly { readonly start: number; readonly end: number }[], opts: { maxWhat: number; maxStops: number }): Clause | null {
  if (!c.subject || !c.verb || !c.lemma || !PASSING_ON.has(c.lemma) || c.subject[0] !== c.start) return null;
  const informant = INFORMANTS.has(lower[c.subject[1] - 1]!) || INFORMANTS.has(lower[c.subject[0]]!);
  let k = c.verb[1];
  // "said on Wednesday that", "say late on Tuesday": the time dates the saying.
  for (;;) {
    const t = tokens[k];
    if (!t) return null;
    const time = times.find((x) => x.start <= t.start && t.start < x.end);
    if (time) {
      while (k < to && tokens[k]!.start < time.end) k++;
      continue;
    }
    if ((lower[k] === 'on' || lower[k] === 'late' || lower[k] === 'early') && times.some((x) => x.start === tokens[k + 1]?.start)) {
      k++;
      continue;
    }
    break;
  }
  if (lower[k] === 'that') k++;
  if (k >= to - 2) return null;
  const inner = readClause(tokens, k, to, opts);
  if (!inner.subject || !inner.verb || !inner.predicate || inner.subject[0] !== k) return null;
  // "Sinar Padu said it had agreed to buy Borneo BioFuel", "Police said they had arrested two men":
  // the speaker tells what it did itself; the speaker is the subject, the report the predicate.
  if (inner.subject[1] - inner.subject[0] === 1 && SELF.has(lower[k]!)) return { ...inner, start: c.start, subject: c.subject };
  if (!informant || clauseWords('pronoun').has(lower[inner.subject[0]]!)) return null;
  return { ...inner, informant: [c.subject[0], c.subject[1]] };
}
