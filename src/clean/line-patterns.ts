import { lexiconLines } from '../core/resources.js';
import { DossierError } from '../core/errors.js';

const cache = new Map<string, RegExp>();

/**
 * The regular expressions of a pattern list (resources/lexicon/NAME.txt) joined into one,
 * case-insensitive: `whole` anchors it to a whole line, else to the start. Built once.
 */
export function linePattern(name: string, whole: boolean): RegExp {
  const key = `${name}:${whole}`;
  let re = cache.get(key);
  if (!re) {
    const alternatives = lexiconLines(name).map((p, i) => {
      try {
        // Checked anchored, as it is used: an unanchored copy would only be a ReDoS-checker false alarm.
        new RegExp(`^(?:${p})$`, 'u');
      } catch (err) {
        throw new DossierError('DATA_MISSING', `resources/lexicon/${name}.txt: pattern ${i + 1} is not a valid regular expression (${(err as Error).message})`);
      }
      return `(?:${p})`;
    });
    re = new RegExp(whole ? `^(?:${alternatives.join('|')})$` : `^(?:${alternatives.join('|')})`, 'i');
    cache.set(key, re);
  }
  return re;
}
