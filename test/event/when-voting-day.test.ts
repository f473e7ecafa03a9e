import { describe, expect, it } from 'vitest';
import { eventOn } from './event-of.js';

describe('event when: the day of a vote whose result is the news', () => {
  it('answers with "Wednesday\'s general election" over the hour the results came out', () => {
    const e = eventOn('2026-07-30', 'Thomas tops the poll in Kelton',
      'Newcomer Derek Thomas topped the poll in Wednesday\'s general election, winning 1,204 votes as voters chose the twelve members of the new council.',
      'The results were announced by the Returning Officer shortly after 1.30am on Thursday at the count in the Kelton Community Centre.');
    expect(e.when?.text).toBe('Wednesday\'s general election');
  });

  it('keeps the day of a meeting held after the vote', () => {
    const e = eventOn('2026-11-10', 'Kelton leaders meet after election',
      'The outgoing president met the winner at the palace on Thursday after Tuesday\'s election, aides said.');
    expect(e.when?.text).toMatch(/Thursday/);
  });
});
