import type { Document } from '../../core/document.js';
import type { Section, Sentence, Token } from '../../core/layers.js';
import type { SectionKind } from '../../core/record.js';

/**
 * The sentences the event is read from, in reading order, with where each lies: news states the
 * main event in the title and lead, so those come first. Caption sections are left out.
 */
export interface Unit {
  readonly index: number;
  /** Position among the non-caption sentences: 0 is the first. */
  readonly rank: number;
  readonly kind: Exclude<SectionKind, 'caption'>;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
}

export function sectionOf(sections: readonly Section[], offset: number): SectionKind {
  for (const s of sections) if (offset >= s.start && offset < s.end) return s.kind;
  return 'body';
}

export function readingUnits(doc: Document): Unit[] {
  const sentences: readonly Sentence[] = doc.get('sentences');
  const sections = doc.maybe('sections') ?? [];
  const units: Unit[] = [];
  for (const [index, s] of sentences.entries()) {
    if (s.tokenEnd <= s.tokenStart) continue;
    const kind = sectionOf(sections, s.start);
    if (kind === 'caption') continue;
    units.push({ index, rank: units.length, kind, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, start: s.start, end: s.end });
  }
  return units;
}

/** True when offset lies in a caption section (numbers and names there do not count). */
export function inCaption(sections: readonly Section[], start: number): boolean {
  return sectionOf(sections, start) === 'caption';
}

/** The unit ends with a question mark (closing quotes and brackets aside): it asks, it does not tell. */
export function asksQuestion(tokens: readonly Token[], u: Unit): boolean {
  let last = u.tokenEnd - 1;
  while (last > u.tokenStart && /^['’"”)]+$/.test(tokens[last]!.text)) last--;
  return tokens[last]!.text === '?';
}

export function tokenText(tokens: readonly Token[], i: number): string {
  return tokens[i]?.text ?? '';
}
