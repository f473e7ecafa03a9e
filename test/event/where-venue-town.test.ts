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
});
