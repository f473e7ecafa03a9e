import * as chrono from 'chrono-node';
import type { Sentence, TimeExpression } from '../../core/layers.js';
import { lexicon } from '../../core/resources.js';

/** The parts of a date the record keeps (see the record's Time). */
const PARTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;
type Part = (typeof PARTS)[number];

/**
 * A cheap test for a sentence that may hold a time, so chrono (slow) runs on few sentences:
 * month and weekday names, relative day words, clock times, numeric dates.
 */
const DATE_LIKE = new RegExp(
  [
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b`,
    String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b`,
    String.raw`\b(?:today|tonight|yesterday|tomorrow|ago|noon|midnight|morning|afternoon|evening|overnight)\b`,
    String.raw`\b(?:last|next|this|past|coming|earlier|later)\s+(?:week|month|year|weekend|night|day)s?\b`,
    String.raw`\b(?:week|month|year|day)s?\s+(?:ago|before|later|earlier)\b`,
    String.raw`\d\s*(?:[ap]\.?m\b|o'clock|h\b)`,
    String.raw`\d{1,2}:\d\d`,
    String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`,
  ].join('|'),
  'i',
);

const MONTH_ONLY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WEEKDAY_FULL = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const BARE_HOUR = /^(?:at\s+)?\d{1,2}$/i;

/** Two anchors chrono resolves against when the article has no date: what moves between them, the text does not state. */
const ANCHOR_A = { y: 2001, m: 3, d: 14 };
const ANCHOR_B = { y: 2009, m: 10, d: 27 };

export function findTimes(text: string, sentences: readonly Sentence[], referenceDate: string | undefined): TimeExpression[] {
  const out: TimeExpression[] = [];
  const ref = referenceDate ? parseIso(referenceDate) : undefined;
  const main = ref ?? ANCHOR_A;
  const alt = shift(main);
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!DATE_LIKE.test(sentence)) continue;
    for (const r of chrono.parse(sentence, at(main))) {
      const start = s.start + r.index;
      const end = start + r.text.length;
      if (isFalsePositive(text, start, r.text, certain(r.start))) continue;
      const other = chrono.parse(r.text, at(alt))[0];
      const known: Record<string, number> = {};
      const implied: Record<string, number> = {};
      for (const p of PARTS) {
        const v = r.start.get(p);
        if (v === null || v === undefined) continue;
        const stated = r.start.isCertain(p) && other !== undefined && other.start.get(p) === v;
        if (stated) known[p] = v;
        else if (ref) implied[p] = v; // without a reference date, what the text leaves open stays open
      }
      const y = known.year ?? implied.year;
      const m = known.month ?? implied.month;
      const d = known.day ?? implied.day;
      const iso = y !== undefined && m !== undefined && d !== undefined ? isoDate(y, m, d) : undefined;
      out.push({ start, end, text: text.slice(start, end), ...(iso ? { iso } : {}), known, implied });
    }
  }
  return out;
}

/**
 * chrono's matches that are not times in news: a month name used as a name ("Theresa May",
 * "the March for Peace"), a weekday abbreviation that is a word ("The Sun"), a bare number read
 * as an hour ("at 5 people"), and stock phrases listed in time-false-positives.
 */
function isFalsePositive(text: string, start: number, match: string, known: Partial<Record<Part, number>>): boolean {
  const trimmed = match.trim().toLowerCase();
  if (lexicon('time-false-positives').has(trimmed)) return true;
  if (BARE_HOUR.test(trimmed)) return true;
  const core = trimmed.replace(/^(?:on|in|at|this|last|next)\s+/, '');
  if (MONTH_ONLY.test(core) && known.day === undefined && known.year === undefined) {
    const before = /([\p{L}-]+)\W*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
    if (core === trimmed && !(before && lexicon('time-lead-words').has(before))) return true;
  }
  if (known.weekday !== undefined && Object.keys(known).length === 1 && !WEEKDAY_FULL.test(core)) return true;
  return false;
}

function certain(c: chrono.ParsedComponents): Partial<Record<Part, number>> {
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

/** Another day, year, month and weekday apart from `d`, so every part that depends on the anchor moves. */
function shift(d: { y: number; m: number; d: number }): { y: number; m: number; d: number } {
  const a = d === ANCHOR_A ? ANCHOR_B : { y: d.y - 3, m: ((d.m + 4) % 12) + 1, d: d.d > 20 ? d.d - 11 : d.d + 5 };
  return a;
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
