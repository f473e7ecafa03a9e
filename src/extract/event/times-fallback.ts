import type { TimeExpression } from '../../core/layers.js';

/**
 * Date and time expressions in a stretch of text, for when the times stage has not run:
 * "Sunday morning", "Nov. 10", "November 8, 2016", "6.10am on Wednesday", "today", "late Thursday".
 * Adjacent pieces ("11am local time on Sunday") are joined. Each resolves against the reference
 * date with stated (known) and inferred (implied) parts kept apart. Every pattern is linear.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
// A whole word (not the "Mar" of "Lap 14 Marcus"); a full stop only after an abbreviation ("Nov."), so
// a sentence's full stop after "27 January." stays out of the time.
const MONTH = String.raw`(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\p{L})|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?!\p{L})\.?)`;
const PART = '(?:morning|afternoon|evening|night)';
/** "in the early hours of Wednesday", "the small hours of yesterday": part of the time, as coders mark it. */
const SMALL_HOURS = String.raw`(?:in\s)?the\s(?:early|small|wee)\shours\sof\s`;

const PATTERN = new RegExp(
  [
    String.raw`(?<md>\b${MONTH}\s\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s(?:19|20)\d{2}\b)?)`,
    String.raw`(?<dm>\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}(?:,?\s(?:19|20)\d{2}\b)?)`,
    String.raw`(?<wd>\b(?:${SMALL_HOURS}|(?:[Ll]ate|[Ee]arly|[Ll]ast|[Tt]his|[Oo]n)\s)?${WEEKDAY}(?:['’]s)?(?:\s${PART})?\b)`,
    String.raw`(?<rel>\b(?:${SMALL_HOURS}(?:today|yesterday)|[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\s(?:morning|afternoon|evening|week)|[Ll]ast\s(?:night|week|month)|[Ee]arlier\s(?:today|this\sweek))\b)`,
    String.raw`(?<clock>\b(?:(?:at\s)?(?:around\s|about\s)?)\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?:\s(?:local\stime|GMT|BST|EST|ET))?)`,
    String.raw`(?<year>\b(?:19|20)\d{2}\b)`,
  ].join('|'),
  'gu',
);

/** `vague`: a time the times stage found that states no calendar part ("two days before"). */
export type TimeKind = 'date' | 'weekday' | 'relative' | 'clock' | 'year' | 'vague';

export interface FoundTime extends TimeExpression {
  readonly kind: TimeKind;
}

const RANK: Record<TimeKind, number> = { date: 4, weekday: 3, relative: 3, clock: 2, year: 1, vague: 0 };

export function findTimes(text: string, from: number, to: number, referenceDate?: string): FoundTime[] {
  const slice = text.slice(from, to);
  const raw: { start: number; end: number; kind: TimeKind; groups: Record<string, string | undefined> }[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(slice)) !== null) {
    const g = m.groups ?? {};
    const kind: TimeKind = g.md || g.dm ? 'date' : g.wd ? 'weekday' : g.rel ? 'relative' : g.clock ? 'clock' : 'year';
    raw.push({ start: from + m.index, end: from + m.index + m[0].length, kind, groups: g });
  }
  // Join neighbours: "6.10am on Wednesday", "Saturday, November 12", "12:47 a.m. Thursday".
  const merged: { start: number; end: number; kinds: TimeKind[] }[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    const gap = last ? text.slice(last.end, r.start) : '';
    if (last && /^[\s,]*(?:on\s|at\s)?$/.test(gap)) {
      last.end = r.end;
      last.kinds.push(r.kind);
    } else if (last && /^\s?\($/.test(gap) && text[r.end] === ')') {
      // "on Saturday (July 18)": the date in brackets restates the day; one time, brackets and all.
      last.end = r.end + 1;
      last.kinds.push(r.kind);
    } else merged.push({ start: r.start, end: r.end, kinds: [r.kind] });
  }
  return merged.map((x) => {
    const kind = x.kinds.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
    const span = text.slice(x.start, x.end);
    return { text: span, start: x.start, end: x.end, kind, ...resolve(span, referenceDate) };
  });
}

type Parts = Record<string, number>;

/** Stated parts of an expression, and the date it points at given the reference date. */
export function resolve(span: string, referenceDate?: string): { iso?: string; known: Parts; implied: Parts } {
  const known: Parts = {};
  const implied: Parts = {};
  const month = new RegExp(`${MONTH}`, 'u').exec(span);
  const year = /\b((?:19|20)\d{2})\b/.exec(span);
  const dayAfterMonth = month ? /^\s(\d{1,2})(?:st|nd|rd|th)?\b/.exec(span.slice(month.index + month[0].length).replace(/^\./, '')) : null;
  const dayBeforeMonth = month ? /\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?$/.exec(span.slice(0, month.index)) : null;
  if (year) known.year = +year[1]!;
  if (month) known.month = MONTHS.indexOf(month[0].slice(0, 3).toLowerCase()) + 1;
  const day = dayAfterMonth?.[1] ?? dayBeforeMonth?.[1];
  if (month && day) known.day = +day;
  const wd = WEEKDAYS.findIndex((w) => span.includes(w));
  if (wd >= 0) known.weekday = wd;
  const clock = /\b(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)/.exec(span);
  if (clock) {
    let h = +clock[1]! % 12;
    if (clock[3]!.startsWith('p')) h += 12;
    known.hour = h;
    known.minute = clock[2] ? +clock[2] : 0;
  }
  const ref = referenceDate ? parseIso(referenceDate) : undefined;
  let date: Date | undefined;
  if (known.month && known.day) {
    let y = known.year;
    if (y === undefined && ref) {
      y = ref.getUTCFullYear();
      // A date well after the reference date belongs to the year before ("Dec 30" read in January).
      if (Date.UTC(y, known.month - 1, known.day) - ref.getTime() > 60 * 86400e3) y--;
      implied.year = y;
    }
    if (y !== undefined) date = new Date(Date.UTC(y, known.month - 1, known.day));
  } else if (ref && known.year === undefined && !known.month) {
    const lower = span.toLowerCase();
    let offset = 0;
    if (known.weekday !== undefined) {
      // News reports the past: the latest such weekday on or before the reference date.
      offset = -((ref.getUTCDay() - known.weekday + 7) % 7);
      if (/\bnext\b/.test(lower)) offset += 7;
    } else if (/yesterday|last night/.test(lower)) offset = -1;
    else if (/last week/.test(lower)) offset = -7;
    if (known.weekday !== undefined || /today|tonight|this |yesterday|last night|earlier/.test(lower) || known.hour !== undefined) {
      date = new Date(ref.getTime() + offset * 86400e3);
      implied.year = date.getUTCFullYear();
      implied.month = date.getUTCMonth() + 1;
      implied.day = date.getUTCDate();
    }
  }
  const iso = date ? date.toISOString().slice(0, 10) : undefined;
  return iso ? { iso, known, implied } : { known, implied };
}

function parseIso(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
}
