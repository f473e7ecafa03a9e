import type { Repair } from './edits.js';
import { wordLevel } from './dictionary.js';
import { lexicon } from '../core/resources.js';

/** The content half of a split must be this common (SCOWL level), unless the article uses it itself. */
const COMMON_LEVEL = 35;

/** Share of words that must be the commonest English ones for the article to count as English. */
const MIN_ENGLISH_SHARE = 0.06;
const MIN_WORDS_TO_TELL = 30;

/** Lower-case letter runs long enough to hold two words; their edges are checked apart. */
const LOWER_RUN = /[a-z]{5,}/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A chunk of text (between spaces) that is a URL, an address, a handle, a hashtag or code. */
const NOT_PROSE = /[@#/\\_=<>{}[\]|~^$%*+`]|\p{L}\.\p{L}|\p{L}\(|:\S/u;

/**
 * Two words run together where scraping dropped the space between them ("forcesaround",
 * "state-runnews"). Conservative: only an all-lower-case run that no word list knows and the
 * article never uses elsewhere is split, only where a common word meets a function word or a
 * hyphenated modifier ends (see bestSplit), and only when that split is the one best. Names, product names
 * ("iPhone"), URLs, addresses, hashtags and code are never touched. The repair inserts a space.
 */
export function gluedWordRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  let vocabulary: Map<string, number> | undefined;
  LOWER_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_RUN.exec(text)) !== null) {
    const run = m[0];
    // A run inside a longer word ("iPhone", "café", "mp3player") is not a word of its own.
    if ((m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) || WORD_CHAR.test(text[m.index + run.length] ?? ' ')) continue;
    if (wordLevel(run) !== undefined) continue;
    if (NOT_PROSE.test(chunkAround(text, m.index, m.index + run.length))) continue;
    vocabulary ??= articleVocabulary(text);
    if (!looksEnglish(vocabulary)) return [];
    if ((vocabulary.get(run) ?? 0) > 1) continue;
    const cut = bestSplit(run, text[m.index - 1] === '-', vocabulary);
    if (cut > 0) repairs.push({ kind: 'glued-words', start: m.index + cut, end: m.index + cut, replacement: ' ' });
  }
  return repairs;
}

/** The whitespace-delimited chunk that holds [start, end). */
function chunkAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return text.slice(s, e);
}

/**
 * Is the article in English? The word list is English: in German or Italian text it would cut
 * real words ("offen", "datato"). In English prose about one word in seven is "the", "of",
 * "and", "to", "a" or "in"; in other languages hardly any.
 */
export function looksEnglish(vocabulary: ReadonlyMap<string, number>): boolean {
  let total = 0;
  for (const n of vocabulary.values()) total += n;
  const common = ['the', 'of', 'and', 'to', 'a', 'in'].reduce((sum, w) => sum + (vocabulary.get(w) ?? 0), 0);
  // Too short to tell: English, the language Dossier reads.
  if (total < MIN_WORDS_TO_TELL) return true;
  return common / total >= MIN_ENGLISH_SHARE;
}

/** How often each lower-cased word occurs in the article. */
export function articleVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** A word common enough to be one half of a glued pair, or one the article itself uses. */
function commonLevel(word: string, vocabulary: ReadonlyMap<string, number>): number | undefined {
  if (word.length < 3) return undefined;
  const level = wordLevel(word);
  if (level === undefined) return undefined;
  if (level <= COMMON_LEVEL) return level;
  return vocabulary.has(word) ? COMMON_LEVEL : undefined;
}

const INFLECTED = /(?:s|ed|ing|ly)$/;

/**
 * Where to split a glued run: the one cheapest cut, or 0 when none or a tie. A cut is allowed
 * only where a common word meets a function word ("forces|around", "across|the", "of|the") or
 * where a hyphenated modifier ends ("state-run|news"): two content words run together look too
 * much like a real compound ("carmaker", "hardline") to split.
 */
function bestSplit(run: string, afterHyphen: boolean, vocabulary: ReadonlyMap<string, number>): number {
  const heads = lexicon('glue-heads');
  const tails = lexicon('glue-tails');
  const particles = lexicon('glue-particles');
  const hyphenHeads = lexicon('hyphen-heads');
  let best = 0;
  let bestCost = Infinity;
  let tie = false;
  for (let cut = 2; cut <= run.length - 2; cut++) {
    const a = run.slice(0, cut);
    const b = run.slice(cut);
    let cost: number | undefined;
    if (tails.has(b) || (particles.has(b) && INFLECTED.test(a))) {
      const la = commonLevel(a, vocabulary);
      if (la !== undefined) cost = la;
    }
    if (cost === undefined && (heads.has(a) || (afterHyphen && hyphenHeads.has(a)))) {
      const lb = commonLevel(b, vocabulary);
      if (lb !== undefined) cost = lb;
    }
    if (cost === undefined) continue;
    if (cost < bestCost) {
      best = cut;
      bestCost = cost;
      tie = false;
    } else if (cost === bestCost) tie = true;
  }
  return tie ? 0 : best;
}
