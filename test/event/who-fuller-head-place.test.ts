import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whoOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).who[0]?.text ?? null;

describe('event who: a headline\'s bare noun answers as the report first says it, with where the person is from', () => {
  it('reads "A 52-year-old diver from Texas" for the headline\'s "Texas diver"', () => {
    expect(whoOf('Texas diver dies after rapid ascent off Kelton Reef',
      'A 52-year-old diver from Texas died on Saturday after surfacing too fast from a deep dive off Kelton Reef, police said.')).toBe('A 52-year-old diver from Texas');
    expect(whoOf('Ohio tourist dies in fall from hotel balcony',
      'A 47-year-old tourist from Ohio died on Sunday after falling from the balcony of a hotel in Kelton, police said.')).toBe('A 47-year-old tourist from Ohio');
  });
});
