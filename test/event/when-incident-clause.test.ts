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

describe('event when: the time of the sentence the incident is read from', () => {
  it('dates a toll update by the time told with the incident, not the day of the update', () => {
    const e = eventOn('2026-04-15', 'Death toll in Kelton mine blast rises to six',
      'KELTON (AP) - The death toll from a gas explosion at a coal mine in Kelton has risen to six, the emergencies ministry said on Wednesday.',
      'The bodies of two miners who had been missing were found by rescuers on Wednesday morning, the ministry said.',
      'The explosion tore through the Dunmore pit near Kelton at 11:40 p.m. local time on Tuesday, when 40 miners were underground.');
    expect(e.what?.text).toMatch(/^tore through the Dunmore pit/);
    expect(e.when?.text).toMatch(/Tuesday$/);
  });
});
