import type { Token } from '../../core/layers.js';
import { lexicon } from '../../core/resources.js';
import { placeCandidates } from '../../nlp/geo/gazetteer.js';

/**
 * A wire dateline opening a sentence: "LONDON --", "Photo LONDON —", "ANKARA (Reuters) -",
 * "LYON, France (Reuters) -", "LAGOS, Sept 8 (Reuters) -", "THE HAGUE -", "La Paz (AFP) -",
 * "Buenos Aires, Argentina (CNN) —", "ASTANA, April 15. /TASS/.", "Nov. 5 (UPI) --", "Puerto Plata.-",
 * "DILI, 30 june 2026 (TATOLI) –", "Pyongyang, July 8 (KCNA) --". It tells where the reporter files from, and it is not
 * part of the sentence's subject ("MOGADISHU - A car packed with explosives blew up").
 */
export interface Dateline {
  /** Tokens of the place in capitals (in title case before an agency) [placeStart, placeEnd); empty when the dateline gives only a date ("Nov. 5 (UPI) --"). */
  readonly placeStart: number;
  readonly placeEnd: number;
  /** The first token after the dash. */
  readonly bodyStart: number;
}

const CAPS = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u;
const DASH = /^(?:--|—|–|-)$/;
/**
 * News agencies, named in a title-case dateline's brackets: only these, since a name in title case
 * with its acronym in brackets opens sentences too ("British Music Rights (BMR) - which was formed").
 */
export const AGENCY = /^(?:AFP|AP|Reuters|CNN|Xinhua|dpa|DPA|Anadolu|AA|Bernama|Kyodo|Yonhap|Interfax|EFE|ANSA|PTI|IANS|UPI|TASS|RIA|CNA|KUNA|WAFA|SPA|APA|KCNA|TAP|MAP|APS|MENA|IRNA|Lusa|BTA|MTI|CTK|PAP|Antara|ANI|BSS|APP|Saba|Petra|QNA|WAM|BNA|ONA|NNA)$/;
/** Small words inside a place's name: "Port of Spain", "Rio de Janeiro". */
const PLACE_JOINERS = new Set(['of', 'de', 'del', 'da', 'do', 'la', 'el', 'es', 'al']);
/** A month as a dateline writes it: "Nov.", "Sept.", "March". */
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/;
/** Tokens a dateline's region and date may take after the town's comma (", Cayo District, Thurs. June 18, 2026"). */
const PLACE_AND_DATE = 10;
/** A day or a year of a dateline's date, or the comma between them ("Nov. 12, 2026"). */
const DATE_PART = /^(?:\d{1,4}|,)$/;

/** Tokens [s, e) hold a word of a page's label ("BREAKING", "READ MORE"; dateline-labels.txt). */
function labelled(tokens: readonly Token[], s: number, e: number): boolean {
  const labels = lexicon('dateline-labels');
  return tokens.slice(s, e).some((t) => labels.has(t.text.toLowerCase()));
}

/** Tokens [s, e) name a town, a region or a country the gazetteer knows, and no page label. */
function knownPlace(tokens: readonly Token[], s: number, e: number): boolean {
  return !labelled(tokens, s, e) && placeCandidates(tokens.slice(s, e).map((t) => t.text).join(' '), 1).length > 0;
}

/**
 * `colon`: the sentence is in the body, where South and South-East Asian papers write the dateline
 * with a colon ("KARACHI: The provincial government ...", "TANJUNG MALIM: GMR has retained ...").
 * Not in a title, where a colon follows a speaker or a label ("WHO: Ebola outbreak over"), and never
 * after a label the page prints in capitals ("BREAKING:", "READ MORE:"; dateline-labels.txt).
 */
