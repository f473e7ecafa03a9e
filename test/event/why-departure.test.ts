import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whyOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).why?.text ?? null;

describe('event why: a journey\'s start after "after" dates a mishap, it does not explain it', () => {
  it('reads no cause from "after leaving", "after taking off" or "after it left"', () => {
    expect(whyOf('Ferry capsizes on Kelton river',
      'A ferry carrying 80 passengers capsized on the Kelton river on Monday shortly after leaving Marlow for Kelton town.') ?? '').not.toMatch(/^after leaving/);
    expect(whyOf('Two killed as plane crashes near Kelton',
      'Two people were killed when a light plane crashed into a field near Kelton on Sunday, minutes after taking off from Marlow airfield.') ?? '').not.toMatch(/^after taking off/);
    expect(whyOf('Bus ambushed near Kelton',
      'Gunmen ambushed a bus near Kelton on Friday after it left Marlow with 54 passengers, police said.') ?? '').not.toMatch(/^after it left/);
  });

  it('still reads a cause after "after"', () => {
    expect(whyOf('Ferry capsizes on Kelton river',
      'A ferry capsized on the Kelton river on Monday after it was hit by a sudden storm, officials said.')).toMatch(/^after it was hit/);
  });
});
