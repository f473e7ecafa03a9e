import { lexiconLines } from '../../core/resources.js';
import { clauseWords } from './clause-words.js';
import { readClause } from './clause.js';
import type { EventContext } from './context.js';
import type { Unit } from './units.js';

/**
 * Who claims an attack: the subject of "X claimed responsibility (for ...)", "X claimed credit" or
 * "X said (in a statement) (that) it (had) carried out / targeted / was behind ...", anywhere in the
 * article (claims often come paragraphs down) but not inside quoted speech. A claimant is the
 * perpetrator an analyst codes, unless the article says otherwise; "No group has claimed
 * responsibility" names no one.
 */
export interface Claimant {
  readonly unit: Unit;
  /** Token range of the claimant. */
  readonly start: number;
  readonly end: number;
}

const TAKES = /\bclaim(?:ed|s|ing)?\s(?:full\s)?(?:responsibility|credit)\b/iu;
let saidIt: RegExp | undefined;
function saidItPattern(): RegExp {
  if (!saidIt) {
    const verbs = lexiconLines('claim-attack-verbs').map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    saidIt = new RegExp(`\\b(?:said|says|announced|stated)\\b[^.;"“”]{0,80}?\\bit\\s(?:had\\s|has\\s)?(?:${verbs.join('|')})\\b`, 'iu');
  }
  return saidIt;
}

const found = new WeakMap<EventContext, readonly Claimant[]>();

/** The claimants of the document read by `ctx`, found once (who and perpetrators both ask). */
export function claimants(ctx: EventContext): readonly Claimant[] {
  let out = found.get(ctx);
  if (!out) found.set(ctx, (out = findClaimants(ctx)));
  return out;
}

function findClaimants(ctx: EventContext): Claimant[] {
  const out: Claimant[] = [];
  const negative = clauseWords('negative');
  ctx.allUnits.forEach((u, k) => {
    const sentence = ctx.text.slice(u.start, u.end);
    const m = TAKES.exec(sentence) ?? saidItPattern().exec(sentence);
    if (!m || ctx.inQuote(u.start + m.index)) return;
    // The sentences read already have their clause (ctx.units is the start of ctx.allUnits).
    const c = k < ctx.clauses.length
      ? ctx.clauses[k]!
      : readClause(ctx.tokens, u.tokenStart, u.tokenEnd, { maxWhat: ctx.params.what.maxTokens, maxStops: ctx.params.what.maxStops, title: u.kind === 'title' });
    // The claim must be the clause's own verb, not a report of someone else's ("Police said the group claimed ...").
    if (!c.subject || !c.verb || ctx.tokens[c.verb[0]]!.start > u.start + m.index + m[0].length) return;
    if (ctx.tokens[c.verb[1] - 1]!.end < u.start + m.index) return;
    // "No group has claimed responsibility" names no one.
    if (negative.has(ctx.lower[c.subject[0]]!)) return;
    out.push({ unit: u, start: c.subject[0], end: c.subject[1] });
  });
  return out;
}
