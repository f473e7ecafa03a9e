import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const howOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).how?.text ?? null;

describe('event how: the occasion of a deal between governments, and what was signed', () => {
  it('reads the visit or the talks a deal was signed during or after', () => {
    expect(howOf('Kelton and Marlow sign five agreements',
      'Kelton and Marlow signed five agreements on trade and health on Tuesday during an official visit to Marlow City by Kelton\'s Secretary of Foreign Affairs.')).toBe('during an official visit to Marlow City by Kelton\'s Secretary of Foreign Affairs');
    expect(howOf('Kelton and Marlow agree power deal',
      'Kelton and Marlow agreed on Thursday to connect their power grids after more than nine hours of EU-mediated talks in Brussels.')).toBe('after more than nine hours of EU-mediated talks');
  });

  it('reads what was signed when no occasion is told, and no occasion from a bare "after the talks" or a time', () => {
    expect(howOf('Kelton and Marlow to buy firefighting planes together',
      'The leaders of Kelton and Marlow signed a memorandum of understanding on Monday under which the two countries will jointly buy four firefighting planes.',
      'Speaking to reporters after the talks, the Kelton president said the planes would arrive next year.')).toBe('signed a memorandum of understanding');
    expect(howOf('Kelton president arrives in Marlow',
      'Kelton\'s president arrived in Marlow City on Monday evening for a two-day state visit, officials said.') ?? '').not.toMatch(/^on Monday/);
  });
});
