import { describe, expect, it } from 'vitest';
import { eventOn } from './event-of.js';

describe('when, in an incident told through its aftermath', () => {
  it('answers with the day told inside the event\'s own clause, counted from the sentence\'s day', () => {
    const e = eventOn('2026-05-15', 'Nine dead, two missing',
      'LUSAKA — Rescuers pulled four more bodies on Thursday from a copper mine near Solwezi where a wall of rock collapsed on workers a day earlier, bringing the death toll to nine, officials said.');
    expect(e.when?.text).toBe('a day earlier');
    expect(e.when?.iso).toBe('2026-05-13');
  });

  it('does not date the event by a later day because a report\'s verb follows its own day after a comma', () => {
    const e = eventOn('2026-07-24', 'Navy seizes 2.8 tonnes of cocaine off Madeira',
      'LISBON — Portuguese police and navy officers seized 2.8 tonnes of cocaine from a fishing boat in the Atlantic about 150 nautical miles south of the island of Madeira on Wednesday, the Judiciary Police said on Thursday.',
      'Five crew members were arrested and taken to Funchal, where they are due to appear before a judge on Friday.');
    expect(e.when?.iso).toBe('2026-07-22');
  });
});
