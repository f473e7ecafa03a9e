import type { Arg, Count, DossierEvent, Time } from '../../core/record.js';
import { isAuxiliary } from './clause-words.js';
import { lemma } from './verbs.js';

/**
 * One sentence that reads on its own: who did what (to whom), where, when, and the toll.
 * Built from the event's fields and, for its subject, the words right before the predicate in the
 * text (`ownSubject`), so every part of it has evidence in the record or its text.
 */
export function summarize(e: Omit<DossierEvent, 'summary'>, text?: string, ownSubject?: Arg): string {
  const what = e.what ? quotedAsWritten(e.what, text) : undefined;
  // The subject of the sentence "what" comes from, when it is among the who answers: the top answer
  // may come from another sentence ("Governor X told reporters"), and glued to this predicate it
  // would say what no one wrote ("Governor X exploded near the market"). `ownSubject`: a who answer
  // that names that subject's entity from elsewhere (the full name of a headline's surname), or the
  // subject's own words (see event-stage.ts). A who answer right before the predicate as written
  // comes first, then the predicate's own subject, then a who answer a few words before it ("Ad |
  // sales boost ..." is no subject).
  const near = e.what ? e.who.filter((w) => subjectOf(w, e.what!)) : [];
  const written = text !== undefined ? near.find((w) => ADJACENT.test(text.slice(w.end, e.what!.start))) : undefined;
  const adjacent = written ?? (ownSubject ? undefined : near[0]);
  const who = e.what ? adjacent ?? ownSubject : e.who[0];
  const firstWord = what !== undefined ? headWord(what) : '';
  const startsWithVerb = lemma(firstWord) !== undefined && !/ing$/i.test(firstWord);
  // With the article's text at hand, a subject that stands right before the predicate, with only
  // spaces or an adverb between, is the sentence as written ("Ukraine trims privatisation check"),
  // whatever the verb; a colon or a comma between ("Tram crash: Driver arrested") is not. The
  // entity of the predicate's own subject is so too, named as the who answer names it.
  const asWritten = who !== undefined && (who === written || who === ownSubject);
  let s: string;
  if (who && what && (startsWithVerb || asWritten) && !contains(what, who)) s = withClosingQuote(`${capital(withOpeningQuote(who, e.what!, text))}${between(who, e.what!, text)}${what}`, e.what!, text);
  else if (what) {
    s = capital(what);
    const agent = e.perpetrators[0];
    // ("12 killed as bandits attack Zamfara village" names "suspected bandits" by their head noun.)
    if (agent && !contains(what, agent) && !namesHead(what, agent)) s += ` (by ${agent.text})`;
  } else if (e.who[0]) s = capital(e.who[0].text);
  else s = 'Unclear event';
  const target = e.targets[0];
  if (target && !contains(s, target)) s += `, targeting ${target.text}`;
  const where = e.where[0];
  // An occasion that names the place says it once ("while delivering a speech at an art gallery in
  // the capital of Ankara"), not again as where.
  if (where && !contains(s, where) && !(e.when && contains(e.when.text, where))) s += `, ${placePhrase(where, text)}`;
  // The calendar date in brackets where the words leave it to be worked out ("on Saturday
  // (2016-12-17)"), not after a date the words state whole ("on 2 March 2005").
  const stated = e.when && e.when.known.year !== undefined && e.when.known.month !== undefined && e.when.known.day !== undefined;
  if (e.when && !contains(s, e.when)) s += `, ${whenPhrase(e.when)}${e.when.iso && !stated ? ` (${e.when.iso})` : ''}`;
  const toll = [count(e.casualties.killed, 'killed'), count(e.casualties.injured, 'injured')].filter(Boolean);
  const pk = e.casualties.perpetratorsKilled;
  if (pk) toll.push(count(pk, pk.min === 1 && pk.max === undefined ? 'perpetrator killed' : 'perpetrators killed'));
  if (toll.length) s += `; ${toll.join(', ')}`;
  let end = s.length;
  while (end > 0 && /[.,;:\s]/.test(s[end - 1]!)) end--;
  return `${s.slice(0, end).replace(/\s+/g, ' ')}.`;
}

/**
 * The subject as written before a predicate that closes a quotation opened right before the
 * subject ("'Debate needed' on donations cap"): with its opening mark, so the summary's is whole.
 */