export function datelineAt(tokens: readonly Token[], from: number, to: number, colon = false): Dateline | null {
  let s = from;
  if (tokens[s]?.text === 'Photo') s++;
  let e = s;
  while (e < Math.min(to, s + 4) && CAPS.test(tokens[e]!.text)) e++;
  // UPI gives only the date, "Nov. 5 (UPI) --": a month, a day, the agency in brackets and a dash (no place).
  if (e === s && MONTH.test(tokens[s]?.text ?? '') && /^\d{1,2}$/.test(tokens[s + 1]?.text ?? '') && tokens[s + 2]?.text === '(' && AGENCY.test(tokens[s + 3]?.text ?? '') && tokens[s + 4]?.text === ')' && DASH.test(tokens[s + 5]?.text ?? '')) {
    return { placeStart: s, placeEnd: s, bodyStart: s + 6 };
  }
  // AFP writes the place in title case, "La Paz (AFP) -": then the agency in brackets must follow.
  if (e === s) {
    while (e < Math.min(to, s + 3) && (CAPITALISED.test(tokens[e]!.text) || (e > s && PLACE_JOINERS.has(tokens[e]!.text)))) e++;
    if (e === s) return null;
    // "Dubai: Two workers were killed ...", "Patna: At least 11 people ...": Gulf and Indian papers
    // write it in title case with a colon; a place the gazetteer knows, not a speaker ("Smith: I
    // think ...") nor a label ("Update: ...").
    if (colon && tokens[e]?.text === ':' && e + 1 < to && /^[\p{Lu}"“‘']/u.test(tokens[e + 1]!.text) && knownPlace(tokens, s, e)) return { placeStart: s, placeEnd: e, bodyStart: e + 1 };
    // "Puerto Plata.- Three people drowned ...": Dominican and other Latin American papers end it with ".-".
    if (spanishDash(tokens, e, to) && knownPlace(tokens, s, e)) return { placeStart: s, placeEnd: e, bodyStart: e + 2 };
    // "Ulaanbaatar, October 6, 2026 /MONTSAME/.": the outlet in capitals between slashes, after the date.
    const slashed = slashedOutletAfter(tokens, e, to);
    if (slashed > 0) return { placeStart: s, placeEnd: e, bodyStart: slashed };
    // "Buenos Aires, Argentina (CNN) —": the country or state may follow the town; "Pyongyang,
    // July 8 (KCNA) --": or the filing date.
    let k = e;
    if (tokens[k]?.text === ',') {
      let c = k + 1;
      while (c < Math.min(to, k + PLACE_AND_DATE) && (CAPITALISED.test(tokens[c]!.text) || DATE_PART.test(tokens[c]!.text))) c++;
      if (c > k + 1 && tokens[c]?.text === '(') k = c;
    }
    if (tokens[k]?.text !== '(' || !AGENCY.test(tokens[k + 1]?.text ?? '') || tokens[k + 2]?.text !== ')' || !DASH.test(tokens[k + 3]?.text ?? '')) return null;
    return { placeStart: s, placeEnd: e, bodyStart: k + 4 };
  }
  let k = e;
  // ", France" or ", D.C.": the country or state after the town; ", Sept 8" or ", Nov. 12, 2026":
  // the filing date; both, with the weekday ("BELMOPAN, Cayo District, Thurs. June 18, 2026 –").
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    // ("DILI, 30 june 2026 (TATOLI) –": a month may be written in lower case.)
    while (c < Math.min(to, k + PLACE_AND_DATE) && (CAPITALISED.test(tokens[c]!.text) || DATE_PART.test(tokens[c]!.text) || MONTH.test(capitalise(tokens[c]!.text)))) c++;
    while (c > k + 1 && tokens[c - 1]!.text === ',') c--;
    if (c > k + 1) k = c;
  }
  // TASS: "ASTANA, April 15. /TASS/." (a sentence of its own: the body starts after it).
  if (tokens[k]?.text === '.' && tokens[k + 1]?.text === '/' && AGENCY.test(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === '/') {
    return { placeStart: s, placeEnd: e, bodyStart: Math.min(to, tokens[k + 4]?.text === '.' ? k + 5 : k + 4) };
  }
  // "(Reuters)" between the place and the dash.
  if (tokens[k]?.text === '(') {
    const open = k;
    while (k < Math.min(to, open + 6) && tokens[k]!.text !== ')') k++;
    k++;
  }
  if (k < to && DASH.test(tokens[k]!.text)) return { placeStart: s, placeEnd: e, bodyStart: k + 1 };
  if (spanishDash(tokens, k, to)) return { placeStart: s, placeEnd: e, bodyStart: k + 2 };
  const colonForm = colon && k < to - 1 && tokens[k]!.text === ':' && /^[\p{Lu}"“‘']/u.test(tokens[k + 1]!.text);
  if (!colonForm) return null;
  return labelled(tokens, s, e) ? null : { placeStart: s, placeEnd: e, bodyStart: k + 1 };
}

/** Tokens k and k + 1 are the ".-" a dateline ends with in Spanish-language papers, a capitalised word after it. */
function spanishDash(tokens: readonly Token[], k: number, to: number): boolean {
  return k + 2 < to && tokens[k]!.text === '.' && tokens[k + 1]!.text === '-' && tokens[k + 1]!.start === tokens[k]!.end && /^\p{Lu}/u.test(tokens[k + 2]!.text);
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * After a title-case place at `e`: its date (", October 6, 2026") and the outlet in capitals between
 * slashes ("/MONTSAME/.", "/TASS/."), as Mongolian and Russian agencies write a dateline: the first
 * token after it, or 0 when there is none.
 */
function slashedOutletAfter(tokens: readonly Token[], e: number, to: number): number {
  if (tokens[e]?.text !== ',') return 0;
  let k = e + 1;
  while (k < Math.min(to, e + 7) && (MONTH.test(tokens[k]!.text) || DATE_PART.test(tokens[k]!.text))) k++;
  if (k === e + 1) return 0;
  if (tokens[k]?.text === '.') k++;
  if (tokens[k]?.text !== '/' || !CAPS.test(tokens[k + 1]?.text ?? '') || tokens[k + 2]?.text !== '/') return 0;
  return Math.min(to, tokens[k + 3]?.text === '.' ? k + 4 : k + 3);
}
