import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe("event what: a headline's -s verb after a person's name", () => {
  it('reads the -s word after the name as the verb, though no verb list knows it', () => {
    // "chides" is in no verb list, and taggers take headline -s words for plurals.
    const e = eventOf('Marchetti chides timid Harbridge',
      'Former Dunmore coach Paolo Marchetti has criticised Harbridge for their cautious play in the cup final.',
      'Marchetti said the side had been afraid to attack.');
    expect(e.what?.text).toBe('chides timid Harbridge');
    expect(e.who[0]?.text).toMatch(/Marchetti$/);
  });

  it('leaves a plural that names people as the noun it is', () => {
    // "aides" is a person noun: "Marchetti aides" are the subject, and this headline has no verb.
    const e = eventOf('Marchetti aides in contract row',
      'Two aides of Dunmore coach Paolo Marchetti are in a dispute with the club over their contracts.');
    expect(e.what?.text).not.toMatch(/^aides/);
  });

  it("leaves a plural after a place's name as a noun", () => {
    // "Harbridge firms" is a noun phrase: after a place, a plural is as often a noun as a verb.
    const e = eventOf('Harbridge firms in export gloom',
      'Manufacturers in Harbridge expect exports to fall for a third year, a survey found on Monday.');
    expect(e.what?.text).not.toMatch(/^firms/);
  });
});
