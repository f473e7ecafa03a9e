import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('a robbery told after a scene', () => {
  const e = eventOf('How did thieves empty a Vienna watch shop in a minute?',
    'On a normal weekday, the only crowds on Kohlmarkt are outside the cafes, where tourists wait for a table.',
    'The Brenner watch shop at the end of the street was robbed by four masked men shortly after 11 a.m. on 3 May. They smashed display cases and escaped with watches worth an estimated €2 million, Vienna police said.');

  it('is typed as crime ("robbed")', () => {
    expect(e.type).toBe('crime');
  });

  it('answers who with the passive\'s agent, which ends before an adverb ("four masked men shortly after")', () => {
    expect(e.who[0]?.text).toBe('four masked men');
  });

  it('weighs the subject of a scene\'s plain "be" less than an actor', () => {
    const scene = e.who.find((w) => w.text.startsWith('the only crowds'));
    expect(scene === undefined || scene.score < e.who[0]!.score).toBe(true);
  });
});

describe('names are no triggers', () => {
  it('does not type a story crime for a DJ named Rob', () => {
    const e = eventOf('Three DJs take over late-night radio show',
      'Three DJs, among them Rob Da Bank, will each host the late-night slot from February, the station said.');
    expect(e.type).not.toBe('crime');
  });
});
