import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('an informant\'s report that opens the lead is read as the news', () => {
  it('reads what "Police in Lima say" for who, what and where', () => {
    const e = eventOf('',
      'Police in Lima say a bus carrying 40 passengers plunged off a mountain road near the town of San Mateo on Thursday, killing at least 15 people.',
      'Twenty people were injured, the regional police chief told reporters.');
    expect(e.who[0]?.text).toBe('a bus carrying 40 passengers');
    expect(e.what?.text).toMatch(/^plunged off a mountain road/);
    expect(e.where[0]?.text).not.toBe('Lima');
    expect(e.where.map((w) => w.text)).toContain('Lima');
  });

  it('reads what prosecutors say as the news, and its passive agent as who did it', () => {
    const e = eventOf('',
      'Prosecutors say the blast in the Dunmore tenement was caused deliberately by a tenant who had been facing eviction.');
    expect(e.who.map((w) => w.text)).toContain('tenant');
    expect(e.who[0]?.text).not.toBe('Prosecutors');
  });

  it('reads past a time and "that" after the reporting verb', () => {
    const e = eventOf('',
      'Officials said on Wednesday that flash floods had killed at least 12 people in the Sunamganj district of Bangladesh.',
      'Rivers burst their banks after days of heavy rain.');
    expect(e.who[0]?.text).toBe('flash floods');
    expect(e.what?.text).toMatch(/^had killed at least 12 people/);
  });

  it('keeps the informant as who when the report\'s subject is a pronoun, and a speaker who is no informant', () => {
    const police = eventOf('', 'Police said they had arrested two men over the robbery of a jewellery shop in Kano on Friday.');
    expect(police.who[0]?.text).toBe('Police');
    expect(police.what?.text).toMatch(/^had arrested two men/);
    expect(eventOf('', 'The prime minister said the government would raise the minimum wage by 8% from January.').who[0]?.text).toBe('The prime minister');
  });

  it('reads what a speaker says it did itself as the predicate ("said it had agreed to buy")', () => {
    const e = eventOf('',
      'Plantation group Tanjung Hijau said on Tuesday it had agreed to buy Kinabalu Pellets, a maker of biomass pellets, for RM800 million in cash.');
    expect(e.who[0]?.text).toMatch(/Tanjung Hijau$/);
    expect(e.what?.text).toMatch(/^had agreed to buy Kinabalu Pellets/);
  });
});
