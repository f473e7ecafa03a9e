import type { Token } from '../core/layers.js';
import { lexicon } from '../core/resources.js';

/**
 * A tokenizer for news text, Penn-Treebank-like so that taggers trained on CoNLL see familiar tokens:
 * possessive 's and n't split off, hyphenated words and numbers kept whole, URLs and e-mail addresses
 * whole, abbreviations (Mr., U.S., Jan.) and initials keep their full stop, ellipses are one token.
 * Every token is a [start, end) span of the text; the text itself is never changed.
 */

// One alternation scanned left to right. Order matters: the longest sensible unit first.
// Each branch is linear: no nested quantifiers over overlapping classes (checked by the ReDoS test).
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"“”]+`, // URL
    String.raw`www\.[^\s<>"“”]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
    String.raw`(?:\p{L}\.){2,}`, // U.S. a.m. e.g.
    // A sum with its scale written on: £1.8bn, $168m (one token: split, a tagger read "m" as "am").
    String.raw`[$£€¥₹₦₱₩]\p{N}+(?:[.,]\p{N}+)*(?:bn|mn|tn|m|k)(?![\p{L}\p{N}])`,
    String.raw`\p{N}+(?:[.,]\p{N}+)*(?:bn|tn)(?![\p{L}\p{N}])`, // 1.8bn
    // A sum after a currency's letters, RM1.35, Rs1.5, R2,300 (not split at its point: a split full
    // stop ends the sentence or the phrase); the number must have a point or a comma ("F1", "G7" are words).
    String.raw`(?:RM|Rs|Rp|KSh|Ksh|Sh|Tk|R|K|P)\p{N}+(?:[.,]\p{N}+)+(?:bn|mn|tn|m|k)?(?![\p{L}\p{N}])`,
    String.raw`[$£€¥₹₦₱₩]?\p{N}+(?:[.,:/]\p{N}+)*(?:-[\p{L}\p{N}]+)*%?`, // 3.5  1,000  62-year-old  10:30  50%
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-‐'’&][\p{L}\p{M}\p{N}]+)*`, // words, with inner hyphens/apostrophes
    String.raw`\.{2,}|…`, // ellipsis
    String.raw`-{2,}|[—–]`, // dashes
    String.raw`[^\s\p{L}\p{N}]`, // any other single symbol
  ].join('|'),
  'gu',
);

const URL_TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '’']);

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const abbreviations = lexicon('abbreviations');
  const tokens: Token[] = [];
  const slice = offset === 0 && end === text.length ? text : text.slice(offset, end);
  TOKEN_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_PATTERN.exec(slice)) !== null) {
    let word = m[0];
    const start = m.index + offset;
    if (/^(?:https?:|www\.)/.test(word)) {
      // Sentence punctuation after a URL is not part of it (a loop: /[.,]+$/ is quadratic).
      let cut = word.length;
      while (cut > 0 && URL_TRAILING_PUNCT.has(word[cut - 1]!)) cut--;
      if (cut < word.length) {
        word = word.slice(0, cut);
        TOKEN_PATTERN.lastIndex = m.index + word.length;
      }
      tokens.push(tok(text, start, start + word.length));
      continue;
    }
    if (/^[\p{L}\p{N}]/u.test(word)) {
      pushWord(text, tokens, start, word);
      // A following full stop belongs to an abbreviation or an initial.
      const next = slice.charCodeAt(m.index + word.length);
      if (next === 46 /* . */ && tokens.length > 0) {
        const last = tokens[tokens.length - 1]!;
        const lower = last.text.toLowerCase();
        const isInitial = /^\p{Lu}$/u.test(last.text);
        const followedByDots = slice.charCodeAt(m.index + word.length + 1) === 46;
        if (!followedByDots && (isInitial || abbreviations.has(lower))) {
          tokens[tokens.length - 1] = tok(text, last.start, last.end + 1);
          TOKEN_PATTERN.lastIndex = m.index + word.length + 1;
        }
      }
      continue;
    }
    tokens.push(tok(text, start, start + word.length));
  }
  return tokens;
}

function tok(text: string, start: number, end: number): Token {
  // Every token has one shape from the start (tags undefined until a tagger sets them).
  return { start, end, text: text.slice(start, end), pos: undefined, chunk: undefined };
}

/** Splits clitics the way the Penn Treebank does: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't". */
function pushWord(text: string, tokens: Token[], start: number, word: string): void {
  const lower = word.toLowerCase();
  let cut = -1;
  if (/n['’]t$/.test(lower) && word.length > 3) cut = word.length - 3;
  else if (/['’](s|re|ve|ll|d|m)$/.test(lower) && word.length > 2) cut = lower.search(/['’](s|re|ve|ll|d|m)$/);
  if (cut > 0) {
    tokens.push(tok(text, start, start + cut));
    tokens.push(tok(text, start + cut, start + word.length));
    return;
  }
  tokens.push(tok(text, start, start + word.length));
}
