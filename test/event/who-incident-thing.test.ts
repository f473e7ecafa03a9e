import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('what the clause that tells an accident says blew up', () => {
  it('answers, in an accident, with the thing the "when" clause says exploded, whatever thing it is', () => {
    const e = eventOf('Three killed, eight hurt in Kelton gas explosion',
      'Three people were killed and eight injured on Monday night when a bakery that stored gas cylinders exploded in Kelton, the fire service said.',
      'Firefighters brought the blaze under control after about three hours and evacuated 30 residents from the flats above.');
    expect(e.who[0]?.text).toMatch(/^a bakery/);
  });
});

describe('what a cause made act', () => {
  it('answers with the object of "caused ... to" in the clause that tells a disaster', () => {
    const e = eventOf('Two dead, one missing in Kelton valley floods',
      'Two people have died after torrential rain caused the Kelton river to burst its banks, flooding towns along the valley.',
      'More than 1,200 people were forced from their homes.');
    expect(e.who[0]?.text).toBe('the Kelton river');
  });
});
