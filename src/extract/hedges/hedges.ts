import type { Sentence, Token } from '../../core/layers.js';
import type { Hedge } from '../../core/record.js';
import type { Span } from '../../core/span.js';
import { lexicon, lexiconLines } from '../../core/resources.js';
import { lowerTokens } from '../../core/lower-tokens.js';

/** Hedge cues that modify a noun phrase ("a suspected attack", "the alleged gunman"). */
const ADJECTIVE_CUES = new Set(['alleged', 'suspected', 'purported', 'apparent', 'unconfirmed', 'unverified', 'presumed', 'rumoured', 'rumored']);
/** Hedge cues that may stand as an appositive predicate: "the gunman, reportedly an off-duty officer,". */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);
const SUBORDINATORS = new Set(['when', 'while', 'as', 'because', 'after', 'before', 'and', 'but', 'although', 'though', 'since', 'until', 'whereas', 'that']);
const MAX_PHRASE = 5;
const MAX_NP_RIGHT = 6;

interface HedgePhrases {
  readonly set: ReadonlySet<string>;
  /** First word of a phrase -> the phrase lengths it starts, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
}
let phrases: HedgePhrases | undefined;

/** Hedge phrases keyed by their words joined by spaces, indexed by first word. */
function hedgePhrases(): HedgePhrases {
  if (!phrases) {
    const set = new Set<string>();
    const byFirst = new Map<string, number[]>();
    for (const line of lexiconLines('hedge-cues')) {
      const words = line.toLowerCase().split(/\s+/).slice(0, MAX_PHRASE);
      set.add(words.join(' '));
      const lens = byFirst.get(words[0]!) ?? [];
      if (!lens.includes(words.length)) lens.push(words.length);
      byFirst.set(words[0]!, lens.sort((a, b) => b - a));
    }
    phrases = { set, byFirst };
  }
  return phrases;
}

/**
 * Finds hedges sentence by sentence: the longest cue phrase at each token, then its scope: the noun
 * phrase for an adjective ("a suspected radical Islamic attack"), the appositive for a cue after a
 * comma ("reportedly an off-duty police officer"), otherwise the clause it sits in ("Three others
 * were reportedly wounded"). Linear: each token starts at most MAX_PHRASE phrase look-ups.
 */
export function findHedges(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Hedge[] {
  const { set, byFirst } = hedgePhrases();
  const stops = lexicon('np-stops');
  const claimObjects = lexicon('claim-objects');
  const out: Hedge[] = [];
  const lower = lowerTokens(tokens);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const lengths = byFirst.get(lower[i]!);
      if (!lengths) continue;
      let matched = 0;
      let key = '';
      for (const n of lengths) {
        if (i + n > s.tokenEnd) continue;
        const k = n === 1 ? lower[i]! : lower.slice(i, i + n).join(' ');
        if (set.has(k)) {
          matched = n;
          key = k;
          break;
        }
      }
      if (!matched) continue;
      // "claimed responsibility" takes something; it does not weaken a claim.
      if (key.startsWith('claim') && i + matched < s.tokenEnd && claimObjects.has(lower[i + matched]!)) continue;
      const cue: Span = { start: tokens[i]!.start, end: tokens[i + matched - 1]!.end };
      const scope = scopeOf(tokens, i, i + matched, s, key, stops);
      out.push({ text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end, cue: key, scope });
      i += matched - 1;
    }
  }
  return out;
}

function scopeOf(tokens: readonly Token[], first: number, last: number, s: Sentence, key: string, stops: ReadonlySet<string>): Span {
  const lo = s.tokenStart;
  const hi = s.tokenEnd;
  if (ADJECTIVE_CUES.has(key) && last < hi && /^\p{L}/u.test(tokens[last]!.text) && !stops.has(tokens[last]!.text.toLowerCase())) {
    let a = first;
    if (a - 1 >= lo && /^(the|a|an|this|that|his|her|their|its)$/i.test(tokens[a - 1]!.text)) a--;
    let b = last;
    while (b < hi && b - last < MAX_NP_RIGHT && /^[\p{L}\p{N}]/u.test(tokens[b]!.text) && !stops.has(tokens[b]!.text.toLowerCase())) b++;
    return { start: tokens[a]!.start, end: tokens[b - 1]!.end };
  }
  // Appositive: ", reportedly an off-duty police officer," -> from the cue to the next break.
  const appositive = first - 1 >= lo && tokens[first - 1]!.text === ',';
  let a = first;
  if (!appositive) {
    while (a - 1 >= lo && !CLAUSE_BREAKS.has(tokens[a - 1]!.text) && !SUBORDINATORS.has(tokens[a - 1]!.text.toLowerCase())) a--;
  }
  let b = last;
  while (b < hi && !CLAUSE_BREAKS.has(tokens[b]!.text) && !(b > last && SUBORDINATORS.has(tokens[b]!.text.toLowerCase()))) b++;
  if (b === last && last < hi) b = Math.min(hi, last + 1);
  return { start: tokens[a]!.start, end: tokens[Math.max(a, b - 1)]!.end };
}
