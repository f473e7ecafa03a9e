import type { TimeExpression } from '../../core/layers.js';
import type { Arg, Time } from '../../core/record.js';
import { firstEndingAfter } from '../../core/span.js';
import { clauseWords } from './clause-words.js';
import { round, type EventContext } from './context.js';
import type { Unit } from './units.js';
import { findTimes, resolve, type TimeKind } from './times-fallback.js';
import { lemma } from './verbs.js';
import { datelineAt } from './dateline.js';

/**
 * "When": the time expressions of the sentences read (the times layer when it ran, our own finder
 * otherwise), scored by position and by what they state (a date or weekday beats a bare year).
 * With no time stated, the occasion ("was delivering a speech ... when", "during the match")
 * answers, dated by the reference date with every part implied.
 */
export function whenCandidates(ctx: EventContext, eventLemmas: ReadonlySet<string> = new Set(), incident = false, what: Arg | null = null): Time[] {
  const p = ctx.params.when;
  const out: Time[] = [];
  const layer = ctx.doc.maybe('times');
  const year = storyYear(ctx, layer);
  for (const u of ctx.units) {
    const found = timesIn(ctx, layer, u.start, u.end);
    // A dateline's date ("LAGOS, Sept 8 (Reuters) -") is when the report was filed, not the event.
    const dateline = datelineAt(ctx.tokens, u.tokenStart, u.tokenEnd, u.kind !== 'title');
    const bodyFrom = dateline ? ctx.tokens[dateline.bodyStart]?.start ?? u.start : u.start;
    for (const { t, kind } of found) {
      if (t.start < bodyFrom) continue;
      // "Novelist Arthur Hailey, born on 5 April 1920, has died": a year stated more than a year
      // before the story's tells its background, not when the news happened.
      if (year !== undefined && t.known.year !== undefined && t.known.year < year - 1) continue;
      // "worst since 1981", "the first time since March": a period's start, not when the news happened.
      if (/^since\s/i.test(t.text) || /\bsince\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, t.start - 10), t.start))) continue;
      // "the largest cross-border insurance deal in East Africa this year": a period after a
      // superlative bounds the comparison, it does not date the news.
      if (SPAN_OF_TIME.test(t.text) && superlativeBefore(ctx, u.tokenStart, t.start)) continue;
      let score = ctx.weight(u) * p[kind];
      let end = t.end;
      // "Sunday's Brazilian Grand Prix", "Tuesday's election": the day names an occasion; keep it whole.
      const owned = /['’]s$/.test(t.text);
      const ownedUntil = ownedEnd(ctx, t.end, owned);
      if (owned || ownedUntil >= 0) {
        if (ownedUntil >= 0) end = ownedUntil;
        // ("topped the poll in Wednesday's general election": a vote's day is the news's own; not
        // "met on Thursday after Tuesday's election", where the vote is what came before.)
        // (A weekday's only: "a victory in last week's election paved the way for a rise" is background.)
        if (!(t.known.weekday !== undefined && votingDay(ctx, t.end, end) && /\bin\s+$/i.test(ctx.text.slice(Math.max(0, t.start - 4), t.start)))) score *= p.possessive;
      }
      // "Mr Trump, who stormed to victory on Wednesday, said ...": a relative clause dates another event.
      if (inRelativeClause(ctx.text, u.start, t.start)) score *= p.relativeClause;
      // "Minimum wage to rise to JD310 from January": a day after the article's is when a plan
      // takes effect; the news is its deciding ("on Tuesday decided to raise").
      if (afterReference(t, ctx.referenceDate)) score *= FUTURE;
      // "wins 2026 Mercury prize", "the 2016 Rio Olympics": a year before a name is part of the name.
      if (yearOfName(ctx, t)) score *= YEAR_OF_NAME;
      // "at the start of February", "by the end of the year": the part of the period is the time.
      const part = PERIOD_PART.exec(ctx.text.slice(Math.max(u.start, t.start - 40), t.start));
      const start = part ? t.start - part[1]!.length : t.start + leadingPreposition(ctx.text.slice(t.start, end));
      const time: Time = { text: ctx.text.slice(start, end), start, end, score: round(score), known: { ...t.known }, implied: { ...t.implied } };
      if (t.iso) time.iso = t.iso;
      out.push(time);
    }
  }
  // Nothing dated near the top: a full date repeated further down (tweets and updates carry one).
  if (!out.some((t) => t.score >= p.minScore)) {
    const dates = new Map<string, Time[]>();
    // Each sentence's times are found once, for both readings below.
    const further = ctx.allUnits.slice(ctx.units.length).map((u) => ({ u, times: timesIn(ctx, layer, u.start, u.end) }));
    for (const { times } of further) {
      for (const { t } of times) {
        const dated = t.known.day !== undefined && t.known.month !== undefined;
        if (!dated && (t.known.weekday === undefined || /['’]s$/.test(t.text))) continue;
        // "was born on September 30, 1997": a date further down, a year or more before the
        // article's date, tells the background, not the news.
        if (longBefore(t.iso, ctx.referenceDate)) continue;
        const key = t.iso ?? t.text;
        const start = t.start + leadingPreposition(t.text);
        const time: Time = { text: ctx.text.slice(start, t.end), start, end: t.end, score: 0, known: { ...t.known }, implied: { ...t.implied } };
        if (t.iso) time.iso = t.iso;
        dates.set(key, [...(dates.get(key) ?? []), time]);
      }
    }
    for (const list of dates.values()) out.push({ ...list[0]!, score: round(p.anywhere * Math.min(3, list.length)) });
    // "After Thursday's meeting ...": a time told beside the event's own verb or noun dates it.
    if (eventLemmas.size > 0) {
      for (const { u, times } of further) {
        if (times.length === 0 || !mentionsEvent(ctx, u, eventLemmas)) continue;
        for (const { t } of times) {
          if ((t.known.day === undefined && t.known.weekday === undefined) || longBefore(t.iso, ctx.referenceDate)) continue;
          const text = t.text.replace(/['’]s$/, '');
          const start = t.start + leadingPreposition(text);
          const time: Time = { text: ctx.text.slice(start, t.start + text.length), start, end: t.start + text.length, score: round(p.anywhere * p.eventTold), known: { ...t.known }, implied: { ...t.implied } };
          if (t.iso) time.iso = t.iso;
          out.push(time);
        }
      }
    }
  }
  if (!out.some((t) => t.score >= p.minScore)) {
    for (const u of ctx.units) {
      // An occasion dates the event where the event is told: in the headline or first sentence, or
      // beside the event's own verb ("May performed at a concert to celebrate ..." four sentences
      // into news of a tour is another occasion).
      if (u.rank > 1 && !mentionsEvent(ctx, u, eventLemmas)) continue;
      const o = occasion(ctx, u);
      if (!o) continue;
      const time: Time = { ...o, score: round(ctx.weight(u) * p.occasion), known: {}, implied: {} };
      if (ctx.referenceDate) {
        const r = resolve('today', ctx.referenceDate);
        Object.assign(time.implied, r.implied);
        if (r.iso) time.iso = r.iso;
      }
      out.push(time);
    }
  }
  return daySpecific(ctx, (incident ? inTheWhat(ctx, followUpFirst(ctx, out), what) : out).sort((a, b) => b.score - a.score || a.start - b.start));
}

/** A span the day of an event lies in: "this week", "last month", "earlier this year". */
const SPAN = /^(?:(?:earlier|later)\s+)?(?:this|last|next|past)\s+(?:week|weekend|month|year)$/i;

/**
 * "Stockholm commuter trains halted as drivers strike this week" over "The strike began at 4am on
 * Monday": the day the sentences read tell is when, more precisely than the span the headline
 * gives; it ranks just above it.
 */
function daySpecific(ctx: EventContext, list: Time[]): Time[] {
  const top = list[0];
  if (!top) return list;
  // "to raise prices by up to 18% from October" over "... from Oct 1": a month the headline gives
  // yields to a day of that month the sentences read give.
  const monthOnly = top.known.month !== undefined && top.known.day === undefined && top.known.weekday === undefined;
  if (!SPAN.test(top.text.trim()) && !monthOnly) return list;
  // (A day of the month named needs no score of its own: the month's stands for it.)
  const day = monthOnly
    ? list.find((t) => t !== top && t.known.day !== undefined && t.known.month === top.known.month && t.known.year === top.known.year)
    : list.find((t) => t !== top && t.score >= ctx.params.when.minScore && (t.known.weekday !== undefined || t.known.day !== undefined));
  if (!day) return list;
  return [{ ...day, score: round(top.score + 0.001) }, ...list.filter((t) => t !== day)];
}

/** What a year that opens a name weighs (see whenCandidates). */
const YEAR_OF_NAME = 0.3;

/** A bare year ("2026") right before a capitalised word. */
function yearOfName(ctx: EventContext, t: TimeExpression): boolean {
  if (!/^\d{4}$/.test(t.text)) return false;
  return /^ \p{Lu}/u.test(ctx.text.slice(t.end, t.end + 2));
}

/** What a time after the article's date weighs (see whenCandidates). */
const FUTURE = 0.5;

/** The time states (or implies) a day after the article's date: both known to the day. */
function afterReference(t: TimeExpression, reference: string | undefined): boolean {
  return !!reference && !!t.iso && t.iso.length >= 10 && reference.length >= 10 && t.iso.slice(0, 10) > reference.slice(0, 10);
}

/**
 * "Rescuers pulled five more bodies on Thursday from a mine where a wall collapsed on workers a
 * day earlier": in an incident, a day told inside the event's own predicate (the top "what")
 * dates the event, whatever dates the sentence's main verb.
 */
function inTheWhat(ctx: EventContext, out: Time[], what: Arg | null): Time[] {
  if (!what) return out;
  // (In a sentence of the report, the rest of the what's sentence dates it too: "The explosion tore
  // through the Zhalyn mine near the town of Shakhtinsk at 11:40 p.m. local time on Tuesday".)
  const unit = ctx.units.find((u) => u.kind !== 'title' && u.start <= what.start && what.start < u.end);
  const until = unit ? unit.end : what.end;
  // (Not a day of later news told in it: "recovered four more bodies on Saturday from ... a landslide
  // that buried 14 houses on Thursday night" dates the landslide by Thursday.)
  const inside = out.find((t) => t.start > what.start && t.start < until && (t.known.weekday !== undefined || t.known.day !== undefined || t.iso !== undefined) && !UPDATE_VERBS.has(datedVerb(ctx, t) ?? ''));
  if (!inside) return out;
  const best = Math.max(...out.map((t) => t.score));
  return inside.score >= best ? out : out.map((t) => (t === inside ? { ...t, score: round(best + 0.01) } : t));
}

/** Verbs of a story's later news about an event: the toll rising, the victims named, a report, the dead recovered. */
const UPDATE_VERBS = new Set(['rise', 'climb', 'name', 'identify', 'confirm', 'say', 'tell', 'report', 'announce', 'recover', 'retrieve']);

/**
 * The verb a time dates, as its lemma: the nearest verb before it in its sentence, else the first
 * after it before a comma ("Irish police on Monday named ..."); undefined when none is near.
 */
function datedVerb(ctx: EventContext, time: Time): string | undefined {
  const { tokens } = ctx;
  const u = ctx.units.find((x) => x.start <= time.start && time.start < x.end);
  if (!u) return undefined;
  let at = u.tokenStart;
  while (at < u.tokenEnd && tokens[at]!.end <= time.start) at++;
  const verbAt = (k: number) => (tokens[k]!.pos ?? '').startsWith('VB') ? lemma(ctx.lower[k]!) : undefined;
  for (let k = at - 1; k >= Math.max(u.tokenStart, at - 12); k--) {
    const l = verbAt(k);
    if (l && !clauseWords('auxiliary').has(ctx.lower[k]!)) return l;
  }
  for (let k = at; k < Math.min(u.tokenEnd, at + 8); k++) {
    if (tokens[k]!.start < time.end) continue;
    // "... off Madeira on Wednesday, the Judiciary Police said": after a comma the verb is another
    // clause's (here the report's), not the one the time dates.
    if (tokens[k]!.text === ',') break;
    const l = verbAt(k);
    if (l && !clauseWords('auxiliary').has(ctx.lower[k]!)) return l;
  }
  return undefined;
}

/**
 * A follow-up story ("The death toll ... rose to five on Sunday", "Rescuers recovered four more
 * bodies on Saturday from ... a landslide that buried 14 houses ... on Thursday night", "Irish police on Monday named the
 * four people killed when a minibus plunged ... on Saturday night", "... officials said Monday.
 * The fire broke out Sunday afternoon"): when the best time dates the later news and another
 * day in the sentences read dates a verb of the event itself, the event's day answers. Only
 * then: news and event most often share their day, and the report's is the event's. Only in an
 * incident: elsewhere the earlier day is most often another event's ("Clinton said on Saturday
 * ... Comey's letter on October 28").
 */
function followUpFirst(ctx: EventContext, out: Time[]): Time[] {
  const dated = out.filter((t) => t.known.weekday !== undefined || t.known.day !== undefined);
  const best = [...out].sort((a, b) => b.score - a.score || a.start - b.start)[0];
  if (!best || !dated.includes(best)) return out;
  const bestVerb = datedVerb(ctx, best);
  if (!bestVerb || !UPDATE_VERBS.has(bestVerb)) return out;
  const event = dated.find((t) => t !== best && (t.iso ?? t.text) !== (best.iso ?? best.text) && (() => {
    const v = datedVerb(ctx, t);
    return v !== undefined && !UPDATE_VERBS.has(v);
  })());
  if (!event) return out;
  return out.map((t) => (t === event ? { ...t, score: round(best.score + 0.01) } : t));
}

/**
 * The lemmas of the verbs in the event's "what" ("meet" for "meet at White House"), auxiliaries and
 * verbs of saying left out: a sentence that tells them again tells the event again.
 */
export function eventLemmas(ctx: EventContext, what: Arg | null): ReadonlySet<string> {
  const out = new Set<string>();
  if (!what) return out;
  const skip = (w: string) => clauseWords('auxiliary').has(w) || clauseWords('report').has(w) || clauseWords('modal').has(w);
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (t.start < what.start) continue;
    if (t.end > what.end) break;
    const l = lemma(ctx.lower[i]!);
    if (l && !skip(l) && !skip(ctx.lower[i]!)) out.add(l);
  }
  return out;
}

const DAY_MS = 86_400_000;
const BACKGROUND_DAYS = 365;

/**
 * The year the story is told in: the reference date's, else the year the article states most often
 * (the latest of equals). News tells the latest events; older years are background ("on 11
 * September 2001", "in 1985 Vodafone made the first call"). Undefined when neither is known.
 */
function storyYear(ctx: EventContext, layer: readonly TimeExpression[] | undefined): number | undefined {
  const reference = ctx.referenceDate ? Number(ctx.referenceDate.slice(0, 4)) : NaN;
  if (!Number.isNaN(reference)) return reference;
  const counts = new Map<number, number>();
  for (const t of layer ?? findTimes(ctx.text, 0, ctx.text.length, undefined)) if (t.known.year !== undefined) counts.set(t.known.year, (counts.get(t.known.year) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, n] of counts) if (n > bestCount || (n === bestCount && y > best!)) [best, bestCount] = [y, n];
  return best;
}

/**
 * Whether a resolved date lies `BACKGROUND_DAYS` or more before the reference date; false when
 * either is unknown. (Dates after it are kept: a publication date can be wrong, and news of a
 * scheduled event dates it ahead.)
 */
function longBefore(iso: string | undefined, reference: string | undefined): boolean {
  if (!iso || !reference) return false;
  const t = Date.parse(iso.slice(0, 10));
  const r = Date.parse(reference.slice(0, 10));
  if (Number.isNaN(t) || Number.isNaN(r)) return false;
  return t <= r - BACKGROUND_DAYS * DAY_MS;
}

/** Whether unit u holds a form of one of the event's verbs ("meeting" for "meet"). */
function mentionsEvent(ctx: EventContext, u: Unit, lemmas: ReadonlySet<string>): boolean {
  for (let i = u.tokenStart; i < u.tokenEnd; i++) if (lemmas.has(lemma(ctx.lower[i]!) ?? '')) return true;
  return false;
}

/** Length of a leading preposition and article ("on ", "in the "): the answer is the time itself. */
function leadingPreposition(text: string): number {
  const m = /^(?:(?:on|at|in|during|by|from|since|until)\s+)?(?:the\s+)?/iu.exec(text)!;
  // "the day before": keep what is left a time, not a bare word.
  return m[0].length < text.length ? m[0].length : 0;
}

/** True when `at` lies inside ", who ..." / ", which ..." not yet closed by a comma. */
function inRelativeClause(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 200), at);
  const m = /,\s+(?:who|which)\s[^,;]*$/u.exec(before);
  return m !== null;
}

/** Nouns of a vote: the day that owns one ("Tuesday's general election") is when a result's news happened. */
const VOTES = new Set(['election', 'elections', 'by-election', 'vote', 'poll', 'polls', 'referendum', 'ballot', 'primary', 'runoff', 'run-off']);

/** A noun of a vote among tokens owned by a possessive day, offsets [from, to). */
function votingDay(ctx: EventContext, from: number, to: number): boolean {
  return ctx.tokens.some((t, k) => t.start >= from && t.end <= to && VOTES.has(ctx.lower[k]!));
}

/** Words of a name a possessive day owns, and lower-case words after it (see ownedEnd). */
const MAX_OWNED_NAME = 5;
const MAX_OWNED_WORDS = 3;

/**
 * The end of what a possessive day owns, or -1: "Sunday's Brazilian Grand Prix", "Saturday's RBS 6
 * Nations opener", "Tuesday's election", "Friday's third round". A name (capitalised words and
 * numbers on one line), then lower-case words up to the last noun among them: with the tagger's POS
 * up to MAX_OWNED_WORDS ("first", "epic" alone own nothing); without it, one word as written.
 * `owned`: the time's own text ends with the "'s"; else it must follow the time.
 */
function ownedEnd(ctx: EventContext, timeEnd: number, owned: boolean): number {
  let from = timeEnd;
  if (!owned) {
    const m = /^['’]s(?=\s)/u.exec(ctx.text.slice(timeEnd, timeEnd + 3));
    if (!m) return -1;
    from += m[0].length;
  }
  const { tokens, text } = ctx;
  let k = firstEndingAfter(tokens, from);
  while (k < tokens.length && tokens[k]!.start < from) k++;
  const joined = (j: number, prevEnd: number) => /^[ \t]+$/.test(text.slice(prevEnd, tokens[j]!.start));
  let end = -1;
  let prevEnd = from;
  // A number goes on a name ("RBS 6 Nations") but starts none.
  for (let n = 0; k < tokens.length && n < MAX_OWNED_NAME && joined(k, prevEnd) && (/^\p{Lu}[\p{L}-]*$/u.test(tokens[k]!.text) || (n > 0 && /^\d+$/.test(tokens[k]!.text))); n++, k++) {
    end = prevEnd = tokens[k]!.end;
  }
  const tagged = tokens[k]?.pos !== undefined;
  const firstWord = end < 0 && k < tokens.length && joined(k, prevEnd) && /^\p{Ll}[\p{L}-]*$/u.test(tokens[k]!.text) ? tokens[k]!.end : -1;
  for (let n = 0; k < tokens.length && n < (tagged ? MAX_OWNED_WORDS : 1) && joined(k, prevEnd) && /^\p{Ll}[\p{L}-]*$/u.test(tokens[k]!.text); n++, k++) {
    const pos = tokens[k]!.pos;
    if (pos !== undefined && !/^(?:NN|JJ|CD|VBG)/.test(pos)) break;
    prevEnd = tokens[k]!.end;
    if (pos === undefined || pos.startsWith('NN')) end = prevEnd;
  }
  // No noun among them: the one word, as written ("Wednesday's friendly", "Saturday's final").
  return end >= 0 ? end : firstWord;
}

/**
 * Time expressions in [start, end): the times stage's, and our own finder's where they add a
 * longer span ("at around 11am local time on Sunday" over "11am") or one the stage missed.
 */
function timesIn(ctx: EventContext, layer: readonly TimeExpression[] | undefined, start: number, end: number): { t: TimeExpression; kind: TimeKind }[] {
  const own = findTimes(ctx.text, start, end, ctx.referenceDate).map((t) => ({ t: t as TimeExpression, kind: t.kind }));
  if (!layer) return own;
  const theirs = layer.filter((t) => t.start >= start && t.start < end);
  const out = own.map((o) => {
    // The stage's span when it holds ours and adds the clock time: "at 06:00 on Monday" (our
    // patterns read no 24-hour clock), read as our kind.
    const wider = theirs.find((t) => t.start <= o.t.start && t.end >= o.t.end && t.end - t.start > o.t.end - o.t.start && t.known.hour !== undefined && o.t.known.hour === undefined &&
      ctx.text[t.end] !== '%' && CLOCK.test(ctx.text.slice(t.start, o.t.start) + ' ' + ctx.text.slice(o.t.end, t.end)));
    if (wider) return { t: wider, kind: o.kind };
    // Keep our span, with the stage's resolution when it resolved the same words.
    const same = theirs.find((t) => t.start >= o.t.start && t.end <= o.t.end && t.iso);
    return same ? { t: { ...o.t, iso: same.iso, known: same.known, implied: same.implied }, kind: o.kind } : o;
  });
  for (const t of theirs) {
    if (!own.some((o) => t.start < o.t.end && o.t.start < t.end)) out.push({ t, kind: kindOf(t) });
  }
  return out.sort((a, b) => a.t.start - b.t.start);
}

/**
 * The part of a period before it: "(at) the start of", "(by) the end of", "the middle of" (group 1,
 * from "start"); the part of a day: "(in) the early hours of", "before dawn (on)", "late (on)"; the
 * period a company reports that the date ends: "(in) the financial year that ended on", "the six
 * months to".
 */
const PERIOD_PART = /\b(?:the\s+)?((?:start|end|beginning|middle|turn|close)\s+of\s+(?:the\s+)?|early\s+hours\s+of\s+|(?:before|after)\s+dawn\s+(?:on\s+)?|(?:late|early)\s+(?:on\s+)?|(?:financial\s+|fiscal\s+)?(?:year|quarter|half|period|six\s+months|nine\s+months|three\s+months)\s+(?:that\s+)?(?:ended|ending|to)\s+(?:on\s+)?)$/i;

/** A clock time in words a wider span adds: "06:00", "12.33", "noon", "midnight", "7 a.m." (not "0.24%", "3-8"). */
const CLOCK = /(?:\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?!\s*%)|\bnoon\b|\bmidnight\b|\b\d{1,2}\s*[ap]\.?m\b)/i;

function kindOf(t: TimeExpression): TimeKind {
  const k = t.known;
  if (k.day !== undefined && k.month !== undefined) return 'date';
  if (k.weekday !== undefined) return 'weekday';
  if (k.hour !== undefined) return 'clock';
  if (k.year !== undefined) return 'year';
  return t.iso ? 'relative' : 'vague';
}

// "was delivering a speech at an art gallery ... when", "during a visit to ...": read over tokens.
const OCCASION_VERBS = new Set(['attending', 'delivering', 'giving', 'making', 'visiting', 'watching', 'holding', 'hosting', 'leading', 'opening', 'speaking', 'addressing', 'celebrating']);
const OCCASION_NOUNS = new Set(['speech', 'visit', 'ceremony', 'meeting', 'rally', 'match', 'game', 'concert', 'festival', 'opening', 'funeral', 'wedding', 'parade', 'conference', 'summit', 'exhibition']);
const CLAUSE_END = new Set(['.', ';', '!', '?', ',']);

function occasion(ctx: EventContext, u: Unit): { text: string; start: number; end: number } | null {
  const { tokens, lower } = ctx;
  for (let i = u.tokenStart; i < u.tokenEnd - 2; i++) {
    const w = lower[i]!;
    if ((w === 'was' || w === 'were') && OCCASION_VERBS.has(lower[i + 1]!)) {
      // The occasion runs up to the "when" or "as" of the event it frames.
      for (let k = i + 2; k < Math.min(u.tokenEnd, i + 18); k++) {
        if (lower[k] === '.' || lower[k] === ';' || lower[k] === '!' || lower[k] === '?') break;
        if ((lower[k] === 'when' || lower[k] === 'as') && k > i + 2) return ctx.span(tokens[i + 1]!.start, tokens[k - 1]!.end);
      }
    }
    // The noun in lower case: "at the Game Developers Conference" names no occasion of this list.
    if ((w === 'during' || w === 'at') && (lower[i + 1] === 'a' || lower[i + 1] === 'an' || lower[i + 1] === 'the') && OCCASION_NOUNS.has(lower[i + 2]!) && tokens[i + 2]!.text === lower[i + 2]) {
      let e = i + 3;
      if (['of', 'at', 'in', 'for'].includes(lower[e] ?? '')) {
        let k = e + 1;
        // Up to the clause's end, or its verb: "at a summit in Lisbon pledged ..." ends at Lisbon.
        while (k < Math.min(u.tokenEnd, e + 7) && !CLAUSE_END.has(lower[k]!) && lower[k] !== 'when' && lower[k] !== 'as' && !tokens[k]!.pos?.startsWith('VB')) k++;
        e = k;
      }
      return ctx.span(tokens[i + 1]!.start, tokens[e - 1]!.end);
    }
  }
  return null;
}

/** A period as a whole ("this year", "last decade", "this season"), which a superlative may bound. */
const SPAN_OF_TIME = /^(?:in\s+)?(?:this|last|the\s+past)\s+(?:year|decade|century|season|month)$/i;

/** How many words before a period its superlative may stand ("the biggest one-day fall in a decade"). */
const SUPERLATIVE_REACH = 10;

/** A superlative ("largest", "most", "worst"; tagged JJS or RBS) among the few words before `offset`, in the unit from token `from`. */
function superlativeBefore(ctx: EventContext, from: number, offset: number): boolean {
  let k = from;
  while (k < ctx.tokens.length && ctx.tokens[k]!.end <= offset) k++;
  for (let b = k - 1; b >= Math.max(from, k - SUPERLATIVE_REACH); b--) {
    const t = ctx.tokens[b]!;
    if (/^[.;!?]$/.test(t.text)) return false;
    if (t.pos === 'JJS' || t.pos === 'RBS' || SUPERLATIVES.has(ctx.lower[b]!)) return true;
  }
  return false;
}

const SUPERLATIVES = new Set(['largest', 'biggest', 'highest', 'lowest', 'worst', 'best', 'most', 'least', 'deadliest', 'fastest', 'strongest', 'weakest']);
