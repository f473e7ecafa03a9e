import type { TimeExpression, Token } from '../../core/layers.js';
import type { Unit } from './units.js';

/**
 * A feature's scene before its news: "By mid-afternoon, Avenida de Mayo had become a river of
 * banners ..." then "Tens of thousands of students ... marched through central Buenos Aires on
 * Tuesday". The report's first sentence is a scene when it names no day and shares no word with
 * the headline (or one), while the sentence after it names the day and restates the headline (two words
 * or more of it). A plain lead that leaves the day to its second sentence still shares the
 * headline's words ("A gunman killed three people at a school" under "Gunman kills three at school").
 * (Body sentences only: a standfirst sums up the news.) Returns the scene's index among `units`, or -1.
 */
export function sceneLede(units: readonly Unit[], tokens: readonly Token[], lower: readonly string[], times: readonly TimeExpression[]): number {
  const title = units.find((u) => u.kind === 'title');
  if (!title) return -1;
  const report = units.map((u, k) => k).filter((k) => units[k]!.kind === 'body' && words(units[k]!, tokens).length >= MIN_WORDS);
  const [first, second] = report;
  if (first === undefined || second === undefined) return -1;
  const headline = contentWords(title, lower);
  const shared = (u: Unit) => [...contentWords(u, lower)].filter((w) => headline.has(w)).length;
  const a = units[first]!;
  const b = units[second]!;
  if (namesDay(a, times, lower) || !namesDay(b, times, lower)) return -1;
  // The news sentence brings its actors in afresh ("Tens of thousands of students ...", "A man in
  // his 30s ..."); one that opens by pointing back ("He told ...", "The Santy worm first appeared
  // ...") goes on from a lead.
  if (ANAPHORIC.has(lower[b.tokenStart]!)) return -1;
  const own = shared(a);
  return own <= 1 && shared(b) >= own + RESTATED ? first : -1;
}

/** A report sentence has at least this many words (a byline or a label left in is no lede). */
const MIN_WORDS = 8;
/** Headline words the news sentence repeats. */
const RESTATED = 2;

function words(u: Unit, tokens: readonly Token[]): Token[] {
  return tokens.slice(u.tokenStart, u.tokenEnd).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
}

/** A day named: a time expression that knows its day or weekday, or "today", "yesterday", "tonight". */
function namesDay(u: Unit, times: readonly TimeExpression[], lower: readonly string[]): boolean {
  if (times.some((t) => t.start >= u.start && t.end <= u.end && (t.known.day !== undefined || t.known.weekday !== undefined))) return true;
  for (let i = u.tokenStart; i < u.tokenEnd; i++) if (DAY_WORDS.has(lower[i]!)) return true;
  return false;
}

/** Words that open a sentence going on from the one before. */
const ANAPHORIC = new Set(['he', 'she', 'it', 'they', 'this', 'these', 'those', 'the', 'his', 'her', 'its', 'their', 'such']);

const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight']);

/** Words of three letters or more and numbers, a plural's "s" dropped, without the commonest function words. */
function contentWords(u: Unit, lower: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = u.tokenStart; i < u.tokenEnd; i++) {
    const w = lower[i]!;
    if (!/^(?:\p{L}{3,}|\p{N}+)$/u.test(w) || FUNCTION_WORDS.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'these', 'those', 'was', 'were', 'has', 'have', 'had', 'are', 'been', 'being',
  'its', 'their', 'his', 'her', 'our', 'your', 'after', 'before', 'into', 'onto', 'over', 'under', 'said', 'says', 'say', 'will',
  'would', 'could', 'should', 'not', 'but', 'than', 'then', 'they', 'them', 'who', 'whom', 'which', 'what', 'when', 'where', 'why',
  'how', 'all', 'one', 'two', 'three', 'some', 'more', 'most', 'other', 'about', 'around', 'only', 'just', 'also', 'there', 'here',
  'out', 'off', 'per', 'cent', 'new', 'him', 'she', 'may', 'can', 'did', 'does', 'amid', 'near', 'while', 'during', 'since', 'until',
]);
