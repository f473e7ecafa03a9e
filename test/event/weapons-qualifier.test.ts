import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const weaponsOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).weapons.map((w) => w.text.toLowerCase());

describe('event weapons: a weapon\'s name that only qualifies another noun or likens', () => {
  it('names no weapon in "bomb shelters", "the bomb squad" or "gun laws"', () => {
    expect(weaponsOf('Kelton official jailed for stealing bomb shelter funds',
      'A court in Kelton jailed a former official for eight years on Monday for embezzling money meant to build bomb shelters in schools, after a gunman killed two guards at one of them.',
      'The bomb squad later searched the site, and the case renewed calls for tougher gun laws.')).not.toContain('bomb');
  });

  it('names no weapon in a likeness', () => {
    expect(weaponsOf('\'It sounded like a bomb\': gas blast at Kelton restaurant injures 17',
      'An explosion ripped through a restaurant in Kelton on Friday evening, injuring 17 people, police said.',
      '"It sounded like a bomb," said a waiter.')).not.toContain('bomb');
  });

  it('still names the weapon that was used', () => {
    expect(weaponsOf('Bomb kills two in Kelton market',
      'A bomb hidden in a bag exploded in a Kelton market on Monday, killing two people, police said.')).toContain('bomb');
  });
});
