import type { Repair } from './edits.js';
import { wordLevel } from './dictionary.js';
import { lexicon } from '../core/resources.js';

/** Both halves of a split must be this common (SCOWL level), unless the article uses them itself. */
const COMMON_LEVEL = 20;
const MIN_GLUED_LENGTH = 5;

/** Lower-case letter runs with no letter or digit on either side ("runnews" in "state-runnews"). */
const LOWER_RUN = /(?<![\p{L}\p{N}])[a-z]+(?![\p{L}\p{N}])/gu;

/** A chunk of text (between spaces) that is a URL, an address, a handle, a hashtag or code. */
const NOT_PROSE = /[@#/\\_=<>{}[\]|~^$%*+`]|\p{L}\.\p{L}|\p{L}\(|:\S/u;

/**
 * Two words run together where scraping dropped the space between them ("forcesaround",
 * "state-runnews"). Conservative: only an all-lower-case run that no word list knows and the
 * article never uses elsewhere is split, and only into two words that are both common English
 * (or both words the article uses), the split being the only best one. Names, product names
 * ("iPhone"), URLs, addresses, hashtags and code are never touched. The repair inserts a space.
 */
export function gluedWordRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  let vocabulary: Map<string, number> | undefined;
  LOWER_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_RUN.exec(text)) !== null) {
    const run = m[0];
    if (run.length < MIN_GLUED_LENGTH || wordLevel(run) !== undefined) continue;
    if (NOT_PROSE.test(chunkAround(text, m.index, m.index + run.length))) continue;
    vocabulary ??= articleVocabulary(text);
    if ((vocabulary.get(run) ?? 0) > 1) continue;
    const cut = bestSplit(run, vocabulary);
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

/** How often each lower-cased word occurs in the article. */
function articleVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The cost of a half: its commonness, or 0 when the article uses it; undefined when not allowed. */
function halfCost(half: string, vocabulary: ReadonlyMap<string, number>): number | undefined {
  if (half.length < 2) return undefined;
  if (half.length === 2 && !lexicon('glue-short-words').has(half)) return undefined;
  const level = wordLevel(half);
  if (level === undefined) return undefined;
  if (level <= COMMON_LEVEL) return level;
  return vocabulary.has(half) ? COMMON_LEVEL : undefined;
}

/** Where to split a glued run: the one cheapest cut, or 0 when none or a tie. */
function bestSplit(run: string, vocabulary: ReadonlyMap<string, number>): number {
  let best = 0;
  let bestCost = Infinity;
  let tie = false;
  for (let cut = 2; cut <= run.length - 2; cut++) {
    const a = halfCost(run.slice(0, cut), vocabulary);
    const b = a === undefined ? undefined : halfCost(run.slice(cut), vocabulary);
    if (a === undefined || b === undefined) continue;
    const cost = a + b;
    if (cost < bestCost) {
      best = cut;
      bestCost = cost;
      tie = false;
    } else if (cost === bestCost) tie = true;
  }
  return tie ? 0 : best;
}