function withOpeningQuote(who: Arg, what: Arg, text: string | undefined): string {
  const open = who.start - 1;
  if (text === undefined || open < 0 || !/['‘"“]/.test(text[open]!) || (open > 0 && !/\s/.test(text[open - 1]!))) return who.text;
  const close = /[\p{L}.!?]['’"”](?=\s|$)/u.exec(what.text);
  // A closing mark in the predicate, with no opening one before it there.
  return close && !/(?:^|\s)['‘"“]\S/.test(what.text.slice(0, close.index + 1)) ? text[open] + who.text : who.text;
}

/**
 * What the summary puts between subject and predicate: the words the text has there when they are
 * a few words of the same clause ("Dame Julie pops | in to | see Poppins", "Rapper films music video
 * | in | jail": glued, the summary would drop them), else a space.
 */
function between(who: Arg, what: Arg, text: string | undefined): string {
  if (text === undefined || !subjectOf(who, what)) return ' ';
  const gap = text.slice(who.end, what.start);
  return /^[\s\p{Ll}]+$/u.test(gap) && /\p{Ll}/u.test(gap) && /^\s/.test(gap) && /\s$/.test(gap) ? gap : ' ';
}

/**
 * The predicate with the quote marks the text puts right around it ("CSA 'could close'": answers
 * are stored without them, but a headline's quotation marks a claim, and the summary keeps it).
 */
function quotedAsWritten(what: Arg, text: string | undefined): string {
  if (text === undefined) return what.text;
  const open = text[what.start - 1] ?? '';
  const close = text[what.end] ?? '';
  const pair = (open === "'" && close === "'") || (open === '"' && close === '"') || (open === '‘' && close === '’') || (open === '“' && close === '”');
  return pair && (what.start < 2 || /\s/.test(text[what.start - 2]!)) ? `${open}${what.text}${close}` : what.text;
}

/**
 * A subject and predicate that leave a quotation open which the text closes right after the
 * predicate ("Economy 'stronger than | forecast'", a headline read with "forecast" as its verb):
 * with the closing mark.
 */
function withClosingQuote(s: string, what: Arg, text: string | undefined): string {
  const close = text?.[what.end];
  return close !== undefined && /['’"”]/.test(close) && leavesQuoteOpen(s) ? s + close : s;
}

/** A quotation opens in `s` (a curly opening mark, or a straight one at the start or after a space) and does not close. */
function leavesQuoteOpen(s: string): boolean {
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '‘' || c === '“' || ((c === "'" || c === '"') && (i === 0 || /\s/.test(s[i - 1]!)))) open = true;
    else if (c === '’' || c === '”' || c === "'" || c === '"') open = false;
  }
  return open;
}

/**
 * A summary that is a predicate with no subject ("Are shown in the US.", "Was the only title."): its
 * what came from a sentence whose subject is a pronoun or lies elsewhere, and alone it says nothing.
 * Read by its first word: an auxiliary, a modal or a listed verb form (so a noun headline that
 * opens with one, "Storm damage ...", counts too: the caller keeps a headline's own summary).
 */
export function isFragment(summary: string, what: Arg): boolean {
  const first = headWord(what.text).toLowerCase();
  if (!summary.toLowerCase().startsWith(first)) return false;
  return isAuxiliary(first) || (lemma(first) !== undefined && !/ing$/.test(first));
}

/** A predicate's first word, past an opening quote mark ("'given up' his PM ambition" starts with "given"). */
function headWord(predicate: string): string {
  return predicate.replace(/^['‘’"“”]+/, '').split(/\s/, 1)[0]!;
}

/** A sentence of the text as written, white space made single, with a full stop if it has none (a headline). */
export function asWrittenSentence(text: string): string {
  const sentence = text.replace(/\s+/g, ' ').trim();
  return /[.?!]['’"”)]*$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * The when answer as the summary's adverbial: with the preposition it needs ("on Sunday", "in
 * 2005", "at 3pm", "at Saturday's Six Nations clash", "at a concert", "in the early hours of ...",
 * "while delivering a speech") and a sentence's capital taken off a common word ("Last week").
 */
export function whenPhrase(when: Time): string {
  let t = when.text;
  const k = when.known;
  if (/^(?:Last|This|Next|Earlier|Later|Early|Late|Today|Yesterday|Tonight|Tomorrow|The)\b/.test(t)) t = t.charAt(0).toLowerCase() + t.slice(1);
  const first = t.split(/\s/, 1)[0] ?? '';
  const stated = Object.keys(k).length > 0;
  if (/^(?:on|at|in|during|by|before|after|since|until)\b/i.test(t)) return t;
  // "Saturday's Six Nations clash", "last Friday's suicide bombing": an occasion.
  if (/['’]s\s/.test(t)) return `at ${t}`;
  if (/^(?:this|last|next|earlier|later|today|yesterday|tonight|tomorrow|late|early)\b/.test(t)) return t;
  if (/^the\b/.test(t)) return stated ? `in ${t}` : `at ${t}`;
  // "10.38am on Wednesday": a clock time first takes "at", whatever day follows.
  // ("about 11.40pm on Saturday", "around 10:40 p.m.": so does one told roughly.)
  if (k.hour !== undefined && /^(?:(?:about|around|approximately|roughly|shortly after|just after|just before)\s)?\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST)?(?:\s|$)/i.test(t)) return `at ${t}`;
  if (k.day !== undefined || k.weekday !== undefined) return `on ${t}`;
  if (k.hour !== undefined) return `at ${t}`;
  if (/ing$/i.test(first)) return `while ${t}`;
  if (k.year !== undefined || k.month !== undefined) return `in ${t}`;
  if (/^(?:a|an)\b/.test(t)) return `at ${t}`;
  return t;
}

/**
 * A place as a sentence writes it: a dateline's capitals ("LYON", "THE HAGUE") in title case;
 * short capitals are abbreviations and stay ("US", "UAE").
 */
export function placeName(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{4}/u.test(text)) return text;
  return text.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * A place answered without its article reads as the text has it: "in the port city of Mersin", not
 * "in port city of Mersin" (a common noun first; names need none: "in Mersin").
 */
function withArticle(place: string, where: Arg, text: string | undefined): string {
  if (text === undefined || /^the\s/i.test(place)) return place;
  const theBeforeIt = /\bthe\s$/i.test(text.slice(Math.max(0, where.start - 4), where.start));
  // "the Californian town of Santa Maria she ...": a common noun of a settlement always takes its article.
  if (theBeforeIt && (STANDS_ALONE.test(text.slice(where.end, where.end + 12)) || COMMON_NOUN_OF.test(place))) return `the ${place}`;
  return /^\p{Lu}/u.test(place) && theBefore(place, text) ? `the ${place}` : place;
}

/** A place named through a common noun: "Californian town of Santa Maria", "Sudanese region of Darfur". */
const COMMON_NOUN_OF = /\b(?:city|town|village|region|state|province|district|county|capital|port)\sof\s\p{Lu}/u;

/** The place as written goes on into a longer name or a possessive ("the London Stock Exchange", "at London's Albert Hall"). */
function modifies(where: Arg, text: string): boolean {
  // On the same line: a name that ends a headline is followed by the next section's capital.
  return /^(?:['’]s\b|[ \t]+\p{Lu})/u.test(text.slice(where.end, where.end + 4));
}

/**
 * The place as the summary's adverbial, with the preposition and article the text gives it: "at
 * Lansdowne Road" where the text has "at Lansdowne Road", "in the UK" where it writes "in the UK"
 * anywhere (a name that takes the article: "the UK", "the Netherlands"), else "in".
 */
function placePhrase(where: Arg, text: string | undefined): string {
  const place = placeName(where.text.replace(/^(?:in|at|near)\s/i, ''));
  const before = text?.slice(Math.max(0, where.start - 8), where.start) ?? '';
  const at = (/\bat\s+(?:the\s+)?$/i.test(before) && !(text !== undefined && modifies(where, text))) || /^at\s/i.test(where.text);
  const prep = at ? 'at' : 'in';
  return `${prep} ${withArticle(place, where, text)}`;
}

/** What may follow a noun phrase that ends there: punctuation, the end, or a function word ("the UK, ...", "the UK in"). */
// Not "and": "the Birmingham and Midlands Institute".
const FOLLOWS_PHRASE = String.raw`(?:[.,;:)\n]|\s+(?:in|on|at|to|for|of|is|was|has|had|will|would|said|says|as|after|before|from|with)\b|$)`;
const STANDS_ALONE = new RegExp(`^${FOLLOWS_PHRASE}`);

/** The text writes "the NAME" as a phrase of its own ("in the UK.", "the Netherlands in"), not "the NAME economy". */
function theBefore(name: string, text: string): boolean {
  const phrase = `the ${name}`;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
    if (wordStart && STANDS_ALONE.test(text.slice(at + phrase.length, at + phrase.length + 12))) return true;
  }
  return false;
}

/** Whether `who` is the subject right before the predicate `what` ("A car bomb | exploded near ..."). */
function subjectOf(who: Arg, what: Arg): boolean {
  return who.end <= what.start && what.start - who.end <= MAX_SUBJECT_GAP;
}

/** Characters between a subject and its predicate: a space, or a short adverb ("reportedly"). */
const MAX_SUBJECT_GAP = 16;
/**
 * What may stand between a subject and its predicate as written: spaces, an adverb in -ly, or the
 * opening mark of a headline's quoted claim ("Anglers 'could face prosecution'").
 */
export const ADJACENT = /^\s+(?:\p{L}+ly\s+)?['‘“"]?$/u;

function count(c: Count | null, label: string): string | null {
  if (!c) return null;
  if (c.max === 0) return `no one ${label}`;
  if (c.exact) return `${c.min} ${label}`;
  if (c.max !== undefined && c.min === 0) return `up to ${c.max} ${label}`;
  return `at least ${c.min} ${label}`;
}

const contains = (hay: string, a: Arg | string) => hay.toLowerCase().includes((typeof a === 'string' ? a : a.text).toLowerCase());
/** The phrase's last word (its head noun) stands in `hay` as a word of its own. */
const namesHead = (hay: string, a: Arg) => {
  const head = words(a.text).pop();
  return head !== undefined && head.length > 2 && words(hay).includes(head);
};
/** Lower-case words of a phrase (split on what is not a letter, digit, apostrophe or hyphen: a linear pattern). */
const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== '');
/** The first letter in capitals, past any opening quote mark ("'Fail to boost High Street'"). */
const capital = (s: string) => s.replace(/^(['‘"“]*)(\p{L})/u, (_, q: string, c: string) => q + c.toUpperCase());
