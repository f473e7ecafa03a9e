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
});
