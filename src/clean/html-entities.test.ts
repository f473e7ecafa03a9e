import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { htmlEntityRepairs } from './html-entities.js';
import { cleanText } from './clean-stage.js';

const fix = (s: string) => applyRepairs(s, htmlEntityRepairs(s)).text;

describe('htmlEntityRepairs', () => {
  it('decodes numeric and named character references left in scraped text', () => {
    expect(fix('&#163;1.8m indecency fine for Viacom')).toBe('£1.8m indecency fine for Viacom');
    expect(fix('Tom &amp; Jerry at the caf&eacute;, &#x20AC;5 each')).toBe('Tom & Jerry at the café, €5 each');
    expect(fix('it&#39;s &quot;over&quot;')).toBe('it\'s "over"');
  });

  it('makes a non-breaking space an ordinary one', () => {
    expect(fix('10&nbsp;km')).toBe('10 km');
  });

  it('leaves unknown names, bare ampersands and text without a semicolon alone', () => {
    for (const s of ['AT&T and P&G', 'Q&A: &bogus; names', 'R&D &amp without a stop', 'fish & chips']) expect(fix(s)).toBe(s);
  });

  it('logs each decoded reference in the clean stage, with its original offsets', () => {
    const text = 'Viacom fined &#163;1.8m\n\nThe regulator fined Viacom &#163;1.8m on Monday.';
    const cleaned = cleanText(text, [{ kind: 'title', start: 0, end: 23 }, { kind: 'body', start: 25, end: text.length }], true);
    expect(cleaned.text).toBe('Viacom fined £1.8m\n\nThe regulator fined Viacom £1.8m on Monday.');
    const entities = cleaned.edits.filter((e) => e.kind === 'html-entity');
    expect(entities).toHaveLength(2);
    expect(entities[1]!.original.text).toBe('&#163;');
    expect(text.slice(entities[1]!.original.start, entities[1]!.original.end)).toBe('&#163;');
    expect(entities[1]!.replacement).toBe('£');
  });
});
