import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('a venue named after its town', () => {
  it('keeps a building named after a town the gazetteer knows over a town named elsewhere in the article', () => {
    const e = eventOf('Relief for kidney patients as public dialysis unit opens',
      'Kidney patients who have for years travelled to Nairobi for treatment can now be treated in the county after the health minister officially opened the first public dialysis unit at Nakuru General Hospital yesterday.',
      'The unit, which cost 24 million shillings, has 12 dialysis machines.',
      'Until now, patients who needed dialysis had to pay for treatment at a private clinic in Eldoret.');
    expect(e.where[0]?.text).toMatch(/^Nakuru/);
  });

  it('reads a venue whose name holds a capitalised common word ("Royal Court House") whole, with its town', () => {
    const e = eventOf('Deputies reject plan to sell Kelton Post',
      'Deputies have thrown out a plan to sell almost half of Kelton Post, after a two-day debate.',
      'The proposal was rejected by 23 votes to 15 at the Royal Court House in St Peter Port shortly after 5pm yesterday.');
    expect(e.where[0]?.text).toBe('Royal Court House in St Peter Port');
  });

  it('reads a sports complex as a venue', () => {
    const e = eventOf('Kelton women stun Varn to lift cup',
      'The Kelton women\'s national football team beat Varn 2-1 on Saturday night to win the Island Women\'s Cup at the Oleai Sports Complex.');
    expect(e.where[0]?.text).toBe('Oleai Sports Complex');
  });
});
