import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/resources.js';

/** The scorer's tuned weights (resources/event/params.json); see the file and scripts/tune-event.mjs. */
export interface EventParams {
  window: number;
  section: { title: number; lead: number; body: number };
  decay: number;
  what: { maxTokens: number; maxStops: number; titleMaxTokens: number; titleMaxStops: number; trigger: number; report: number; noVerb: number; triggerPhrase: number; triggerMaxTokens: number; passivePerpetrator: number; tollTitle: number };
  who: { name: number; pronoun: number; long: number; report: number; entityFreq: number; coherence: number; perpetrator: number; nameRun: number; quantity: number; event: number; fullName: number; inanimate: number; passivePatient: number; claimant: number };
  when: { date: number; weekday: number; relative: number; clock: number; year: number; vague: number; occasion: number; minScore: number; possessive: number; anywhere: number; relativeClause: number; eventTold: number };
  where: { named: number; facility: number; common: number; bare: number; freq: number; minScore: number; max: number; outside: number; dateline: number; datelineElsewhere: number; country: number; town: number };
  why: { minScore: number; maxTokens: number; quote: number; weakCue: number; purpose: number; circumstance: number; cause: number };
  how: { verb: number; manner: number; mannerNoun: number; minScore: number; maxTokens: number; title: number; means: number };
  type: { minScore: number };
}

let cached: EventParams | undefined;

export function eventParams(): EventParams {
  cached ??= JSON.parse(readFileSync(packagePath('resources', 'event', 'params.json'), 'utf8')) as EventParams;
  return cached;
}
