/**
 * A user's search words as an FTS5 MATCH expression that cannot be a syntax error: every word or
 * "quoted phrase" becomes a quoted FTS5 string (so punctuation is only ever text), terms are ANDed,
 * a bare OR between two terms ORs them, and a trailing * asks for a prefix. Null when no word is left.
 */
export function ftsMatch(query: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let pendingOr = false;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const phrase = m[1];
    let word = m[2];
    if (word === 'OR') {
      pendingOr = parts.length > 0;
      continue;
    }
    let prefix = false;
    // A loop, not /\*+$/: that regex is quadratic on a long run of stars.
    while (word?.endsWith('*')) {
      prefix = true;
      word = word.slice(0, -1);
    }
    // A stray quote inside a word separates, as the tokenizer would.
    const text = (phrase ?? word?.replace(/"/g, ' ') ?? '').trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const term = `"${text}"${prefix ? '*' : ''}`;
    if (pendingOr) parts.push(`OR ${term}`);
    else parts.push(term);
    pendingOr = false;
  }
  return parts.length ? parts.join(' ') : null;
}
