import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('who: an acronym the article defines answers with its full name', () => {
  it('answers "Kelton Power and Light" for "KPL", where the article spells it out, keeping the evidence on those words', () => {
    const text = 'KELTON - Kelton Power and Light (KPL) will raise its fuel charge by 12 per cent from March 1, the utility said on Monday.';
    const e = eventOf('KPL raises fuel charge by 12 per cent', text, 'KPL said the rise was needed because of higher oil prices.');
    expect(e.who[0]?.text).toBe('Kelton Power and Light');
  });

  it('leaves an acronym the article never spells out, and one whose bracket follows other words', () => {
    expect(eventOf('KPL raises fuel charge by 12 per cent', 'KPL will raise its fuel charge by 12 per cent from March 1, the utility said on Monday.').who[0]?.text).toBe('KPL');
    expect(eventOf('KPL raises fuel charge by 12 per cent', 'The city utility (KPL) will raise its fuel charge by 12 per cent from March 1, it said on Monday.').who[0]?.text).toBe('KPL');
  });
});
