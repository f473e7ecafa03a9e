import { describe, expect, it } from 'vitest';
import { pageDate } from './page-date.js';

describe('pageDate: the date of a page timestamp line near the top', () => {
  it('reads the date a timestamp line states whole', () => {
    expect(pageDate('Floods kill nine\n\nBy Staff Reporter\n\nUpdated 14 April 2026, 19:05 GST\n\nMUSCAT (AFP) - Floods ...')).toBe('2026-04-14');
    expect(pageDate('Minister resigns\nUpdated November 12, 2026 08:14 GMT\nLIMA (Reuters) - ...')).toBe('2026-11-12');
    expect(pageDate('Toll rises\nPublished: 4:52 PM CDT, July 5, 2026\nMILWAUKEE (AP) - ...')).toBe('2026-07-05');
  });

  it('reads a bare timestamp line, without "Updated" (a date, with its weekday or time)', () => {
    expect(pageDate('Tory chairman blames ex-MP\nHarriet Lowe Political correspondent\nMon 29 Jun 2026 07.30 BST\nThe chairman ...')).toBe('2026-06-29');
    expect(pageDate('Man arrested\nBy Sophie Hale\nSunday, 3rd May 2026, 1:34 pm\nA man has been ...')).toBe('2026-05-03');
    expect(pageDate('Fire forces thousands out\n9:41 a.m. ET, September 15, 2026\nThe fire ...')).toBe('2026-09-15');
    expect(pageDate('Tram derails\n20 January 2026\nFourteen people ...')).toBe('2026-01-20');
    // With a dash, a bar or a bullet before the time, and ISO dates.
    expect(pageDate('Warehouse fire\nPublished : Nov. 3, 2026 - 15:20\nFour people ...')).toBe('2026-11-03');
    expect(pageDate('Shooting in Finglas\nMon Nov 02 2026 - 18:00\nA man ...')).toBe('2026-11-02');
    expect(pageDate('Crane collapse\nNovember 3, 2026 | 6:40 PM\nTwo workers ...')).toBe('2026-11-03');
    expect(pageDate('Rate cut\n2026-11-03 18:40\nThe bank ...')).toBe('2026-11-03');
    // A zone with its offset, a print page, a date with no space after its comma and an update after a dash.
    expect(pageDate('Migrants drown\nMar 08, 2026 - 10:41 am GMT+3\nAt least nine ...')).toBe('2026-03-08');
    expect(pageDate('Ex-engineer jailed\nSat, Jun 20, 2026 page 2\nThe court ...')).toBe('2026-06-20');
    expect(pageDate('Wage to rise\nOct 21,2026 - Last updated at Oct 21,2026\nThe committee ...')).toBe('2026-10-21');
  });

  it('takes no date from a line of prose, a stamp without a year, or one far down the page', () => {
    expect(pageDate('Guidance updated\nUpdated guidance was issued on 5 May 2026 by the ministry.')).toBeUndefined();
    expect(pageDate('Storm hits coast\nUpdated 19:05 GST\nThe storm ...')).toBeUndefined();
    expect(pageDate(`${'Line of text.\n'.repeat(10)}Updated 14 April 2026`)).toBeUndefined();
    expect(pageDate('Council meets\nThe council met on 20 January 2026 to vote.')).toBeUndefined();
  });
});
