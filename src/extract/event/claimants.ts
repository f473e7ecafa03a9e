import { lexicon, lexiconLines } from '../../core/resources.js';
import { clauseWords } from './clause-words.js';
import { readClause, type Clause } from './clause.js';
import { sentenceReading, type EventContext } from './context.js';
import type { Unit } from './units.js';
import { isVerb } from './verbs.js';

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

/** Words without which TAKES and the "said it" pattern cannot match. */
const CLAIM_WORD = /claim/i;
const IT_WORD = /\bit\s/i;
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

/** The clause of unit k of ctx.allUnits: the sentences read already have theirs (ctx.units is the start of ctx.allUnits). */
function clauseOf(ctx: EventContext, u: Unit, k: number): Clause {
  return k < ctx.clauses.length
    ? ctx.clauses[k]!
    : readClause(ctx.tokens, u.tokenStart, u.tokenEnd, { ...sentenceReading(ctx.params), title: u.kind === 'title' });
}

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
    // Cheap tests first: the patterns scan every sentence of every article, and few hold a claim.
    const m = (CLAIM_WORD.test(sentence) ? TAKES.exec(sentence) : null) ?? (IT_WORD.test(sentence) ? saidItPattern().exec(sentence) : null);
    if (!m || ctx.inQuote(u.start + m.index)) return;
    const c = clauseOf(ctx, u, k);
    // The claim must be the clause's own verb, not a report of someone else's ("Police said the group claimed ...").
    if (!c.subject || !c.verb || ctx.tokens[c.verb[0]]!.start > u.start + m.index + m[0].length) return;
    if (ctx.tokens[c.verb[1] - 1]!.end < u.start + m.index) return;
    // "No group has claimed responsibility" names no one.
    if (negative.has(ctx.lower[c.subject[0]]!)) return;
    out.push({ unit: u, start: c.subject[0], end: c.subject[1] });
  });
  return out;
}

/** Verbs by which one party lays an attack at another's door ("the ministry blamed the coalition"), as lemmas. */
export const BLAME_VERBS: ReadonlySet<string> = new Set(['blame', 'accuse']);
/** The forms of BLAME_VERBS that lay blame in a report: past and present ("blamed", "accuses"). */
const BLAME_FORMS = new Set(['blamed', 'blames', 'accused', 'accuses']);
/** Participles of BLAME_VERBS after a comma ("..., blaming the paramilitary RSF"). */
const BLAME_PARTICIPLES = new Set(['blaming', 'accusing']);
/** Nouns that name the attack itself in "blamed the attack on X", "accused X of the bombing". */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'strike', 'strikes', 'air', 'shooting', 'killing', 'killings', 'assault', 'raid', 'massacre', 'violence', 'assassination', 'ambush']);
const PARTY_STOP = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '—', 'of', 'for', 'on', 'in', 'at', 'over', 'with', 'and', 'but', 'or', 'which', 'who', 'that', 'after', 'before', 'as', 'to', 'from', 'by', 'during', 'amid', 'since']);
const PARTY_DETS = new Set(['the', 'a', 'an']);

/**
 * Who is said to have carried out an attack: the groups that claim it, else whom the article's
 * sources blame for it. Whom they blame: the object of "blamed" / "accused" ("the health
 * ministry blamed the Saudi-led coalition", "officials accused Islamist militants of carrying out
 * the bombing", "police blamed the attack on a rebel faction"), outside quoted speech, anywhere in
 * the article. Only a name or a perpetrator noun counts ("blamed the government for the shortages"
 * names a cause, not an attacker: "for" must be followed by the attack; "of" by it or by an attack
 * verb). The subject (who blames) is a source, not an actor. An accusation is weaker than a claim,
 * so it counts only when no group claims the attack.
 */
export function claimedOrBlamed(ctx: EventContext): readonly Claimant[] {
  const claims = claimants(ctx);
  return claims.length > 0 ? claims : blamedParties(ctx);
}

/** Whom the sources blame (see claimedOrBlamed), found once per document. */
function blamedParties(ctx: EventContext): readonly Claimant[] {
  let out = blamed.get(ctx);
  if (!out) blamed.set(ctx, (out = findBlamed(ctx)));
  return out;
}

const blamed = new WeakMap<EventContext, readonly Claimant[]>();

function findBlamed(ctx: EventContext): Claimant[] {
  const out: Claimant[] = [];
  const negative = clauseWords('negative');
  const perpetrators = lexicon('perpetrator-nouns');
  ctx.allUnits.forEach((u, k) => {
    let v = -1;
    for (let i = u.tokenStart; i < u.tokenEnd && v < 0; i++) if (BLAME_FORMS.has(ctx.lower[i]!) || (BLAME_PARTICIPLES.has(ctx.lower[i]!) && ctx.tokens[i - 1]?.text === ',')) v = i;
    if (v < 0 || ctx.inQuote(ctx.tokens[v]!.start)) return;
    const c = clauseOf(ctx, u, k);
    // The blame must be the clause's own verb, active, with someone blaming; or a participle after
    // the clause, whose subject blames ("..., state media reported, blaming the RSF").
    if (!c.subject || !c.verb || negative.has(ctx.lower[c.subject[0]]!)) return;
    if (!BLAME_PARTICIPLES.has(ctx.lower[v]!) && (v < c.verb[0] || v >= c.verb[1])) return;
    if (/^(?:was|were|is|are|been|being|be)$/.test(ctx.lower[c.verb[0]]!)) return;
    let party = partyAt(ctx, v + 1, u.tokenEnd);
    if (!party) return;
    // "blamed the attack on X": the party follows "on".
    if (ATTACK_NOUNS.has(ctx.lower[party[1] - 1]!) && ctx.lower[party[1]] === 'on') {
      party = partyAt(ctx, party[1] + 1, u.tokenEnd);
      if (!party) return;
    } else {
      const next = ctx.lower[party[1]];
      // "blamed X for the bombing", "accused X of (carrying out) the attack"; "for the shortages" is another matter.
      if (next === 'for' || next === 'of') {
        const rest = ctx.lower.slice(party[1] + 1, Math.min(u.tokenEnd, party[1] + 6));
        if (!rest.some((w) => ATTACK_NOUNS.has(w) || /^(?:carrying|launching|firing|bombing|shelling|killing|targeting|attacking|being)$/.test(w))) return;
      }
    }
    const named = ctx.tokens.slice(party[0], party[1]).some((t) => /^\p{Lu}/u.test(t.text)) || ctx.lower.slice(party[0], party[1]).some((w) => perpetrators.has(w));
    if (named) out.push({ unit: u, start: party[0], end: party[1] });
  });
  return out;
}

/** A noun phrase from token i (its article kept): up to six words before a stop word or a verb. */
function partyAt(ctx: EventContext, i: number, end: number): [number, number] | null {
  let s = i;
  if (s < end && PARTY_DETS.has(ctx.lower[s]!)) s++;
  let e = s;
  while (e < end && e - s < 6 && !PARTY_STOP.has(ctx.lower[e]!) && !(/^\p{Ll}/u.test(ctx.tokens[e]!.text) && isVerb(ctx.tokens, e))) e++;
  return e > s ? [i, e] : null;
}
