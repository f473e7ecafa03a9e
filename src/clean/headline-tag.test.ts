import { describe, expect, it } from 'vitest';
import { headlineTagRepairs, withoutHeadlineTag } from './headline-tag.js';
import { cleanText } from './clean-stage.js';

const title = (text: string, end: number) => [{ kind: 'title' as const, start: 0, end }, { kind: 'body' as const, start: end + 1, end: text.length }];

describe('headline tags', () => {
  it("takes a wire service's version tag off the headline's start, with the space after it", () => {
    expect(withoutHeadlineTag('(LEAD) S. Korea, Vietnam agree to cooperate on minerals')).toBe('S. Korea, Vietnam agree to cooperate on minerals');
    expect(withoutHeadlineTag('(2nd LD) N. Korea fires missile')).toBe('N. Korea fires missile');
    expect(withoutHeadlineTag('UPDATE 2-Oil falls as supply fears ease')).toBe('Oil falls as supply fears ease');
    expect(withoutHeadlineTag('EXCLUSIVE-Bank weighs sale of unit')).toBe('Bank weighs sale of unit');
  });

  it('leaves headlines that only look alike: a bracket of news, a hyphenated word, a tag alone', () => {
    expect(withoutHeadlineTag('(Updated) timetable for Kelton trains')).toBe('(Updated) timetable for Kelton trains');
    expect(withoutHeadlineTag('Anti-war march fills Kelton')).toBe('Anti-war march fills Kelton');
    expect(withoutHeadlineTag('Update on Kelton floods')).toBe('Update on Kelton floods');
    const text = '(LEAD)\nKelton council meets.';
    expect(headlineTagRepairs(text, title(text, 6))).toEqual([]);
  });

  it('repairs the title only, logged as a headline-tag edit', () => {
    const text = '(LEAD) Kelton and Dunmore agree on trade\nKELTON (Yonhap) -- (LEAD) Kelton and Dunmore agreed on trade on Tuesday.';
    const cleaned = cleanText(text, title(text, 40), true);
    expect(cleaned.text.startsWith('Kelton and Dunmore agree on trade\n')).toBe(true);
    expect(cleaned.text).toContain('-- (LEAD) Kelton');
    expect(cleaned.edits.filter((e) => e.kind === 'headline-tag').map((e) => e.original.text)).toEqual(['(LEAD) ']);
    expect(cleaned.sections[0]).toMatchObject({ kind: 'title', start: 0, end: 'Kelton and Dunmore agree on trade'.length });
  });
});
