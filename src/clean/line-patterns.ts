import { lexiconLines } from '../core/resources.js';
import { DossierError } from '../core/errors.js';

const cache = new Map<string, RegExp>();

/**
 * The regular expressions of a pattern list (resources/lexicon/NAME.txt) joined into one,
 * case-insensitive: `whole` anchors it to a whole line, else to the start. Built once.
 * Lines are single lines (no newline), so a pattern ending in `.*` matches a whole line exactly
 * when its prefix matches the line's start: it is joined without the `.*` and the end anchor, which
 * would only make the engine rescan the line's tail once for every way the prefix can match.
 */
export function linePattern(name: string, whole: boolean): RegExp {
  const key = `${name}:${whole}`;
  let re = cache.get(key);
  if (!re) {
    const patterns = lexiconLines(name);
    const alternatives = patterns.map((p) => {
      if (!whole) return `(?:${p})`;
      return p.endsWith('.*') && !p.endsWith('\\.*') && !hasTopLevelBar(p) ? `(?:${p.slice(0, -2)})` : `(?:${p})$`;
    });
    try {
      re = new RegExp(`^(?:${alternatives.join('|')})`, 'i');
    } catch {
      throw invalidPattern(name, patterns);
    }
    cache.set(key, re);
  }
  return re;
}

/** Names the first pattern of the list that is not a valid regular expression (only called on failure). */
function invalidPattern(name: string, patterns: readonly string[]): DossierError {
  for (const [i, p] of patterns.entries()) {
    try {
      new RegExp(`^(?:${p})$`, 'u');
    } catch (err) {
      return new DossierError('DATA_MISSING', `resources/lexicon/${name}.txt: pattern ${i + 1} is not a valid regular expression (${(err as Error).message})`);
    }
  }
  return new DossierError('DATA_MISSING', `resources/lexicon/${name}.txt: the patterns do not join into one valid regular expression`);
}

/** Whether `|` splits the pattern at its top level ("a|b.*"), where dropping a final `.*` would change it. */
function hasTopLevelBar(p: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
