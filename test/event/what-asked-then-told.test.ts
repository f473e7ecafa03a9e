import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event what: a headline that asks, then tells', () => {
  it('reads the news from the statement after the question', () => {
    const e = eventOf("Are your biscuits shrinking? Barrowby's cuts Ginger Crunch packs from 20 to 17",
      'Shoppers have grown used to chocolate bars that are a little thinner.',
      "Barrowby's said on Monday that it had cut the number of biscuits in its packets from 20 to 17.");
    expect(e.what?.text).not.toBe('shrinking');
    expect(e.what?.text).toMatch(/cuts Ginger Crunch packs/);
  });

  it('reads a question headline alone below the report that answers it', () => {
    // Coders take the report's statement ("fell for the third month"), not the headline's question.
    const e = eventOf('Are house prices about to fall?',
      'House prices in Dunmore fell for the third month in a row in March, the Portmere Building Society said.',
      'Economists expect further falls.');
    expect(e.what?.text).toMatch(/^fell for the third month/);
  });

  it('reads the question when nothing after it tells', () => {
    const e = eventOf('Are house prices about to fall?', 'Economists?');
    expect(e.what?.text).toBe('about to fall');
  });

  it("gives the report's subject as who, not the question's", () => {
    const e = eventOf('Why are Kelmar commuter trains not running this week?',
      'Kelmar commuter trains have been at a standstill since Monday.',
      'Drivers belonging to the Railworkers Union went on strike at 4am on Monday after talks broke down.');
    expect(e.who[0]?.text).not.toBe("Kelmar commuter trains not running this week");
    expect(e.what?.text).not.toMatch(/^are Kelmar/);
  });
});

describe('event what: a supposition is not what happened', () => {
  it('puts a sentence opening with "If" below the statement after it', () => {
    const e = eventOf('Harlow investor agrees Portmere solar deal',
      'On a plain outside Dunmore, a million solar panels face the sky.',
      'If the deal goes through, a large share of them will belong to a Harlow investor.',
      'Harlow-based Brenner Holding has agreed to buy a stake in the Portmere solar developer Helios.');
    expect(e.what?.text).not.toMatch(/will belong/);
  });

  it('reads an inverted condition as a supposition too', () => {
    const e = eventOf('Kelmar tax cuts lift party spirits',
      'Should he win the next election, the opposition leader would cut income tax.',
      'Opposition leader Tom Brenner revealed the full scale of his tax plans on Monday.');
    expect(e.who[0]?.text).not.toBe('Should he');
  });
});

describe('event who/what: a pointer to the text tells nothing', () => {
  it('skips "Here\'s what you need to know"', () => {
    const e = eventOf('Kelmar rail strike',
      "Here's what you need to know.",
      'Train drivers belonging to the union Railfolk went on strike at 4am on Monday.');
    expect(e.who.map((w) => w.text)).not.toContain("Here's what you");
    expect(e.what?.text).not.toMatch(/what you need/);
  });
});

describe('event what: a copula that ranks the news', () => {
  it('puts "is its biggest ..." below an action', () => {
    const e = eventOf('Harlow Holdings buys Helios stake',
      "Harlow Holdings' deal for a stake in Helios is its biggest in Europe so far.",
      'Harlow Holdings has agreed to buy a 40 per cent stake in the Dunmore solar developer Helios.');
    expect(e.what?.text).not.toMatch(/^is its biggest/);
  });
});
