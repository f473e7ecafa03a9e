import type { Token } from '../../core/layers.js';
import type { CorefMention } from './model.js';
import { corefLexicons, wordKey } from './lexicons.js';
import { isCapitalized, phraseKey, roleStartingAt } from './titles.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Words before a role noun that introduce someone else: "another gunman", "a second attacker". */
const OTHER_REFERENT = new Set(['another', 'other', 'second', 'third', 'two', 'three', 'four', 'several', 'no', 'every', 'each', 'any', 'some']);

/**
 * Role noun phrases ("the gunman", "The Russian envoy", "a lone gunman", "the career diplomat"):
 * a role noun from the lexicon, with the modifiers, demonym and determiner before it. A role noun
 * right before a capitalised word is a title of a name, not a mention of its own; role nouns inside
 * a name span (`covered`) are skipped.
 */
export function roleMentions(
  text: string,
  tokens: readonly Token[],
  covered: (token: number) => boolean,
  isNameStart: (token: number) => boolean,
  sentenceStart: (token: number) => number,
): CorefMention[] {
  const lex = corefLexicons();
  const out: CorefMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i)) continue;
    const hit = roleStartingAt(tokens, i, tokens.length, lex);
    if (!hit) continue;
    const [end, group] = hit;
    if (rangeCovered(covered, i, end)) continue;
    const next = tokens[end];
    // "Spokesman John Kirby": a title before a name that NER missed; "gunman's" stays a mention.
    if (next && isNameStart(end) && !lineBreakBetween(text, tokens[end - 1]!.end, next.start)) {
      i = end - 1;
      continue;
    }
    let first = i;
    let nationality: string | undefined;
    let blocked = false;
    const floor = sentenceStart(i);
    for (let j = i - 1; j >= floor && !covered(j); j--) {
      const w = wordKey(tokens[j]!.text);
      if (lex.modifiers.has(w)) first = j;
      else if (lex.demonyms.has(w) && isCapitalized(tokens[j]!.text)) {
        nationality ??= w;
        first = j;
      } else if (DETERMINERS.has(w)) {
        first = j;
        break;
      } else {
        if (OTHER_REFERENT.has(w) || /^\d/.test(w)) blocked = true;
        break;
      }
    }
    const nounKey = phraseKey(tokens, i, end);
    out.push({
      kind: 'role',
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      tokenStart: first,
      tokenEnd: end,
      type: 'PERSON',
      key: [],
      display: text.slice(tokens[i]!.start, tokens[end - 1]!.end),
      roles: new Set([group]),
      nationality,
      gender: lex.gendered.get(nounKey),
      blocked,
    });
    i = end - 1;
  }
  return out;
}

function rangeCovered(covered: (token: number) => boolean, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered(i)) return true;
  return false;
}

/** True when a line break separates two tokens (a caption's last word and the next line's first). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}
