import type { Document } from '../../core/document.js';
import type { Mention, Token } from '../../core/layers.js';
import type { Arg, Entity, EntityType } from '../../core/record.js';
import { nameVerbInHeadline } from './name-verb.js';
import { readClause, type Clause } from './clause.js';
import type { EventParams } from './params.js';
import { readingUnits, type Unit } from './units.js';
import { reportedClause } from './reported-clause.js';
import { lowerTokens } from '../../core/lower-tokens.js';
import { sceneLede } from './scene.js';

/** What a feature's scene before its news weighs beside the sentence it would have been (see scene.ts). */
const SCENE_WEIGHT = 0.4;

/** What every 5W1H reader shares for one document: the units read, their clauses, the entity index. */
export interface EventContext {
  readonly doc: Document;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Each token's text in lower case, computed once. */
  readonly lower: readonly string[];
  /** Every non-caption sentence, in order. */
  readonly allUnits: readonly Unit[];
  /** The first `params.window` of them, where the main event is stated. */
  readonly units: readonly Unit[];
  readonly clauses: readonly Clause[];
  readonly params: EventParams;
  readonly referenceDate?: string;
  /** The ranks of a feature's scene before its news (scene.ts): empty when the report opens with its news. */
  readonly scene: ReadonlySet<number>;
  /** Position weight of a unit: its section's weight, decaying with rank (a scene's, less). */
  weight(u: Unit): number;
  /** The entity (after coreference) or mention (after NER) covering a span, when those layers ran. */
  entityAt(start: number, end: number): Entity | undefined;
  mentionTypeAt(start: number, end: number): EntityType | undefined;
  span(start: number, end: number): { text: string; start: number; end: number };
  /** True inside quoted speech (the quotes layer when it ran, curly or straight double quotes otherwise). */
  inQuote(offset: number): boolean;
}

/** How a report's sentence is read into a clause: its predicate stops at its first phrase. */
export function sentenceReading(params: EventParams): { maxWhat: number; maxStops: number } {
  return { maxWhat: params.what.maxTokens, maxStops: params.what.maxStops };
}

/**
 * How a headline is read: its predicate reads on through its phrases ("blames FBI chief James Comey
 * for election defeat", "buys stake in Sina"), by the verb word list.
 */
export function headlineReading(params: EventParams): { maxWhat: number; maxStops: number; title: true } {
  return { maxWhat: params.what.titleMaxTokens, maxStops: params.what.titleMaxStops, title: true };
}

export function eventContext(doc: Document, params: EventParams, referenceDate?: string): EventContext {
  const tokens = doc.get('tokens');
  const allUnits = readingUnits(doc);
  const units = allUnits.slice(0, params.window);
  const lower = lowerTokens(tokens);
  const times = doc.maybe('times') ?? [];
  const sentenceOpts = sentenceReading(params);
  const mentions: readonly Mention[] = doc.maybe('mentions') ?? [];
  const clauses = units.map((u) => {
    if (u.kind === 'title') {
      const c = readClause(tokens, u.tokenStart, u.tokenEnd, headlineReading(params));
      const v = c.verb ? -1 : nameVerbInHeadline(tokens, u.tokenStart, u.tokenEnd, mentions);
      return v < 0 ? c : readClause(tokens, u.tokenStart, u.tokenEnd, { ...headlineReading(params), verbAt: v });
    }
    const c = readClause(tokens, u.tokenStart, u.tokenEnd, sentenceOpts);
    // "Police in Lima say a bus plunged ...": what the informant passes on is the sentence's news.
    return reportedClause(tokens, lower, c, u.tokenEnd, times, sentenceOpts) ?? c;
  });
  const entitySpans: { start: number; end: number; entity: Entity }[] = [];
  for (const e of doc.maybe('entities') ?? []) for (const m of e.mentions) entitySpans.push({ start: m.start, end: m.end, entity: e });
  const overlap = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;
  const scene = new Set(sceneLede(units, tokens, lower, times).map((k) => units[k]!.rank));
  // Only direct quotes are someone's words; reported speech ("officials said a bomb exploded in X") states the facts.
  const quoted: { start: number; end: number }[] = doc.maybe('quotes')?.filter((q) => q.kind === 'direct').map((q) => ({ start: q.start, end: q.end })) ?? quoteSpans(doc.text);
  return {
    doc,
    text: doc.text,
    tokens,
    lower,
    allUnits,
    units,
    clauses,
    params,
    referenceDate,
    scene,
    weight: (u) => params.section[u.kind] * params.decay ** u.rank * (scene.has(u.rank) ? SCENE_WEIGHT : 1),
    entityAt: (s, e) => entitySpans.find((x) => overlap(x, s, e))?.entity,
    mentionTypeAt: (s, e) => mentions.find((m) => overlap(m, s, e))?.type ?? entitySpans.find((x) => overlap(x, s, e))?.entity.type,
    span: (start, end) => ({ text: doc.text.slice(start, end), start, end }),
    inQuote: (o) => quoted.some((q) => o >= q.start && o < q.end),
  };
}

