import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('a headline that names what underwent the deed, and a report that names who did it', () => {
  it('answers with the report\'s subject when its first sentence does the headline\'s deed to the headline\'s subject', () => {
    const e = eventOf('New beetle species described from Kelton Forest',
      'A team of entomologists from Dunmore University described a new species of dung beetle from Kelton Forest last month.',
      'The beetle, about a centimetre long, lives in leaf litter on the forest floor.');
    expect(e.who[0]?.text).toBe('A team of entomologists from Dunmore University');
  });

  it('does not take a report\'s subject that only will do the headline\'s deed', () => {
    const e = eventOf('Kelton teenager honoured for river rescue',
      'The town council will honour a Kelton teenager who pulled a boy from the river last month.',
      'Sam Price, 16, swam 20 metres to reach the boy.');
    expect(e.who[0]?.text).not.toBe('The town council');
  });
});
