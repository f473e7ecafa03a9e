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
