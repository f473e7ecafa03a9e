import type { ParsedComponents } from 'chrono-node';
import type { Sentence, TimeExpression } from '../../core/layers.js';
import { lexicon } from '../../core/resources.js';
import { newsChrono } from './chrono-news.js';

/** The parts of a date the record keeps (see the record's Time). */
const PARTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;
type Part = (typeof PARTS)[number];

/**
 * A cheap test for a sentence that may hold a time, so chrono (slow) runs on few sentences:
 * month and weekday names, relative day words, clock times, numeric dates.
 */
const DATE_LIKE = new RegExp(
  [
    // Month and weekday names are capitalised in news; lowercase "may" is the verb.
    String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`,
    String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\b`,
    String.raw`\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|noon|midnight)\b`,
    String.raw`\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arlier|[Ll]ater)\s+(?:week|month|year|weekend|night|day|morning|afternoon|evening)s?\b`,
    String.raw`\b(?:week|month|year|day)s?\s+(?:ago|before|later|earlier)\b`,
    String.raw`\d\s*(?:[ap]\.?m\b|o'clock|GMT|BST|EST|UTC)`,
    String.raw`\d{1,2}:\d\d`,
    String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`,
  ].join('|'),
  'gu',
);

/** Characters of context chrono sees on each side of a date-like word ("on 19 December 2016 at 3 pm"). */
const WINDOW = 40;
/**
 * The longest stretch chrono is ever given. Some of chrono's own patterns backtrack polynomially on long
 * runs of spaces or digits; a bounded input keeps that harmless.
 */
export const MAX_CHRONO_INPUT = 240;

const MONTH_ONLY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WEEKDAY_FULL = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const BARE_HOUR = /^(?:at\s+)?\d{1,2}$/i;
/** "1.27", "10.30": digits with a decimal point and nothing saying time (am, pm, GMT, o'clock). */
const BARE_DOTTED = /^\d{1,2}\.\d{2}(?:\s*(?:to|and|-|–)\s*\d{1,2}\.\d{2})?$/;
const BARE_CLOCK = /^\d{1,2}:\d{2}$/;
const CLOCK_WITH_SECONDS = /^(?:in\s+)?\d{1,2}:\d{2}:\d{2}$/;
/** "for six hours", "for about two days", "for more than a week": how long, which chrono reads as a time ahead. */
const FOR_DURATION = /^for (?:about |around |nearly |almost |some |over |more than |less than |up to |at least )?(?:a|an|\d+|[a-z]+) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/;

/** What chrono resolves against when the article has no date; nothing it fills in is kept then. */
const ANCHOR = { y: 2001, m: 3, d: 14 };

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const WEEKDAY_NAME = /\b(?:mon|tue|wed|thu|fri|sat|sun)/i;
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}/;

/**
 * Whether the matched words themselves state a part. chrono counts "last week" or "this month" as
 * knowing a day or a month, but those come from the reference date: a part is stated only when the
 * match is not relative and its words carry it (a year's digits, a month's name, a day's number).
 */
function stated(part: Part, match: string, relative: boolean): boolean {
  switch (part) {
    case 'year':
      return !relative && /\b\d{4}\b|['’]\d\d\b/.test(match);
    case 'month':
      return !relative && (MONTH_NAME.test(match) || NUMERIC_DATE.test(match));
    case 'day':
      return !relative && /\d/.test(match);
    case 'weekday':
      return WEEKDAY_NAME.test(match);
    case 'hour':
    case 'minute':
      return /\d|noon|midnight/i.test(match);
  }
}

/**
 * Loads chrono and runs each of its patterns twice, so that V8 has compiled them (it interprets a
 * pattern on its first run and compiles it on the next; chrono's "N units ago", matched without
 * regard to case, takes ~70 ms to compile): ~150 ms that an article would otherwise wait for.
 */
export function warmDateParser(): void {
  const chrono = newsChrono();
  const reference = new Date(Date.UTC(ANCHOR.y, ANCHOR.m - 1, ANCHOR.d));
  for (let i = 0; i < 2; i++) chrono.parse('On Monday, 3 March 2005 at 10:30 GMT, two days ago, the 12/04 meeting was put off until next week.', reference);
}

export function findTimes(text: string, sentences: readonly Sentence[], referenceDate: string | undefined): TimeExpression[] {
  const out: TimeExpression[] = [];
  const ref = referenceDate ? parseIso(referenceDate) : undefined;
  const anchor = at(ref ?? ANCHOR);
  for (const w of windows(text, sentences)) {
    for (const r of newsChrono().parse(text.slice(w.start, w.end), anchor)) {
      const start = w.start + r.index;
      let end = start + r.text.length;
      while (end > start && /[\s,;:(]/.test(text[end - 1]!)) end--; // chrono keeps "December," with its comma
      if (isFalsePositive(text, start, r.text, certain(r.start))) continue;
      const relative = [...r.tags()].some((t) => t.startsWith('result/relative') || t.startsWith('casualReference/'));
      const known: Record<string, number> = {};
      const implied: Record<string, number> = {};
      for (const p of PARTS) {
        const v = r.start.get(p);
        if (v === null || v === undefined) continue;
        if (r.start.isCertain(p) && stated(p, r.text, relative)) known[p] = v;
        else if (ref) implied[p] = v; // without a reference date, what the text leaves open stays open
      }
      if (ref && known.weekday !== undefined && known.year === undefined && known.month === undefined && known.day === undefined && !SHIFTED.test(r.text)) {
        Object.assign(implied, weekdayDate(ref, known.weekday, FUTURE.test(clauseAt(text, sentences, start, end))));
      }
      const y = known.year ?? implied.year;
      const m = known.month ?? implied.month;
      const d = known.day ?? implied.day;
      const iso = y !== undefined && m !== undefined && d !== undefined ? isoDate(y, m, d) : undefined;
      out.push({ start, end, text: text.slice(start, end), ...(iso ? { iso } : {}), known, implied });
    }
  }
  return anchorShifts(out, sentences);
}

/** "a day earlier", "two days later", "the day before", "the next day": a shift from a day told before it. */
const SHIFT = /^(?:(a|one|two|three|four|five|six|seven|\d{1,2}) days? (earlier|before|later|after)|(?:the )?(day before|day after|previous day|next day|following day))$/i;
const SHIFT_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "Rescuers pulled five more bodies on Thursday from a mine where a wall collapsed a day earlier":
 * a shift counts from the day its sentence told before it, not from the article's date (which is
 * what chrono counts from). Only a shift after a dated time in the same sentence moves.
 */
function anchorShifts(out: TimeExpression[], sentences: readonly Sentence[]): TimeExpression[] {
  return out.map((t, k) => {
    const m = SHIFT.exec(t.text);
    if (!m) return t;
    const sentence = sentences.find((x) => x.start <= t.start && t.start < x.end);
    let anchor: TimeExpression | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const a = out[j]!;
      if (!sentence || a.start < sentence.start) break;
      if (a.iso && !SHIFT.test(a.text)) {
        anchor = a;
        break;
      }
    }
    if (!anchor?.iso) return t;
    const days = m[1] ? (SHIFT_COUNTS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const back = /earlier|before|previous/i.test(m[2] ?? m[3]!);
    const [y, mo, d] = anchor.iso.split('-').map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y, mo - 1, d) + (back ? -days : days) * DAY_MS);
    const implied = { ...t.implied, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    return { ...t, implied, iso: isoDate(implied.year, implied.month, implied.day) };
  });
}

/**
 * A bare weekday ("on Thursday", "Thursday night") names the latest such day on or before the
 * article's date when the sentence tells of what happened (news reports the past: "was arrested
 * on Thursday", four days before a Monday's article), and the next one on or after it when the
 * sentence looks ahead ("will visit on Thursday", "talks are due to resume on Wednesday"). chrono
 * takes the nearer of the two, which put a Monday article's "was arrested on Thursday" three days
 * ahead. Only the time's own clause is read ("Daeyang will invest $850m, the company announced
 * Tuesday"), and "would have" looks back. "last"/"next"/"this" before the day are read by chrono as written. ("The next day" looks
 * back from the day before it: "was arrested on Tuesday and charged the next day".)
 */
const FUTURE = /\b(?:will|won't|shall|would(?! have)|due to|set to|plans? to|planned|scheduled|expected to|is to|are to|going to|next(?!\s+(?:day|morning|afternoon|evening|night))|upcoming|later this week)\b|['’]ll\b/i;
const SHIFTED = /\b(?:last|next|this|coming|past|previous|following)\b/i;
const DAY_MS = 86_400_000;

/** The date of `weekday` (0 = Sunday) in the week up to `ref` (or from it, `ahead`). */
function weekdayDate(ref: { y: number; m: number; d: number }, weekday: number, ahead: boolean): { year: number; month: number; day: number } {
  const base = Date.UTC(ref.y, ref.m - 1, ref.d);
  const today = new Date(base).getUTCDay();
  const shift = ahead ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
  const t = new Date(base + shift * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The clause a time [start, end) stands in: its sentence (the whole text when no sentence holds
 * it), cut at the commas, semicolons and dashes around it. ("Daeyang will invest $850m, the company announced Tuesday": the announcing is past,
 * whatever the sentence's other clause plans.)
 */
function clauseAt(text: string, sentences: readonly Sentence[], start: number, end: number): string {
  const s = sentences.find((x) => x.start <= start && start < x.end);
  const sentence = s ? text.slice(s.start, s.end) : text;
  const from = s?.start ?? 0;
  const before = sentence.slice(0, start - from);
  const after = sentence.slice(end - from);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' —'), before.lastIndexOf(' –'));
  const stop = after.search(/[,;]| [—–] /);
  // "On Monday, the president will ...": a time fronted before its clause dates what follows it.
  if (cut < 0 && stop === 0) return sentence;
  // A clause that opens after the time is another's: "were left stranded on Wednesday after operators
  // withdrew their services over fines that they say will ...", "said on Wednesday that it will close".
  const clauseEnd = after.search(NEXT_CLAUSE);
  const ends = [stop, clauseEnd].filter((x) => x >= 0);
  return before.slice(cut + 1) + text.slice(start, end) + (ends.length === 0 ? after : after.slice(0, Math.min(...ends)));
}

/** Words that open another clause after a time ("on Wednesday after ...", "on Monday that ..."). */
const NEXT_CLAUSE = /\b(?:after|before|because|that|which|who|when|while|since|until|although|whereas)\b/i;

/**
 * chrono's matches that are not times in news: a month name used as a name ("Theresa May",
 * "the March for Peace"), a weekday abbreviation that is a word ("The Sun"), a bare number read
 * as an hour ("at 5 people"), and stock phrases listed in time-false-positives.
 */
function isFalsePositive(text: string, start: number, match: string, known: Partial<Record<Part, number>>): boolean {
  const trimmed = match.trim().toLowerCase();
  if (lexicon('time-false-positives').has(trimmed)) return true;
  if (BARE_HOUR.test(trimmed)) return true;
  // "fell 11,000 to 813,200": a match that starts or ends inside a longer number is a piece of it ("000 to 813").
  if (/\d[.,]?$/.test(text.slice(Math.max(0, start - 2), start)) || /^[.,]\d/.test(text.slice(start + match.trimEnd().length))) return true;
  // "from 1.27 million", "rose from 1.27 to 5.50", "a record of 14:39.29": a number with a decimal
  // point and no word of time (am, pm, GMT; "at 10.30" is a time), or a clock-like figure with
  // hundredths after it, is a quantity or a race time, not the hour.
  const bare = trimmed.replace(/^(?:from|to|between)\s+/, '');
  if (BARE_DOTTED.test(bare)) return true;
  if (BARE_CLOCK.test(bare) && /^[.,]\d/.test(text.slice(start + match.trimEnd().length))) return true;
  // "held four people hostage for about six hours": a stretch of time after "for" is how long, not when.
  if (FOR_DURATION.test(trimmed)) return true;
  // "won the marathon in 2:01:48", "third in 2:02:51": hours, minutes and seconds after "in" are
  // how long a race took ("at 05:46:23" is a time).
  if (CLOCK_WITH_SECONDS.test(bare) && (/^in\s/.test(trimmed) || /\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start)))) return true;
  const core = trimmed.replace(/^(?:on|in|at|this|last|next)\s+/, '');
  if (MONTH_ONLY.test(core) && known.day === undefined && known.year === undefined) {
    const before = lastWord(text.slice(Math.max(0, start - 20), start));
    if (core === trimmed && !(before && lexicon('time-lead-words').has(before))) return true;
  }
  if (known.weekday !== undefined && Object.keys(known).length === 1 && !WEEKDAY_FULL.test(core)) return true;
  return false;
}

/**
 * Stretches of text chrono reads: each date-like word with WINDOW characters around it, cut at word
 * boundaries and at its sentence's edges, overlapping stretches merged. chrono is the slow part of the
 * pipeline; most sentences have no date-like word, and a short stretch parses faster than a sentence.
 */
export function windows(text: string, sentences: readonly Sentence[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  DATE_LIKE.lastIndex = 0;
  let si = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_LIKE.exec(text)) !== null) {
    while (si < sentences.length && sentences[si]!.end <= m.index) si++;
    const s = sentences[si];
    if (!s || s.start > m.index) continue;
    let start = Math.max(s.start, m.index - WINDOW);
    let end = Math.min(s.end, m.index + m[0].length + WINDOW);
    const floor = Math.max(s.start, m.index - MAX_CHRONO_INPUT / 2);
    const ceil = Math.min(s.end, m.index + MAX_CHRONO_INPUT / 2);
    while (start > floor && /\S/.test(text[start - 1]!)) start--;
    while (end < ceil && /\S/.test(text[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end && Math.max(last.end, end) - last.start <= MAX_CHRONO_INPUT) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

function certain(c: ParsedComponents): Partial<Record<Part, number>> {
  const out: Partial<Record<Part, number>> = {};
  for (const p of PARTS) if (c.isCertain(p)) out[p] = c.get(p) ?? undefined;
  return out;
}

function parseIso(iso: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

/** Noon local time of a calendar day (chrono reads local time). */
function at(d: { y: number; m: number; d: number }): Date {
  return new Date(d.y, d.m - 1, d.d, 12, 0, 0);
}

/** YYYY-MM-DD of a calendar day. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last word (letters and hyphens) of a short stretch, lowercased; a loop, not /([\p{L}-]+)\W*$/u. */
function lastWord(stretch: string): string | undefined {
  let end = stretch.length;
  while (end > 0 && !/[\p{L}\p{N}_-]/u.test(stretch[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[\p{L}-]/u.test(stretch[start - 1]!)) start--;
  return start < end ? stretch.slice(start, end).toLowerCase() : undefined;
}
