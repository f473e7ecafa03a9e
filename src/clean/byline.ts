import type { Repair } from './edits.js';
import { wordLevel } from './dictionary.js';
import { lexicon } from '../core/resources.js';
import { squeeze, type Line } from './lines.js';
import { defaultNameLists, NAME_LISTS } from '../nlp/name-lists.js';
import { countryIndex } from '../nlp/geo/countries.js';
import { placeKey } from '../nlp/geo/place-key.js';

/** The name lists' bit for first names. */
const FIRST_NAME = 1 << NAME_LISTS.indexOf('names-first');

/**
 * A byline glued to the first sentence ("By Staff ReporterA car bomb exploded"): "By" and one to
 * four capitalised words, the last of which runs into the capitalised first word of the
 * sentence. The byline goes (the edit log keeps it); the sentence stays. The split must leave a
 * word that can open a sentence ("A", "The", "Police"...), so a name like "McDonald" is not cut.
 */
const BYLINE = /^(By (?:[A-Z][\p{L}'’-]* ){0,3})([A-Z][a-z]+)([A-Z][a-z]*)(?= )/u;

/**
 * A wire dateline glued to the first sentence ("ANKARA (Reuters) -The", "LONDON —The"): the
 * missing space goes back in.
 */
const DATELINE = /^([A-Z][A-Z.']{2,}(?: [A-Z][A-Z.']{2,}){0,2}(?:, [A-Z][a-z]+){0,2}(?: \([A-Za-z. ]{1,30}\))? ?[-–—:])([A-Z][a-z])/u;

/** How many of the text's first non-blank lines may hold a byline or dateline. */
const OPENING_LINES = 3;

/** A name in a byline: one to four capitalised words, with the particles names carry ("Abu al Hassan", "Lotte van Dijk"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:(?:al|bin|binti|da|de|del|der|di|dos|du|el|la|le|van|von) )?\p{Lu}[\p{L}'’.-]*){0,3}`;
/** A staff title after a slash ("Lin Chia-nan / Staff reporter"). */
const STAFF = String.raw`(?: ?/ ?(?:Staff|Special) (?:[Rr]eporter|[Ww]riter|[Cc]orrespondent))`;
/** An e-mail address, bracketed or not ("(dskim@example.com)"). */
const EMAIL = String.raw`\(?[\w.+-]+@[\w.-]+\)?`;
/** A date after a byline's bar or dash ("By Tico Times | Nov 3, 2026", "| 12/05/2026"): a month, a weekday or a number, and the rest short. */
const STAMP = String.raw`(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[\w ,.:/]{0,30}`;
/** The count of readers' comments after that date ("By Dana Fleming | June 16, 2026 | 0 Comments"). */
const COMMENTS = String.raw`(?: ?[|•] ?\d{1,5} [Cc]omments?)?`;
/** A label before that date ("Author: Charles Wani | Published: Wednesday, October 14, 2026"). */
const STAMP_LABEL = String.raw`(?:(?:Published|Posted|Updated)(?: on)?:? )?`;
/**
 * A date right after a byline's names, with no mark between, and its time ("By Hoang Vu October 29,
 * 2026 | 04:12 pm GMT+7").
 */
const DATED = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}(?: ?[|•,–—-]? ?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?(?: ?[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?`;
/** A day-first date after a byline's comma, with its time ("By L'Orient Today staff, 02 December 2026 10:20"). */
const DAY_FIRST = String.raw`\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}(?: \d{1,2}[:.]\d\d)?`;
/**
 * A byline on a line of its own: "By Priya Raman", "By Mette Lindqvist and Jonas Berg", "By Nadia
 * Ortiz, Ben Kessler and Hollie Dwyer, CNN", "By Kyle Brandt | Fox News", "By Sani Garba, Gusau",
 * "Our Correspondent, Chandpur", "by Olena Petrenko", "By Kim Da-sol (dskim@example.com)", "By Tico Times | Nov
 * 3, 2026", "By Marcy Holloway - The Washington Times - Wednesday, January 14, 2026", "By Hoang Vu October
 * 29, 2026 | 04:12 pm GMT+7", "By L'Orient Today staff, 02 December 2026 10:20", "Author: Olena
 * Marchuk", "Author: Charles Wani | Published: Wednesday, October 14, 2026", "BY KEISHA LAWRENCE",
 * "By Dana Fleming | June 16, 2026 | 0 Comments". Matched as written (capitals count: "By comparison, prices rose"
 * is a sentence), whole line.
 */
const BYLINE_LINE = new RegExp(
  String.raw`^(?:(?:[Bb]y|BY) ${NAME}(?: ${EMAIL})?(?:(?:, | and | & )${NAME}){0,4}(?: ?[|–—-] ?${NAME})?${STAFF}?(?: staff)?(?: ?[|•–—-] ?${STAMP_LABEL}${STAMP}${COMMENTS}| ${DATED}|, ${DAY_FIRST})?|(?:Our|From our|By our) (?:Staff |Special )?(?:Correspondent|Reporter)s?(?:, ${NAME})?|(?:Authors?:|(?:Written|Reporting|Words) by:?) ${NAME}(?:(?:, | and | & )${NAME}){0,3}(?: ?[|•–—-] ?${STAMP_LABEL}${STAMP})?)$`,
  'u',
);
/**
 * A desk or an outlet with the reporter's role, a line of its own among the opening lines: "Narayanganj
 * Correspondent", "Observer writer" (a name, then the role; the role alone is boilerplate.txt's).
 */
const ROLE_LINE = new RegExp(String.raw`^${NAME} (?:[Cc]orrespondent|[Rr]eporter|[Ww]riter)s?$`, 'u');
/**
 * A byline with no "By": the reporters' names alone ("Omar Haddad", "Fiona Lam and Kelvin Ho",
 * "Lin Chia-nan / Staff reporter"), or a desk with its address ("The Local (news@thelocal.se)").
 * A bare name needs a listed first name (see bareByline): a title-case line may be a subhead.
 */
const BARE_NAMES = new RegExp(String.raw`^${NAME}(?:(?:, | and | & )${NAME}){0,3}${STAFF}?$`, 'u');
/** The staff title that ends a bare byline, taken off before its names are read. */
const STAFF_END = new RegExp(String.raw`${STAFF}$`, 'u');
const DESK_ADDRESS = new RegExp(String.raw`^${NAME} ${EMAIL}$`, 'u');
/**
 * A site's section path: "Hong Kong / Society", "World > Asia", "Entertainment & Arts > Films", "Home » News » General News": capitalised words in two to four
 * parts parted by a slash, a bar or an arrow. (A lone section name, "Business", is one of
 * section-labels.txt: a lone capitalised word may be a venue, "Headingley".)
 */
const SECTION_PATH = /^\p{Lu}[\p{L}&]*(?: (?:&|\p{Lu}[\p{L}&]*)){0,2}(?: ?[/|>›»] ?\p{Lu}[\p{L}&]*(?: (?:&|\p{Lu}[\p{L}&]*)){0,2}){1,3}$/u;

function sectionLabel(line: string): boolean {
  if (SECTION_PATH.test(line)) return true;
  if (!/^\p{Lu}/u.test(line)) return false;
  const labels = lexicon('section-labels');
  // "Companies & Markets", "Health & Wellness": two labels joined.
  return labels.has(line.toLowerCase()) || line.toLowerCase().split(/ (?:&|and) /).every((part, _, parts) => parts.length === 2 && labels.has(part));
}

/** Longer lines are text, whatever they start with. */
const MAX_BYLINE_CHARS = 100;

/**
 * Byline lines among the text's opening lines (the title aside: `inTitle`), and section labels, a
 * line that repeats the headline's label (`titleLabel`, "Pune" of "Pune: ...") among them: page furniture, as
 * Readability takes the byline out of the content. A byline read as a sentence took a place in the
 * lead ("By Sani Garba, Gusau": the reporter's town read as where the raid was).
 */
export function bylineLines(lines: readonly Line[], inTitle: (l: Line) => boolean, furniture: ReadonlyMap<number, string> = new Map(), titleLabel?: string): number[] {
  const out: number[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length && seen < OPENING_LINES; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    // ("Sport", "Boxing", "Bookmark", a timestamp: the page's furniture above a byline takes none
    // of the opening lines a byline is looked for in, "By Gary Muir, Sports Writer" under it.)
    if (text === '' || inTitle(line) || furniture.has(i)) continue;
    const squeezed = text.replace(/\s+/g, ' ');
    // ("Pune" over a headline "Pune: Five dead as fire guts building": the page's section, which
    // the headline's label repeats; read as a line of the text it is a dateline.)
    if (text.length <= MAX_BYLINE_CHARS && (sectionLabel(squeezed) || squeezed === titleLabel)) {
      out.push(i);
      continue;
    }
    seen++;
    if (text.length > MAX_BYLINE_CHARS) continue;
    if (BYLINE_LINE.test(squeezed) || ROLE_LINE.test(squeezed) || bareByline(squeezed) || DESK_ADDRESS.test(squeezed) || countryLabel(lines, i, squeezed) || outletUnderByline(lines, i, squeezed, out)) out.push(i);
  }
  return out;
}

/**
 * "Jolene Cruz" then "Pacific Daily News": the outlet's name on the line under a byline, capitalised
 * words (at most six) ending on a newspaper's word (OUTLET_ENDS). Alone it might be a subhead.
 */
function outletUnderByline(lines: readonly Line[], i: number, line: string, bylines: readonly number[]): boolean {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) || !OUTLET_ENDS.has(words[words.length - 1]!.toLowerCase())) return false;
  let k = i - 1;
  while (k >= 0 && lines[k]!.text.trim() === '') k--;
  return k >= 0 && bylines.includes(k);
}

/**
 * "LEBANON" or "SOUTH AFRICA" over "By L'Orient Today staff, ...": a country's name in capitals on
 * the line before a byline is the page's section, not a dateline (a dateline heads the text, under
 * the byline; a capitalised town alone, "BALIKESIR", may be one and stays).
 */
function countryLabel(lines: readonly Line[], i: number, line: string): boolean {
  if (line.length > 40 || line !== line.toUpperCase() || !/^\p{Lu}[\p{Lu} ]+$/u.test(line) || !countryIndex().byKey.has(placeKey(line))) return false;
  for (let k = i + 1; k < lines.length; k++) {
    const next = squeeze(lines[k]!.text);
    if (next !== '') return BYLINE_LINE.test(next);
  }
  return false;
}

/** A word the name lists know as a first name. */
function listedFirstName(word: string): boolean {
  return (defaultNameLists().maskOf(word) & FIRST_NAME) !== 0;
}

/** Last words of a newspaper's or an agency's name ("Milwaukee Journal Sentinel", "The Seattle Times"). */
export const OUTLET_ENDS = new Set(['journal', 'sentinel', 'times', 'post', 'herald', 'news', 'tribune', 'gazette', 'chronicle', 'telegraph', 'observer', 'mail', 'express', 'standard', 'guardian', 'independent', 'press', 'record', 'star', 'globe', 'inquirer', 'examiner', 'courier', 'dispatch', 'bulletin', 'mirror', 'register', 'enquirer', 'reuters', 'bloomberg']);

/** A reporter's name run into the outlet's with no mark between: "Keisha Landry Milwaukee Journal Sentinel", at most eight capitalised words. */
function nameThenOutlet(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 3 || words.length > 8 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  return listedFirstName(words[0]!) && OUTLET_ENDS.has(words[words.length - 1]!.toLowerCase());
}

/** Names alone on a line, each opening with a listed first name ("Fiona Lam and Kelvin Ho"). */
function bareByline(line: string): boolean {
  if (nameThenOutlet(line)) return true;
  if (!BARE_NAMES.test(line)) return false;
  const names = line.replace(STAFF_END, '').split(/, | and | & /u);
  // ("Griffin Park", "Victoria Road": a place's noun ends a venue's name, not a person's.)
  const place = (w: string) => lexicon('facility-words').has(w.toLowerCase()) || lexicon('place-nouns').has(w.toLowerCase());
  const person = (n: string) => {
    const words = n.split(' ');
    return words.length > 1 && listedFirstName(words[0]!) && !place(words[words.length - 1]!);
  };
  // "Kwame Owusu-Ansah, Manso Nkwanta": one reporter, then the town filed from.
  if (names.length === 2 && line.includes(', ') && person(names[0]!)) return true;
  return names.every(person);
}

/**
 * Bylines and datelines glued to a first sentence. Only the first lines of the text, and the
 * first line of each section (`sectionStarts`: the offsets where lead and body begin), are looked at.
 */
export function bylineRepairs(lines: readonly Line[], sectionStarts: readonly number[] = []): Repair[] {
  const repairs: Repair[] = [];
  const opening = lines.filter((l) => l.text.trim() !== '').slice(0, OPENING_LINES);
  const firstOfSection = lines.filter((l) => sectionStarts.some((s) => l.start <= s && s < Math.max(l.end, l.start + 1)));
  for (const line of new Set([...opening, ...firstOfSection])) {
    const b = BYLINE.exec(line.text);
    if (b && opensSentence(b[3]!)) {
      const end = line.start + b[1]!.length + b[2]!.length;
      repairs.push({ kind: 'byline', start: line.start, end, replacement: '' });
      continue;
    }
    const d = DATELINE.exec(line.text);
    if (d) {
      const at = line.start + d[1]!.length;
      repairs.push({ kind: 'dateline', start: at, end: at, replacement: ' ' });
    }
  }
  return repairs;
}

function opensSentence(word: string): boolean {
  const w = word.toLowerCase();
  return lexicon('sentence-starters').has(w) || (wordLevel(w) ?? 99) <= 20;
}
