import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('who acted when the report tells the victims first', () => {
  it('answers who with the subject of the "when" clause after a passive toll in an attack', () => {
    const e = eventOf('',
      'Three people were killed on Tuesday when a gunman opened fire at a bank branch in the Lekki district of Lagos, police said.',
      'The attacker escaped with cash.');
    expect(e.who[0]?.text).toBe('gunman');
    expect(e.who.find((w) => w.text === 'Three people')!.score).toBeLessThan(e.who[0]!.score);
  });

  it('answers an accident told through its toll with the vehicle whose clause is the what, the victims next', () => {
    // Giveme5W1H's coders named the victims of a tram crash told this way; ours (sets d and i) the
    // train or the crowd whose clause tells what happened. Who follows the what's clause.
    const e = eventOf('',
      'At least seven people were killed when a tram sped round a sharp bend and derailed in Croydon on Monday.',
      'Investigators said the tram was travelling too fast.');
    expect(e.what?.text).toMatch(/^sped round a sharp bend/);
    expect(e.who.slice(0, 2).map((w) => w.text)).toEqual(['a tram', 'At least seven people']);
  });

  it('takes no pronoun from the "when" clause ("when they arrived")', () => {
    const e = eventOf('',
      'Two guards were shot dead on Friday when they tried to stop robbers at a jewellery shop in Kano, police said.',
      'The robbers fled on motorbikes.');
    expect(e.who.map((w) => w.text)).not.toContain('they');
  });

  it('reads a headline verb after an irregular plural subject ("Gunmen kill three guards")', () => {
    const e = eventOf('Gunmen kill three guards at Lagos bank',
      'Three security guards were shot dead on Tuesday when gunmen stormed a bank branch in the Lekki district of Lagos, police said.');
    expect(e.who[0]?.text).toBe('Gunmen');
    expect(e.what?.text).toMatch(/^kill three guards/);
  });
});

describe('event who: the agent of a passive incident clause', () => {
  it('answers with whoever the "when" clause says attacked ("when their community was attacked by suspected bandits")', () => {
    const e = eventOf('12 killed as bandits attack Kelda village',
      'No fewer than 12 persons were killed and seven others injured when their community, Kwanar Kelda in Tsafe, was attacked by suspected bandits on Sunday night.',
      'Residents fled into the bush.');
    expect(e.who[0]?.text).toMatch(/bandits/);
    expect(e.who[0]?.text).not.toBe('their community');
  });
});
