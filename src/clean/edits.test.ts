import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyRepairs, replayEdits, type Repair } from './edits.js';
import { whitespaceRepairs } from './whitespace.js';
import { cleanText } from './clean-stage.js';
import { articleVocabulary, looksEnglish } from './glued-words.js';
import type { CleaningEdit } from '../core/record.js';

describe('applyRepairs', () => {
  it('logs each edit with original offsets and maps spans back exactly', () => {
    const original = 'The gunman  said it.  Then left.';
    const result = applyRepairs(original, whitespaceRepairs(original));
    expect(result.text).toBe('The gunman said it. Then left.');
    expect(result.edits).toHaveLength(2);
    expect(result.edits[0]).toEqual({ kind: 'spaces', original: { start: 10, end: 12, text: '  ' }, replacement: ' ' });
    const said = result.text.indexOf('said');
    const back = result.map.spanToOriginal({ start: said, end: said + 4 });
    expect(original.slice(back.start, back.end)).toBe('said');
  });

  it('drops a repair that overlaps an earlier one', () => {
    const repairs: Repair[] = [
      { kind: 'a', start: 0, end: 4, replacement: 'X' },
      { kind: 'b', start: 2, end: 6, replacement: 'Y' },
    ];
    expect(applyRepairs('abcdefgh', repairs).text).toBe('Xefgh');
  });

  it('lets an earlier tier win over a later one, whatever their order in the text', () => {
    const tiers: Repair[][] = [
      [{ kind: 'line', start: 4, end: 9, replacement: '' }],
      [{ kind: 'spaces', start: 2, end: 6, replacement: ' ' }, { kind: 'spaces', start: 12, end: 14, replacement: ' ' }],
    ];
    const r = applyRepairs('ab  cd  efgh  ij', tiers);
    expect(r.edits.map((e) => e.kind)).toEqual(['line', 'spaces']);
    expect(r.text).toBe('ab  fgh ij');
  });

  it('maps spans that end before or start after a deletion without taking it in', () => {
    const original = 'Keep.\nRead more\nNext.';
    const r = applyRepairs(original, [{ kind: 'boilerplate', start: 6, end: 16, replacement: '' }]);
    expect(r.text).toBe('Keep.\nNext.');
    expect(r.map.spanToOriginal({ start: 0, end: 5 })).toEqual({ start: 0, end: 5 });
    expect(r.map.spanToOriginal({ start: 6, end: 11 })).toEqual({ start: 16, end: 21 });
    expect(r.map.spanToOriginal({ start: 0, end: 11 })).toEqual({ start: 0, end: 21 });
    expect(r.map.spanToCleaned({ start: 6, end: 15 })).toEqual({ start: 6, end: 6 });
  });
});

// Pieces of scraped news: plain sentences, and the artifacts scraping leaves in them.
const sentences = [
  'The gunman said in Turkish that he acted alone.',
  'Police said three people were hurt in the blast.',
  'Mr Karlov was attending the opening of an exhibition.',
  'Visit https://example.com/photos/harbour.jpg for more.',
  'The talks in Hamburg ended with a deal on the iPhone.',
  '“We will find them,” the governor said.',
  'Sales rose 8% to $1.2bn (£600m) last year.',
];
const artifacts = [
  'Smoke rises over the harbour2.jpgSmoke rises over the harbour',
  'Depot fire3.jpgA firefighter at the burning hall',
  'Police at the art gallery.jpg',
  'IMG_2041.JPG',
  'mersin-governor-speaks-to-reporters-at-the-scene3',
  'Read more: Deadly blasts in the region this year',
  'Share this article',
  'Advertisement',
  'security forcesaround the  art gallery',
  "Russia's state-runnews agency",
  'markets acrossthe region',
  'By Staff ReporterA car bomb exploded.',
  'the envoy\u00a0was there',
  'it was dangerous.The man left',
  'Photo: Jane Doe, Example Agency',
  '( center, in red tie)',
  '\u200b',
  '\t',
];
const separators = [' ', '  ', '', '\n', '\n\n', '\n\n\n', ' \n', '\u00a0', '\r\n'];

