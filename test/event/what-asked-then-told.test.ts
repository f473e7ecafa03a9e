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

  it('still reads a question headline alone as the question', () => {
    const e = eventOf('Are house prices about to fall?',
      'House prices in Dunmore fell for the third month in a row in March, the Portmere Building Society said.',
      'Economists expect further falls.');
    expect(e.what?.text).toBe('about to fall');
  });
});
