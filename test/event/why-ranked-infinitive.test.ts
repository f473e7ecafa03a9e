import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event why: an infinitive after a ranked noun is no purpose', () => {
  it('reads no purpose in "the strongest tremor to hit", "the first company to put"', () => {
    const e = eventOf('Earthquake shakes coastal towns',
      'An earthquake struck the coast on Monday, the strongest tremor to hit the area in 40 years.',
      'Schools were closed for inspections.');
    expect(e.why?.text ?? '').not.toMatch(/^to hit/);
    const f = eventOf('Firm launches rocket',
      'Norland became the first company to put satellites into orbit from the island on Thursday.',
      'Its next flight is planned for the spring.');
    expect(f.why?.text ?? '').not.toMatch(/^to put/);
  });

  it('keeps a purpose after a plain noun ("sent troops to restore order")', () => {
    const e = eventOf('Government sends troops to capital',
      'The government sent troops to the capital on Monday to restore order after two days of riots.',
      'Shops stayed closed.');
    expect(e.why?.text).toMatch(/^to restore order/);
  });
});

describe('event why: a review that points to a cause', () => {
  it('reads "a preliminary review pointed to" + the cause', () => {
    const e = eventOf('Two killed in chemical plant blast',
      'Two workers were killed when a reactor exploded at a chemical plant in Pasadena on Tuesday.',
      'The company said in a statement that a preliminary review pointed to a runaway chemical reaction inside a batch reactor.');
    expect(e.why?.text).toMatch(/^a runaway chemical reaction/);
  });
});