const scraped = fc
  .array(fc.tuple(fc.constantFrom(...sentences, ...artifacts), fc.constantFrom(...separators)), { maxLength: 14 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

function checkEdits(original: string, edits: readonly CleaningEdit[]): void {
  let last = -1;
  for (const e of edits) {
    expect(e.original.start).toBeGreaterThanOrEqual(last);
    expect(e.original.end).toBeGreaterThanOrEqual(e.original.start);
    expect(original.slice(e.original.start, e.original.end)).toBe(e.original.text);
    last = e.original.end;
  }
}

describe('cleaning, property over generated scraped text', () => {
  it('replaying the log gives the cleaned text; every cleaned span maps back exactly', () => {
    fc.assert(
      fc.property(scraped, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (original, picks) => {
        const r = cleanText(original, [{ kind: 'body', start: 0, end: original.length }], true);
        checkEdits(original, r.edits);
        expect(replayEdits(original, r.edits)).toBe(r.text);
        for (const [x, y] of picks) {
          const a = r.text.length ? x % (r.text.length + 1) : 0;
          const b = a + (r.text.length - a ? y % (r.text.length - a + 1) : 0);
          const o = r.map.spanToOriginal({ start: a, end: b });
          // The original span never cuts an edit in two...
          for (const e of r.edits) {
            const cuts = (p: number) => e.original.start < p && p < e.original.end;
            expect(cuts(o.start) || cuts(o.end)).toBe(false);
          }
          // ...and the edits inside it turn it into the cleaned span it maps back to, which holds [a, b).
          // (An inserted space at either edge of [a, b) has no original text: the only part left out.)
          const c = r.map.spanToCleaned(o);
          expect(r.text.slice(a, Math.max(a, c.start)).trim()).toBe('');
          expect(r.text.slice(Math.min(b, c.end), b).trim()).toBe('');
          const inside = r.edits
            .filter((e) => o.start <= e.original.start && e.original.end <= o.end && !(e.original.start === e.original.end && (e.original.start === o.start || e.original.start === o.end)))
            .map((e) => ({ ...e, original: { ...e.original, start: e.original.start - o.start, end: e.original.end - o.start } }));
          expect(replayEdits(original.slice(o.start, o.end), inside)).toBe(r.text.slice(c.start, c.end));
          // A span of untouched text maps to the very same characters.
          const touched = r.edits.some((e) => e.original.start < o.end && o.start < e.original.end);
          if (!touched && c.start === a && c.end === b) expect(original.slice(o.start, o.end)).toBe(r.text.slice(a, b));
        }
        let end = 0;
        for (const s of r.sections) {
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(r.text.length);
          end = s.end;
        }
        // Artifacts the cleaner knows never survive it.
        for (const gone of ['.jpgSmoke', 'harbour2.jpg', '  ', '\u200b', '\t', '\r']) expect(r.text).not.toContain(gone);
        // A glued pair is split unless the article uses it more than once (then it is its word),
        // or reads as another language than English.
        for (const glued of ['forcesaround', 'runnews', 'acrossthe']) {
          if (original.split(glued).length === 2 && looksEnglish(articleVocabulary(original))) expect(r.text).not.toContain(glued);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: a whitespace-only alphabet cleans consistently too', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u200b', 'é', '.', '(', ')'), maxLength: 200 }), (original) => {
        const result = applyRepairs(original, whitespaceRepairs(original));
        expect(replayEdits(original, result.edits)).toBe(result.text);
        for (let i = 0; i < result.text.length; i++) {
          const ch = result.text[i]!;
          if (/\s/.test(ch)) continue;
          const o = result.map.toOriginal(i, 'start');
          expect(original[o]).toBe(ch);
          expect(result.map.toCleaned(o, 'start')).toBe(i);
        }
      }),
      { numRuns: 300 },
    );
  });
});
