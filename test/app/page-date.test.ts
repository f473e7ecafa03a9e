import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';

const text = [
  'Flash floods kill nine in Kelmar',
  '',
  'By Staff Reporter',
  '',
  'Updated 14 April 2026, 19:05 GST',
  '',
  'KELMAR (AFP) - Flash floods swept away cars and homes in the hills above Kelmar on Tuesday, killing at least nine people, officials said.',
].join('\n');

describe("a scraped page's timestamp line", () => {
  it('dates an article given no date, and is cleaned away with the byline', () => {
    const { record } = new ExtractService().extractArticle(parseArticleText(text, 'kelmar.txt', 'text'));
    expect(record.text).not.toMatch(/Updated|Staff Reporter/);
    expect(record.event.when).toMatchObject({ text: 'Tuesday', iso: '2026-04-14' });
  });

  it('gives way to a date the caller gives', () => {
    // Stamped 30 April (a Thursday), dated 16 April by the caller: Tuesday is the 14th.
    const later = new ExtractService().extractArticle(parseArticleText(text.replace('14 April', '30 April'), 'kelmar.txt', 'text'), { date: '2026-04-16' });
    expect(later.record.event.when?.iso).toBe('2026-04-14');
  });
});
