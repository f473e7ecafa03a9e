import type { TimeExpression, Token } from '../../core/layers.js';
import type { Unit } from './units.js';

/**
 * A feature's scene before its news: "By mid-afternoon, Avenida de Mayo had become a river of
 * banners ..." then "Tens of thousands of students ... marched through central Buenos Aires on
 * Tuesday". The report's first sentence is a scene when it names no day and shares no word with
 * the headline (or one), while the sentence after it names the day and restates the headline (two
 * words more than the scene) without pointing back. A plain lead that leaves the day to its second
 * sentence still shares the headline's words ("A gunman killed three people at a school" under
 * "Gunman kills three at school"). (A scene may share one word: "1.3 million solar panels" under
 * "... betting €1.1bn on Spanish solar?".)
 * A longer scene that opens with a quotation, the quotation and who said it ("'It came like a
 * wall.' Giuseppe Raviola, 71, was speaking from ..."), runs over up to MAX_SCENE sentences that
 * share no headline word at all, and the news after it need not name the day. (Without the
 * quotation, sentences that share no word with a witty headline are most often its news: "Big
 * guns ease through in San Jose" over "Top-seeded Americans ... survived minor scares".)
 * (Body sentences only: a standfirst sums up the news.) Returns the scene's indices among `units`,
 * empty when the report opens with its news.
 */
export function sceneLede(units: readonly Unit[], tokens: readonly Token[], lower: readonly string[], times: readonly TimeExpression[]): number[] {
  const title = units.find((u) => u.kind === 'title');
  if (!title) return [];
  const report = units.map((u, k) => k).filter((k) => units[k]!.kind === 'body' && words(units[k]!, tokens).length >= MIN_WORDS);
  const headline = contentWords(title, lower);
  const shared = (k: number) => [...contentWords(units[k]!, lower)].filter((w) => headline.has(w)).length;
  const scene: number[] = [];
  // The most headline words a scene sentence shares (each sentence's count is read once).
  let sceneWords = 0;
  for (const k of report.slice(0, MAX_SCENE + 1)) {
    const u = units[k]!;
    const own = shared(k);
    const first = scene.length === 0;
    // The news: it restates the headline and brings its actors in afresh.
    if (!first && own >= sceneWords + RESTATED && !ANAPHORIC.has(lower[u.tokenStart]!)) {
      const long = scene.length > 1 && sceneWords === 0 && QUOTE_OPENING.test(tokens[units[scene[0]!]!.tokenStart]!.text);
      return long || namesDay(u, times, lower) ? scene : [];
    }
    if (namesDay(u, times, lower) || own > 1 || (!first && own > 0)) return [];
    scene.push(k);
    sceneWords = Math.max(sceneWords, own);
  }
  return [];
}

/** A report sentence has at least this many words (a byline or a label left in is no lede). */
const MIN_WORDS = 5;
/** Headline words the news sentence repeats beyond the scene's. */
const RESTATED = 2;
/** The longest scene read, in sentences. */
const MAX_SCENE = 3;

function words(u: Unit, tokens: readonly Token[]): Token[] {
  return tokens.slice(u.tokenStart, u.tokenEnd).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
}

/** A day named: a time expression that knows its day or weekday, or "today", "yesterday", "tonight". */
function namesDay(u: Unit, times: readonly TimeExpression[], lower: readonly string[]): boolean {
  if (times.some((t) => t.start >= u.start && t.end <= u.end && (t.known.day !== undefined || t.known.weekday !== undefined))) return true;
  for (let i = u.tokenStart; i < u.tokenEnd; i++) if (DAY_WORDS.has(lower[i]!)) return true;
  return false;
}

/** A quotation's opening mark. */
const QUOTE_OPENING = /^["“‘']$/;

/** Words that open a sentence going on from the one before. */
const ANAPHORIC = new Set(['he', 'she', 'it', 'they', 'this', 'these', 'those', 'the', 'his', 'her', 'its', 'their', 'such', 'that']);

const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight']);

/** Words of three letters or more and numbers, stemmed, without the commonest function words. */
function contentWords(u: Unit, lower: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = u.tokenStart; i < u.tokenEnd; i++) {
    const w = lower[i]!;
    if (!/^(?:\p{L}{3,}|\p{N}+)$/u.test(w) || FUNCTION_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** A crude stem, enough to match a headline's word in the report: "floods", "flooding" -> "flood". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'these', 'those', 'was', 'were', 'has', 'have', 'had', 'are', 'been', 'being',
  'its', 'their', 'his', 'her', 'our', 'your', 'after', 'before', 'into', 'onto', 'over', 'under', 'said', 'says', 'say', 'will',
  'would', 'could', 'should', 'not', 'but', 'than', 'then', 'they', 'them', 'who', 'whom', 'which', 'what', 'when', 'where', 'why',
  'how', 'all', 'one', 'two', 'three', 'some', 'more', 'most', 'other', 'about', 'around', 'only', 'just', 'also', 'there', 'here',
  'out', 'off', 'per', 'cent', 'new', 'him', 'she', 'may', 'can', 'did', 'does', 'amid', 'near', 'while', 'during', 'since', 'until',
]);
