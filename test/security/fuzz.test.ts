import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';
import { RecordSchema } from '../../src/core/record.js';
import { DossierError } from '../../src/core/errors.js';
import { spanViolations } from '../helpers/record-invariants.js';

const service = new ExtractService();

/** Characters that break naive text code: bidi controls, combining marks, joiners, surrogates, quotes. */
const hostileChar = fc.constantFrom(
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', // bidi overrides and isolates
  '\u0301', '\u0308', '\u20dd', // combining marks
  '\u200d', '\u200c', '\u200b', '\ufeff', // joiners, zero width, BOM
  '\ud800', '\udc00', '\ud83d', // lone surrogates
  '“', '”', '"', "'", '‘', '’', '«', '»', '…', '.', '?', '!', '\n', '\n\n', ' ', '  ', '\t', '\r\n',
  '<', '>', '&', '/', '-', '—', '.jpg', 'Mr.', 'U.S.', 'said', 'Ankara', 'Karlov', 'killed', 'three', '1,200',
);
const hostileText = fc.array(fc.oneof(hostileChar, fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('The gunman said', ' shot the ambassador', ' in Ankara on Monday.')), { maxLength: 300 }).map((a) => a.join(''));

function extractOrUserError(text: string, format?: 'text' | 'html' | 'json') {
  try {
    const article = parseArticleText(text, 'fuzz', format);
    return service.extractArticle(article).record;
  } catch (err) {
    // Refusing bad input with a DossierError (e.g. empty) is fine; anything else is a crash.
    if (err instanceof DossierError && err.code !== 'INTERNAL') return null;
    throw err;
  }
}

describe('extract on hostile input', () => {
  it('never crashes, and every span lies inside the text with its exact words (random Unicode)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const record = extractOrUserError(text, 'text');
        if (!record) return;
        RecordSchema.parse(record);
        expect(spanViolations(record)).toEqual([]);
      }),
      { numRuns: 300, seed: 20161219 },
    );
  });

  it('survives thousands of nested or unclosed tags', () => {
    const nested = `${'<div><span><b>'.repeat(3000)}Police said the fire was out.${'</b></span></div>'.repeat(3000)}`;
    const unclosed = `<html><body>${'<p><i><a href="x">text '.repeat(5000)}`;
    for (const html of [nested, unclosed]) {
      const record = extractOrUserError(html, 'html');
      if (record) expect(spanViolations(record)).toEqual([]);
    }
  });

  it('survives thousands of quote marks and a huge single line', () => {
    const inputs = [
      '“'.repeat(5000),
      `He said ${'"yes" '.repeat(3000)}and left.`,
      `${'“Quote ” '.repeat(2000)}`,
      `${'word '.repeat(200_000)}`,
      `${'Mr. '.repeat(20_000)}Smith.`,
      `${'.'.repeat(50_000)}`,
    ];
    for (const text of inputs) {
      const record = extractOrUserError(text, 'text');
      if (record) expect(spanViolations(record)).toEqual([]);
    }
  });

  it('refuses article text over the character limit with TOO_LARGE before any stage runs', async () => {
    const { LIMITS } = await import('../../src/ingest/limits.js');
    const article = parseArticleText('word '.repeat(Math.ceil(LIMITS.maxTextChars / 5) + 10), 'long.txt', 'text');
    expect(() => service.extractArticle(article)).toThrow(/long\.txt: article text of \d+ characters is over the 1000000-character limit/);
  });

  it('refuses input over the size limit with TOO_LARGE, not a hang', async () => {
    const { parseArticle } = await import('../../src/ingest/read-input.js');
    const { LIMITS } = await import('../../src/ingest/limits.js');
    const big = Buffer.alloc(LIMITS.maxInputBytes + 1, 'a');
    expect(() => parseArticle(big, 'big.txt')).toThrow(/big\.txt: .*over the .*-byte limit/);
  });
});
