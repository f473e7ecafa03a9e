import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whereOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).where[0]?.text ?? null;

describe('event where: a place named only before a local office, as the last answer', () => {
  it('answers with the place before a judge or a mayor when no other place is named', () => {
    expect(whereOf('Former cooperative manager gets 12 years',
      'A Managua judge on Tuesday sentenced the former manager of a savings cooperative to 12 years in prison for stealing his members\' money.')).toBe('Managua');
  });

  it('answers no place from a team role or an owner', () => {
    expect(whereOf('Hale ruled out',
      'England captain Tom Hale has been ruled out of Saturday\'s match with a knee injury, his club said.')).toBeNull();
    expect(whereOf('Gardener shrugs off illness',
      'Britain\'s Jason Gardener shook off an upset stomach to win the 60m on Sunday.') ?? '').not.toBe('Britain');
  });

  it('keeps a place the report names as where over one before a title', () => {
    expect(whereOf('Former cooperative manager gets 12 years',
      'A Managua judge on Tuesday sentenced the former manager of a savings cooperative in Granada to 12 years in prison.')).toBe('Granada');
  });
});
