import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('who published a figure the report\'s first sentence gives', () => {
  it('answers with the source the first sentence names when its subject is a thing', () => {
    const e = eventOf('Kelton jobless rate climbs to 7.1%',
      'Registered unemployment in Kelton rose to 7.1% at the end of January, up from 6.6% a month earlier, the Kelton Employment Agency said on Tuesday.',
      'The agency said the increase was mainly seasonal.');
    expect(e.who[0]?.text).toMatch(/Kelton Employment Agency/);
  });

  it('takes no news outlet, nor a bare common noun, as who', () => {
    const outlet = eventOf('Kelton bank merger delayed',
      'The merger of Kelton Bank and Dunmore Savings has been delayed by concerns among regulators, according to the Kelton Herald.',
      'Both banks declined to comment.');
    expect(outlet.who[0]?.text ?? '').not.toMatch(/Herald/);
    const officials = eventOf('Kelton budget deficit to widen',
      'The Kelton budget deficit is set to hit a worse-than-expected 368m this year, officials said on Tuesday.',
      'The figure is 40m more than forecast in March.');
    expect(officials.who[0]?.text ?? '').not.toBe('officials');
  });

  it('leaves a thing known by its name (a film) who did what the sentence tells, not its distributor', () => {
    const film = eventOf('Kelton comedy breaks opening-week box office record',
      'The Kelton comedy Uncle Varn\'s Wedding has broken the record for the highest opening-week takings in the history of Kelton cinema, earning 52 million in its first six days, its distributor announced on Monday.',
      'The film opened in 214 cinemas last Wednesday.');
    expect(film.who[0]?.text ?? '').not.toMatch(/distributor/);
    // A subject that ends in a month is no name: the source still answers.
    const prices = eventOf('Kelton house prices rebound',
      'Kelton house prices rose by 1.1% in December, the first monthly rise since September, the Kelton Building Society has said.',
      'Prices rose in most regions.');
    expect(prices.who[0]?.text ?? '').toMatch(/Kelton Building Society/);
  });
});
