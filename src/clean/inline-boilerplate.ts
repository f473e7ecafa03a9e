import { lexiconLines } from '../core/resources.js';
import { DossierError } from '../core/errors.js';
import type { Repair } from './edits.js';
import { isSpaceChar } from './lines.js';

let cached: RegExp | undefined;

/**
 * The patterns of resources/lexicon/boilerplate-inline.txt joined into one global, case-sensitive
 * expression; a space in a pattern matches any run of whitespace. Built once.
 */
function inlinePattern(): RegExp {
  if (!cached) {
    const patterns = lexiconLines('boilerplate-inline');
    const source = patterns.map((p) => `(?:${p.replace(/ /g, '\\s+')})`).join('|');
    try {
      cached = new RegExp(source, 'g');
    } catch (err) {
      throw new DossierError('DATA_MISSING', `resources/lexicon/boilerplate-inline.txt: the patterns do not make a valid regular expression (${(err as Error).message})`);
    }
  }
  return cached;
}

/**
 * Share buttons and sign-up forms glued into a line of article text ("... in Sao Paulo Click to
 * share on WhatsApp (Opens in new window) YOU get the feeling ..."): each run goes, with the
 * whitespace after it. Between two pieces of text it leaves a line break, as the page had a block
 * boundary there; at a line's edge it leaves nothing.
 */
export function inlineBoilerplateRepairs(text: string): Repair[] {
  const re = inlinePattern();
  re.lastIndex = 0;
  const repairs: Repair[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    while (start > 0 && isSpaceChar(text[start - 1]) && text[start - 1] !== '\n') start--;
    let end = m.index + m[0].length;
    // Back-to-back runs ("Click to share on WhatsApp ... Click to share on Twitter ...") become one repair.
    while (end < text.length && isSpaceChar(text[end]) && text[end] !== '\n') end++;
    const last = repairs[repairs.length - 1];
    if (last && last.end >= start) {
      repairs[repairs.length - 1] = { ...last, end };
      continue;
    }
    repairs.push({ kind: 'boilerplate', start, end, replacement: '' });
  }
  return repairs.map((r) => {
    const before = r.start > 0 && text[r.start - 1] !== '\n';
    const after = r.end < text.length && text[r.end] !== '\n';
    return before && after ? { ...r, replacement: '\n' } : r;
  });
}
