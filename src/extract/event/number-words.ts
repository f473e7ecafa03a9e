import { lexiconLines } from '../../core/resources.js';

let all: ReadonlySet<string> | undefined;
let exact: ReadonlySet<string> | undefined;

/** The number words of resources/lexicon/number-words.txt as written there ("seven", "dozens", "a-few"). */
export function numberWords(): ReadonlySet<string> {
  all ??= new Set(lexiconLines('number-words').map((l) => l.split(/\s+/)[0]!));
  return all;
}

/** Those that state an exact number ("seven", "twenty", "dozen"; not "dozens" or "several"): the file's third column, 1. */
export function exactNumberWords(): ReadonlySet<string> {
  exact ??= new Set(lexiconLines('number-words').map((l) => l.split(/\s+/)).filter((f) => f[2] === '1').map((f) => f[0]!));
  return exact;
}
