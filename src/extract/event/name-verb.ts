import type { Mention, Token } from '../../core/layers.js';
import { lexicon } from '../../core/resources.js';
import { wordLevel } from '../../clean/dictionary.js';

/**
 * "Laporte tinkers with team", "Campese berates whingeing England", "Mourinho plots impressive
 * course": in a headline that opens with a person's name, the lower-case -s word
 * right after the name is the headline's verb, even one the verb list does not know and the tagger
 * takes for a plural (headline language: "tinkers/NNS"). Only where neither found a verb, and only
 * a word the dictionary knows without its -s that is no person ("Blair aides in talks"). After
 * other names a plural is as often a noun: "Enron bosses in $168m payout", "UK firms 'embracing
 * e-commerce'".
 * Returns the verb's token index, or -1.
 */
export function nameVerbInHeadline(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): number {
  const first = tokens[from];
  if (!first) return -1;
  const name = mentions.find((m) => m.start === first.start && m.type === 'PERSON');
  if (!name) return -1;
  let k = from;
  while (k < to && tokens[k]!.start < name.end) k++;
  // Something follows the verb: a headline's verb takes an object or an adverbial.
  if (k >= to - 1) return -1;
  const word = tokens[k]!.text;
  if (!/^\p{Ll}[\p{Ll}-]+s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return -1;
  const stem = stemOf(word);
  if (wordLevel(stem) === undefined || lexicon('animate-nouns').has(stem)) return -1;
  return k;
}

/** The base form of an -s form: "pitches" -> "pitch", "sidelines" -> "sideline", "carries" -> "carry". */
function stemOf(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
