import type { Token } from '../../core/layers.js';
import { corefLexicons, wordKey, type CorefLexicons, type Gender } from './lexicons.js';

/** The longest role noun that ends at token `last` (inclusive), reading leftwards: [firstToken, group]. */
export function roleEndingAt(tokens: readonly Token[], last: number, floor: number, lex: CorefLexicons): [number, string] | undefined {
  if (!lex.roleLastWords.has(wordKey(tokens[last]!.text))) return undefined;
  for (let n = Math.min(lex.maxRoleWords, last - floor + 1); n >= 1; n--) {
    const first = last - n + 1;
    const phrase = phraseKey(tokens, first, last + 1);
    const group = lex.roles.get(phrase);
    if (group) return [first, group];
  }
  return undefined;
}

/** The longest role noun that starts at token `first`: [endToken (exclusive), group]. */
export function roleStartingAt(tokens: readonly Token[], first: number, ceil: number, lex: CorefLexicons): [number, string] | undefined {
  if (!lex.roleFirstWords.has(wordKey(tokens[first]!.text))) return undefined;
  for (let n = Math.min(lex.maxRoleWords, ceil - first); n >= 1; n--) {
    const group = lex.roles.get(phraseKey(tokens, first, first + n));
    if (group) return [first + n, group];
  }
  return undefined;
}

export function phraseKey(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from ? ' ' : '') + wordKey(tokens[i]!.text);
  return s;
}

export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** What a run of title words before a name says: where it starts, roles, nationality, gender. */
export interface TitleRun {
  start: number;
  readonly roles: Set<string>;
  nationality?: string;
  gender?: Gender;
}

/**
 * Reads title words leftwards from token `from - 1` down to `floor`: honorifics ("Mr"), role nouns
 * ("Ambassador", "Interior Minister"), office modifiers ("former", "Deputy") and one demonym
 * ("Russian"). Returns the first token of the run that the mention should include (the demonym stays
 * outside the span: it names a nationality, not the person) or `from` when there is no title.
 */
export function titleRunBefore(tokens: readonly Token[], from: number, floor: number, isNorp: (i: number) => boolean): TitleRun {
  const lex = corefLexicons();
  const run: TitleRun = { start: from, roles: new Set() };
  let i = from - 1;
  let sawRole = false;
  while (i >= floor) {
    const role = roleEndingAt(tokens, i, floor, lex);
    if (role) {
      run.roles.add(role[1]);
      const g = lex.gendered.get(phraseKey(tokens, role[0], i + 1));
      if (g && !run.gender) run.gender = g;
      sawRole = true;
      run.start = role[0];
      i = role[0] - 1;
      continue;
    }
    const w = wordKey(tokens[i]!.text);
    if (lex.honorifics.has(w)) {
      const g = lex.honorifics.get(w);
      if (g && !run.gender) run.gender = g;
      run.start = i;
      i--;
      continue;
    }
    if (sawRole && lex.modifiers.has(w)) {
      run.start = i;
      i--;
      continue;
    }
    if (run.start < from && (lex.demonyms.has(w) || isNorp(i)) && isCapitalized(tokens[i]!.text)) {
      run.nationality = w;
    }
    break;
  }
  return run;
}
