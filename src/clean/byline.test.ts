import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { bylineRepairs } from './byline.js';
import { splitLines } from './lines.js';

const fix = (s: string) => applyRepairs(s, bylineRepairs(splitLines(s))).text;

describe('bylineRepairs', () => {
  it('takes off a byline glued to the first sentence', () => {
    expect(fix('By Staff ReporterA car bomb exploded on Saturday.')).toBe('A car bomb exploded on Saturday.');
    expect(fix('By Jane SmithThe gunman fled.')).toBe('The gunman fled.');
  });
  it('puts a space after a dateline glued to the first sentence', () => {
    expect(fix('ANKARA (Reuters) -The gunman fled.')).toBe('ANKARA (Reuters) - The gunman fled.');
    expect(fix('LONDON —Police said.')).toBe('LONDON — Police said.');
  });
  it('leaves a byline on its own, names with inner capitals, and later lines alone', () => {
    for (const s of ['By Jane Smith\nThe gunman fled.', 'By Ronald McDonald said hello.', 'First line.\nSecond.\nThird.\nBy Staff ReporterA car.']) {
      expect(fix(s)).toBe(s);
    }
  });
});
