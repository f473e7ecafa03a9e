import type { Sentence, Token } from '../core/layers.js';
import { lexicon } from '../core/resources.js';

/**
 * Splits tokens into sentences, for news text:
 * - a line break ends a sentence (scraped news puts one paragraph, headline or caption a line),
 *   unless the line ends mid-sentence and the next starts in lowercase (hard-wrapped text);
 * - . ! ? and ellipses end one when what follows can start a sentence;
 * - closing quotes and brackets after the stop stay with the sentence they close;
 * - titles (Mr., Dr.) and initials (J.) never end one; other abbreviations (U.S., Inc., Jan.)
 *   end one only before a common sentence starter ("... in the U.S. The next day ...").
 */
const TERMINAL = new Set(['.', '!', '?', '…', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
/** Agencies a dateline names in brackets (see splitSentences). */
const DATELINE_AGENCY = /^(?:AP|CP|Reuters|AFP|UPI)$/;

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const titles = lexicon('title-abbreviations');
  const starters = lexicon('sentence-starters');
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(t.end, next.start);

    if (gap.includes('\n')) {
      const endsSentence = TERMINAL.has(t.text) || /[.!?…:"”]$/.test(t.text) || CLOSERS.has(t.text);
      const nextLower = /^\p{Ll}/u.test(next.text);
      if (endsSentence || !nextLower || gap.includes('\n\n')) close(i);
      continue;
    }

    let last = -1;
    if (TERMINAL.has(t.text) || /^\.{2,}$/.test(t.text)) {
      last = i;
    } else if (t.text.endsWith('.') && t.text.length > 1) {
      const word = t.text.slice(0, -1).toLowerCase();
      const isInitial = /^\p{Lu}\.$/u.test(t.text);
      if (isInitial || titles.has(word)) continue;
      // Ambiguous abbreviation: ends a sentence only before a typical sentence opener.
      if (!starters.has(next.text.toLowerCase()) && !OPENERS.has(next.text)) continue;
      // A dateline's agency in brackets after a state's abbreviation: "RENO, Nev. (AP) —".
      if (next.text === '(' && DATELINE_AGENCY.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === ')') continue;
      // An age in brackets after a name's initials: "sentenced R.J.L. (51) to 20 months".
      if (next.text === '(' && /^\d{1,3}$/.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === ')') continue;
      last = i;
    } else {
      continue;
    }

    // Closing quotes and brackets right after the stop belong to this sentence.
    while (last + 1 < tokens.length && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) {
      last++;
    }
    const after = tokens[last + 1];
    if (!after) break;
    if (text.slice(tokens[last]!.end, after.start).includes('\n')) {
      i = last - 1; // the line-break rule decides at `last` on the next turn
      continue;
    }
    const isEllipsis = t.text === '…' || /^\.{2,}$/.test(t.text);
    const startsSentence = /^[\p{Lu}\p{N}]/u.test(after.text) || OPENERS.has(after.text) || after.text === '—';
    if (!startsSentence || (isEllipsis && !/^\p{Lu}/u.test(after.text))) continue;
    // A lowercase word after the stop ("Why?" he asked) means the sentence goes on.
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}
