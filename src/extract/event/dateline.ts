import type { Token } from '../../core/layers.js';

/**
 * A wire dateline opening a sentence: "LONDON --", "Photo LONDON —", "ANKARA (Reuters) -",
 * "LYON, France (Reuters) -", "LAGOS, Sept 8 (Reuters) -", "THE HAGUE -". It tells where the reporter files from, and it is not
 * part of the sentence's subject ("MOGADISHU - A car packed with explosives blew up").
 */
export interface Dateline {
  /** Tokens of the place in capitals [placeStart, placeEnd). */
  readonly placeStart: number;
  readonly placeEnd: number;
  /** The first token after the dash. */
  readonly bodyStart: number;
}

const CAPS = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u;
const DASH = /^(?:--|—|–|-)$/;
/** A day or a year of a dateline's date, or the comma between them ("Nov. 12, 2026"). */
const DATE_PART = /^(?:\d{1,4}|,)$/;

export function datelineAt(tokens: readonly Token[], from: number, to: number): Dateline | null {
  let s = from;
  if (tokens[s]?.text === 'Photo') s++;
  let e = s;
  while (e < Math.min(to, s + 4) && CAPS.test(tokens[e]!.text)) e++;
  if (e === s) return null;
  let k = e;
  // ", France" or ", D.C.": the country or state after the town; ", Sept 8" or ", Nov. 12, 2026":
  // the filing date.
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < Math.min(to, k + 7) && (CAPITALISED.test(tokens[c]!.text) || DATE_PART.test(tokens[c]!.text))) c++;
    while (c > k + 1 && tokens[c - 1]!.text === ',') c--;
    if (c > k + 1) k = c;
  }
  // "(Reuters)" between the place and the dash.
  if (tokens[k]?.text === '(') {
    const open = k;
    while (k < Math.min(to, open + 6) && tokens[k]!.text !== ')') k++;
    k++;
  }
  return k < to && DASH.test(tokens[k]!.text) ? { placeStart: s, placeEnd: e, bodyStart: k + 1 } : null;
}
