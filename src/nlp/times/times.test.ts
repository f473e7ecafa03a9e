import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { handDoc } from '../../../test/helpers/hand-doc.js';
import type { TimeExpression } from '../../core/layers.js';
import { timesStage } from './times-stage.js';
import { MAX_CHRONO_INPUT, windows } from './times.js';

function times(text: string, referenceDate?: string): TimeExpression[] {
  return timesStage.run(handDoc(text), { clean: true, referenceDate }).times as TimeExpression[];
}

describe('times', () => {
  it('keeps what the text states apart from what the reference date implies', () => {
    const [t] = times('The ambassador was shot on Monday evening.', '2016-12-21');
    expect(t).toMatchObject({ text: 'on Monday evening', iso: '2016-12-19' });
    expect(t!.known).toMatchObject({ weekday: 1 });
    expect(t!.known.day).toBeUndefined();
    expect(t!.implied).toMatchObject({ year: 2016, month: 12, day: 19 });
  });

  it('reads a bare weekday back to the latest such day when the sentence tells what happened, ahead when it looks ahead', () => {
    // 2026-04-20 is a Monday: chrono alone took the nearer Thursday, three days ahead.
    expect(times('Police said the man was arrested on Thursday.', '2026-04-20')[0]).toMatchObject({ text: 'on Thursday', iso: '2026-04-16' });
    expect(times('The bomb exploded on Tuesday night.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-14' });
    expect(times('The bomb exploded on Monday.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-20' });
    expect(times('The minister will visit on Thursday.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-23' });
    expect(times('Talks are due to resume on Wednesday.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-22' });
    // "last" and "next" are chrono's to read.
    expect(times('He was arrested last Thursday.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-16' });
    // Only the time's own clause looks ahead or back; "would have" looks back; a fronted day dates the clause after it.
    expect(times('The governor on Friday vetoed a bill that would have allowed counties to tax rentals.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-17' });
    expect(times('Daeyang will invest $850 million in a plant, the company announced Tuesday.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-14' });
    expect(times('On Thursday, the minister will visit the plant.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-23' });
    // A clause that opens after the time is another's ("said on Thursday that it will", "on Thursday after ... will").
    expect(times('The company said on Thursday that it will close the plant.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-16' });
    expect(times('Commuters were stranded on Thursday after drivers stopped work over fines that they say will ruin them.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-16' });
    expect(times('Officials said that talks will resume on Thursday.', '2026-04-20')[0]).toMatchObject({ iso: '2026-04-23' });
  });

  it('reads no time inside a longer number ("fell 11,000 to 813,200": not "000 to 813")', () => {
    expect(times('The claimant total fell 11,000 to 813,200 last month.', '2005-02-16').map((t) => t.text)).toEqual(['last month']);
    expect(times('Membership rose from 12,500 to 14,250 on Monday.', '2026-04-20').map((t) => t.text)).toEqual(['on Monday']);
  });

  it('resolves a full date without any reference, and states all of it', () => {
    const [t] = times('The talks opened on 19 December 2016 in Moscow.');
    expect(t).toMatchObject({ text: 'on 19 December 2016', iso: '2016-12-19', known: { year: 2016, month: 12, day: 19 } });
  });

  it('leaves a relative date unresolved when the article has no date', () => {
    const [t] = times('Last week the talks failed.');
    expect(t!.iso).toBeUndefined();
    expect(t!.known.day).toBeUndefined();
    expect(t!.implied).toEqual({});
    const [m] = times('They met on Dec. 19.');
    expect(m).toMatchObject({ known: { month: 12, day: 19 } });
    expect(m!.iso).toBeUndefined();
  });

  it('resolves relative dates against the reference date, never the clock', () => {
    expect(times('Last week the talks failed.', '2016-12-19')[0]).toMatchObject({ iso: '2016-12-12' });
    expect(times('The day before, he spoke.', '2016-12-19')[0]).toMatchObject({ iso: '2016-12-18' });
    expect(times('They met on Dec. 19.', '2016-12-20')[0]).toMatchObject({ iso: '2016-12-19', implied: { year: 2016 } });
  });

  it('counts a shift ("a day earlier", "the next day") from the day its sentence told before it', () => {
    const shifted = times('Rescuers pulled five bodies on Thursday from a mine where a wall collapsed a day earlier.', '2026-05-15');
    expect(shifted.map((t) => [t.text, t.iso])).toEqual([['on Thursday', '2026-05-14'], ['a day earlier', '2026-05-13']]);
    const next = times('He was arrested on Tuesday and charged the next day.', '2026-05-15');
    expect(next.find((t) => /next day/.test(t.text))?.iso).toBe('2026-05-13');
    // With no day before it in its sentence, a shift counts from the article's date.
    expect(times('A day earlier, prices rose.', '2026-05-15')[0]?.iso).toBe('2026-05-14');
  });

  it('reads clock times and places offsets on the whole text', () => {
    const text = 'Nothing happened first. Shots rang out at 7:15 pm.';
    const [t] = times(text, '2016-12-19');
    expect(t).toMatchObject({ known: { hour: 19, minute: 15 } });
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
    // A clock time with seconds is one at "at"; after "in" it is how long a race took (negative cases).
    expect(times('The quake struck at 05:46:23 local time.', '2016-12-19')[0]).toMatchObject({ known: { hour: 5, minute: 46 } });
  });

  it('reads no time in a stretch of time after "for" ("for about six hours Thursday": how long, then when)', () => {
    expect(times('A gunman held four people hostage in a shop for about six hours Thursday.', '2026-12-11').map((t) => t.text)).toEqual(['Thursday']);
    expect(times('The road was closed for two days from Monday.', '2026-12-11').map((t) => t.text)).not.toContain('for two days');
  });

  it('leaves trailing punctuation out of the span', () => {
    expect(times('On Tuesday, the court ruled.', '2016-12-19')[0]).toMatchObject({ text: 'On Tuesday' });
  });

  it('keeps month names that a preposition shows are dates', () => {
    expect(times('The law passed in May.', '2016-12-19')[0]).toMatchObject({ text: 'May', known: { month: 5 } });
  });

  it('finds no time in the negative cases (test/fixtures/times-negative.txt)', () => {
    const path = fileURLToPath(new URL('../../../test/fixtures/times-negative.txt', import.meta.url));
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect({ line, times: times(line, '2016-12-19') }).toEqual({ line, times: [] });
  });
});

describe('chrono input', () => {
  it('never gives chrono more than MAX_CHRONO_INPUT characters, whatever the text', () => {
    const long = `On Monday ${'x'.repeat(5000)} ${'December 2016 '.repeat(300)}${' '.repeat(3000)}at 5 pm`;
    const ws = windows(long, [{ start: 0, end: long.length, tokenStart: 0, tokenEnd: 0 }]);
    expect(ws.length).toBeGreaterThan(2);
    for (const w of ws) expect(w.end - w.start).toBeLessThanOrEqual(MAX_CHRONO_INPUT);
  });
});
