import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hasSharedFixtures, reportMissing, seedArticle } from '../helpers/shared-data.js';
import type { Arg, DossierRecord } from '../../src/core/record.js';

if (!hasSharedFixtures()) reportMissing('the seed fixture ../shared/fixtures/seed-ankara');

const texts = (v: Arg | Arg[] | null) => (Array.isArray(v) ? v : v ? [v] : []).map((a) => a.text.toLowerCase()).join(' | ');

describe.runIf(hasSharedFixtures())('the seed article\'s event (built CLI)', () => {
  it('codes who, whom, where, why, how and the toll as an analyst does', () => {
    const res = runCli(['extract', seedArticle, '--json', '--date', '2016-12-19']);
    expect(res.status).toBe(0);
    const { event } = JSON.parse(res.stdout) as DossierRecord;
    expect(texts(event.who)).toMatch(/gunman|police officer/);
    expect(texts(event.perpetrators)).toMatch(/gunman|attacker|assassin/);
    expect(texts(event.targets)).toMatch(/karlov/);
    expect(texts(event.where)).toMatch(/art gallery|centre for contemporary arts|ankara/);
    expect(texts(event.why)).toMatch(/aleppo/);
    expect(texts(event.how)).toMatch(/shot|handgun|close range/);
    expect(texts(event.weapons)).toMatch(/gun|pistol/);
    expect(event.when?.iso).toBe('2016-12-19');
    expect(event.casualties.killed!.min).toBeGreaterThanOrEqual(1);
    expect(event.casualties.injured!.min).toBeGreaterThanOrEqual(3);
    expect(event.casualties.perpetratorsKilled!.min).toBe(1);
    expect(event.summary).toMatch(/killed/);
  });
});
