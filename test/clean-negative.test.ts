import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../src/clean/clean-stage.js';

const cases = readFileSync(fileURLToPath(new URL('./fixtures/clean-negative.txt', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe('cleaning leaves real text alone (test/fixtures/clean-negative.txt)', () => {
  it('has cases to check', () => expect(cases.length).toBeGreaterThan(20));
  it('all together, as one article', () => {
    const text = cases.join('\n');
    const r = cleanText(text, [{ kind: 'body', start: 0, end: text.length }], true);
    expect(r.edits).toEqual([]);
    expect(r.sections).toEqual([{ kind: 'body', start: 0, end: text.length }]);
  });
  it.each(cases)('%s', (line) => {
    const r = cleanText(line, [{ kind: 'body', start: 0, end: line.length }], true);
    expect(r.edits).toEqual([]);
    expect(r.text).toBe(line);
    expect(r.sections.map((s) => s.kind)).toEqual(['body']);
  });
});
