import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const howOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).how?.text ?? null;

describe('event how: what an animal did to its victim', () => {
  it('reads what the animal did, on the body and through a second action, over the trigger\'s "attacked"', () => {
    expect(howOf('Fisherman dies after shark attack off Kelton Point',
      'A 41-year-old fisherman died on Sunday after he was attacked by a shark off Kelton Point, police said.',
      'The men were diving from a small boat when the shark bit him on the right calf.')).toBe('bit him on the right calf');
    expect(howOf('Crocodile kills herder in Marlow river',
      'A herder has died after he was attacked by a crocodile while washing in the Marlow river.',
      '"The crocodile grabbed him by the leg and dragged him into the water," a neighbour said.')).toBe('grabbed him by the leg and dragged him into the water');
  });

  it('reads the victim\'s passive when the animal\'s action is not told', () => {
    expect(howOf('Boy dies of snake bite in Kelton',
      'A seven-year-old boy died on Monday in Kelton hospital, a day after he was bitten by a snake in his family\'s garden.')).toBe('bitten by a snake');
  });

  it('reads a bare passive with its circumstance in a story that names the animal, and ends a way at a new verb', () => {
    expect(howOf('Two children die of scorpion stings in Kelton',
      'Two children died in Kelton on Tuesday after heavy rains drove scorpions out of their holes into homes.',
      'The children were stung while sleeping on mats in their family\'s home, a doctor said.')).toBe('stung while sleeping on mats in their family\'s home');
    expect(howOf('Pupil dies after bee attack at Marlow school',
      'A pupil died on Monday after bees attacked children in the courtyard of a Marlow school.',
      'The boy, who had been stung several hundred times, died on the way to hospital.',
      'The health office recommends that people attacked by bees run to a closed building.')).toBe('stung several hundred times');
  });

  it('answers with the animal\'s way, not the weapon used on the animal', () => {
    expect(howOf('Bear attacks hunters near Kelton',
      'A hunter was injured when a bear attacked two men sleeping in a tent near Kelton on Sunday.',
      'The bear tore open the tent at around 1 a.m. before one of the men shot it with a rifle.')).toBe('tore open the tent');
  });

  it('reads no animal way without an animal doing it, nor in sport', () => {
    expect(howOf('Man attacked in Kelton street',
      'A man was attacked by two men in a Kelton street on Friday night and bit his attacker on the arm, police said.') ?? '').not.toMatch(/^bit/);
    expect(howOf('Kelton Lions maul Marlow Tigers',
      'The Kelton Lions mauled the Marlow Tigers 42-7 on Saturday to reach the final.') ?? '').not.toMatch(/^mauled/);
  });
});
