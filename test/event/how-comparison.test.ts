import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const howOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).how?.text ?? null;

describe('event how: how much a figure moved, against what', () => {
  it('reads an appositive "up/down ... from/on" after a result', () => {
    expect(howOf('Kelton Foods profit rises',
      'Kelton Foods reported a net profit of 41.2 million crowns for 2025, up 9% on the previous year, the company said on Monday.')).toBe('up 9% on the previous year');
    expect(howOf('Marlow unemployment climbs to 6.1%',
      'Registered unemployment in Marlow rose to 6.1% at the end of March, up from 5.8% a month earlier, the labour office said on Tuesday.')).toBe('up from 5.8% a month earlier');
  });

  it('reads "from" after a verb of change, with its gerund, and a change noun with its figure', () => {
    expect(howOf('Kelton inflation eases to 2.3%',
      'Kelton\'s inflation eased to 2.3 percent in May from 2.9 percent in April, the statistics office said on Friday.')).toBe('from 2.9 percent in April');
    expect(howOf('Kelton growth slows',
      'Kelton\'s economy grew 3.2 per cent in the second quarter, slowing from 3.8 per cent in the previous three months.')).toBe('slowing from 3.8 per cent in the previous three months');
    expect(howOf('Marlow Bakeries cuts biscuits per packet',
      'Marlow Bakeries has cut the number of biscuits in a packet from 14 to 12, the company confirmed.')).toBe('from 14 to 12');
    expect(howOf('Kelton Homes profit falls',
      'Kelton Homes on Wednesday reported a 27 per cent fall in net profit for the first half of the year.')).toBe('a 27 per cent fall');
  });

  it('leaves a figure with no change or comparison, and a way it was decided told in the same lead', () => {
    expect(howOf('Kelton Foods profit rises',
      'Kelton Foods reported a net profit of 41.2 million crowns for 2025 on Monday, when it opened 12 new shops.')).toBeNull();
    expect(howOf('Marlow raises minimum wage',
      'Marlow\'s labour council decided by consensus on Sunday to raise the minimum wage to 310 crowns a month, up from 290 crowns.')).toBe('by consensus');
    // "from" with no verb of change before it is a source or a place, not a comparison.
    expect(howOf('Kelton Foods imports rice',
      'Kelton Foods bought 400 tonnes of rice from 12 farms in Marlow on Monday.') ?? '').not.toMatch(/^from 12/);
  });
});
