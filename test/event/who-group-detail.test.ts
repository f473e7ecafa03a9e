import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('a group answered with who leads it or where it is from', () => {
  it('reads "The team, led by X of Y" on to the comma', () => {
    const e = eventOf('A tiny fossil bird rewrites the story of the last dinosaurs',
      'The slab of sandstone sat in a museum drawer in Kelton for two years.',
      'What came out, described on Wednesday in the journal Nature, is one of the most complete fossil birds ever found.',
      'The team, led by the paleontologist Lucia Ferreyra of the University of Kelton, said the bird was a close relative of modern ducks.');
    expect(e.who[0]?.text).toMatch(/^The team, led by the paleontologist Lucia Ferreyra of the University of Kelton$/);
  });

  it('reads "a team from" an institution on to the comma, and leaves a group with nothing after it', () => {
    const e = eventOf('Breath test may catch stomach cancer early',
      'A breath test can detect early-stage stomach cancer with about 85 per cent accuracy, doctors said.',
      'The test was developed by a team from the University of Kelton and Kelton General Hospital, which published its findings on Tuesday.');
    expect(e.who[0]?.text).toMatch(/team from the University of Kelton and Kelton General Hospital$/);
    const plain = eventOf('Team finds new frog species', 'A team has found a new species of frog in the hills above Kelton, the museum said on Monday.');
    expect(plain.who[0]?.text).not.toMatch(/,/);
  });

  it('takes no work\'s findings for who when they were only published ("The findings were published ...")', () => {
    const e = eventOf('Outback telescope detects most distant fast radio burst ever recorded',
      'Eleven billion years ago, long before the Earth formed, something in a small galaxy let off a flash of radio waves that lasted less than a thousandth of a second. Last year, a telescope in the Kelton outback caught it.',
      'An international team led by Kelton University astronomer Dr Leila Haddad has detected the most distant fast radio burst ever recorded, using the ASKAP radio telescope about 800 kilometres north of Perth.',
      'The findings were published on Wednesday in the journal Nature Astronomy.',
      'Fast radio bursts are brief, intensely bright pulses of radio energy whose exact source is still debated.');
    expect(e.who[0]?.text).not.toBe('The findings');
  });
});
