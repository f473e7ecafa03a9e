import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event how: "without" + a verb, a quake\'s magnitude, the occasion of a decision', () => {
  it('answers with what the doer did not do ("without changing the price")', () => {
    const e = eventOf('Biscuit maker cuts pack size',
      "Barrowby's said on Monday it had cut the number of biscuits in its packets from 20 to 17 without changing the price.",
      'Shoppers complained online.');
    expect(e.how?.text).toBe('without changing the price');
  });

  it("answers a quake's strength with its magnitude, written either way", () => {
    const e = eventOf('Earthquake shakes Naples area',
      'A magnitude 4.8 earthquake struck the Campi Flegrei area west of Naples late on Monday, injuring 23 people.',
      'Schools were closed.');
    expect(e.how?.text).toBe('magnitude 4.8');
    const f = eventOf('Quake hits coast',
      'A 6.1-magnitude quake hit the coast of Kelda on Tuesday, damaging dozens of homes.',
      'No one was killed.');
    expect(f.how?.text).toBe('6.1-magnitude');
    // Not a magnitude of anything but a quake.
    const g = eventOf('Star brightens', 'Astronomers said the star brightened to magnitude 4 on Monday.', 'It can be seen without a telescope.');
    expect(g.how?.text ?? '').not.toMatch(/magnitude/);
  });

  it('answers a decision with the meeting it was made in', () => {
    const e = eventOf('Minister sacked',
      'The prime minister sacked housing minister Tom Ellery on Tuesday evening.',
      'Ellery was dismissed in a short meeting in Downing Street, according to a government source.');
    expect(e.how?.text).toBe('in a short meeting');
  });
});
