import { describe, expect, it } from 'vitest';
import { isSlugLine } from './slug.js';
import { splitLines } from './lines.js';

const line = (text: string) => splitLines(text)[0]!;

describe('isSlugLine', () => {
  it('knows a CMS slug on a line of its own, with or without a number', () => {
    expect(isSlugLine(line('mersin-governor-speaks-to-reporters-at-the-scene3'))).toBe(true);
    expect(isSlugLine(line('  police-secure-the-harbour-road  '))).toBe(true);
  });
  it('leaves hyphenated words, sentences and mixed-case names alone', () => {
    expect(isSlugLine(line('well-known'))).toBe(false);
    expect(isSlugLine(line('a state-run news agency said'))).toBe(false);
    expect(isSlugLine(line('Jean-Pierre-Marie-Louis'))).toBe(false);
    expect(isSlugLine(line('2016-12-19-10-30'))).toBe(false);
  });
});
