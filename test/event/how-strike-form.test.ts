import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const howOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).how?.text ?? null;

describe('event how: the form of a labour strike, and the strikers\' picket', () => {
  it('reads the strike\'s span or kind', () => {
    expect(howOf('Kelton dockworkers walk out over automation plans',
      'Dockworkers at the port of Kelton began a 48-hour strike on Monday over plans to automate two container terminals, their union said.')).toBe('a 48-hour strike');
    expect(howOf('Marlow doctors begin strike',
      'Resident doctors across Marlow began an indefinite strike on Tuesday to demand the payment of salary arrears.')).toBe('an indefinite strike');
  });

  it('reads the picket at the gates, on through what the strikers carried', () => {
    expect(howOf('Kelton fish workers down tools',
      'Workers at a fish-processing plant in Kelton downed tools on Monday over unpaid wages.',
      'About 300 workers gathered outside the factory gates on Monday, singing and waving placards.')).toBe('gathered outside the factory gates on Monday, singing and waving placards');
  });

  it('reads no strike form in a drone strike', () => {
    expect(howOf('Drone strike kills two in Kelton',
      'A drone strike killed two men in Kelton on Monday, local officials said, in a 48-hour strike campaign.') ?? '').not.toMatch(/48-hour strike/);
  });
});
