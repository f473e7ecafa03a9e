import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import type { Count } from '../../src/core/record.js';

// Whole articles through the whole pipeline (quantities, NER and quotes feed the counts), one
// phrasing each; the coding rules are the README's (killed, injured, perpetrators killed).
const cases = readFileSync(new URL('../fixtures/casualties/cases.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string, string, string]);

/** A count as the fixture writes it: - none given, N exactly N, >=N at least N. */
function coded(c: Count | null): string {
  if (!c) return '-';
  return c.exact ? String(c.min) : `>=${c.min}`;
}

describe('casualty phrasings, whole pipeline', () => {
  const service = new ExtractService();
  it.each(cases)('%s', (title, body, killed, injured, perpetratorsKilled) => {
    const { record } = service.extractArticle({ title, body, meta: { origin: 'casualties.tsv' } }, { date: '2026-11-20' });
    const c = record.event.casualties;
    expect([coded(c.killed), coded(c.injured), coded(c.perpetratorsKilled)]).toEqual([killed, injured, perpetratorsKilled]);
  });
});