/** Spans between paired double quotes on one line; linear. */
function quoteSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /“[^“”\n]{1,400}”|"[^"\n]{1,400}"/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Collects candidate Args; the same words found twice keep the best score plus a little for each repeat. */
export class Ranked {
  private readonly byKey = new Map<string, Arg & { hits: number }>();
  constructor(private readonly repeatBonus = 0.05) {}

  add(a: Arg): void {
    if (!a.text.trim()) return;
    const key = a.text.toLowerCase();
    if (!key) return;
    const prev = this.byKey.get(key);
    if (!prev) this.byKey.set(key, { ...a, hits: 1 });
    else {
      prev.hits++;
      if (a.score > prev.score) Object.assign(prev, { ...a, hits: prev.hits });
    }
  }

  list(): Arg[] {
    return [...this.byKey.values()]
      .map(({ hits, ...a }) => ({ ...a, score: round(a.score + this.repeatBonus * (hits - 1)) }))
      .sort((x, y) => y.score - x.score || x.start - y.start);
  }
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Whether a time expression (the times layer) starts at `offset`. */
export function timeStartsAt(ctx: EventContext, offset: number): boolean {
  return (ctx.doc.maybe('times') ?? []).some((t) => t.start === offset);
}

/**
 * An Arg over text[start, end), trimmed of spaces and stray punctuation at either end; a quotation
 * the answer opens or closes keeps its other mark ("decries 'career sexism'", not "decries 'career
 * sexism").
 */
export function makeArg(text: string, start: number, end: number, score: number, entityId?: string): Arg {
  while (start < end && /[\s,;:.“”"‘’'(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:“”"‘’'(]/.test(text[end - 1]!)) end--;
  ({ start, end } = balanceQuotes(text, start, end));
  const a: Arg = { text: text.slice(start, end), start, end, score: round(score) };
  if (entityId) a.entityId = entityId;
  return a;
}

const QUOTE_MARK = /[‘’“”"']/u;
/** A quote mark that opens a quotation: at a word's start. */
const OPENING = /(?:^|[\s(])([‘“"'])(?=[\p{L}\p{N}])/gu;
/** One that closes it: at a word's end (a straight apostrophe after s may be a plural's possessive). */
const CLOSING = /[\p{L}\p{N}.!?]([’”"'])(?=$|[\s,.;:!?)])/gu;

/**
 * Takes in the mark just outside an answer whose quotation it opens or closes inside: the span
 * stays the text's own words, only one character longer.
 */
export function balanceQuotes(text: string, start: number, end: number): { start: number; end: number } {
  const inner = text.slice(start, end);
  if (!QUOTE_MARK.test(inner)) return { start, end };
  const opens = inner.match(OPENING)?.length ?? 0;
  const closes = inner.match(CLOSING)?.length ?? 0;
  if (opens > closes && /^[’”"']/.test(text.slice(end, end + 1))) return { start, end: end + 1 };
  if (closes > opens && start > 0 && /[‘“"']/.test(text[start - 1]!) && (start === 1 || /[\s(]/.test(text[start - 2]!))) return { start: start - 1, end };
  return { start, end };
}
