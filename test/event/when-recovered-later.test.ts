import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whenOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).when?.text ?? null;

describe('event when: the dead recovered later date the recovery, not the incident', () => {
  it('answers with the day of the landslide, not of the bodies recovered', () => {
    expect(whenOf('Kelton landslide toll rises to 11',
      'Rescuers recovered four more bodies on Saturday from the mud left by a landslide that buried 14 houses in Kelton on Thursday night, bringing the death toll to 11.')).toBe('Thursday night');
  });

  it('keeps a rescue of the living as the event\'s day', () => {
    expect(whenOf('Three miners rescued alive in Kelton',
      'Rescuers pulled three miners alive on Thursday from a coal mine in Kelton where a tunnel collapsed on Tuesday.')).toBe('Thursday');
  });
});
