import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { whitespaceRepairs } from './whitespace.js';

const clean = (s: string) => applyRepairs(s, whitespaceRepairs(s)).text;

describe('whitespaceRepairs', () => {
  it('squeezes runs of spaces and tabs inside a line to one space', () => {
    expect(clean('The gunman  said\tit.')).toBe('The gunman said it.');
  });
  it('turns a lone no-break space into a plain one', () => {
    expect(clean('The Russian envoy\u00a0was there.')).toBe('The Russian envoy was there.');
  });
  it('drops spaces at line ends and starts, and inside brackets', () => {
    expect(clean('One. \n  Two ( center, in red tie ) here.')).toBe('One.\nTwo (center, in red tie) here.');
  });
  it('keeps at most one blank line, even one holding spaces', () => {
    expect(clean('A.\n\n\n\nB.\n \n \nC.')).toBe('A.\n\nB.\n\nC.');
  });
  it('drops zero-width characters, carriage returns and blank space at the ends', () => {
    expect(clean('\ufeff  Ank\u200bara.\r\nNext.  \n')).toBe('Ankara.\nNext.');
  });
  it('leaves clean text alone', () => {
    expect(whitespaceRepairs('Clean text.\n\nTwo paragraphs (with brackets).')).toEqual([]);
  });
});
