import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whatOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).what?.text ?? null;

describe('event what: a toll headline beside a lead that tells the toll with its cause', () => {
  it('answers with the lead\'s toll and its cause, not the headline\'s count', () => {
    expect(whatOf('Death toll from toxic alcohol in Kelton rises to nine',
      'At least nine people have died after drinking homemade alcohol contaminated with methanol in the city of Kelton, the teaching hospital said on Tuesday.')).toBe('have died after drinking homemade alcohol contaminated with methanol');
    expect(whatOf('Woman dies, dozens in hospital after wedding food poisoning in Kelton',
      'A 71-year-old woman died and at least 126 other guests were treated in hospital after suspected food poisoning at a wedding in Kelton on Saturday night, health authorities said.')).toBe('died and at least 126 other guests were treated in hospital after suspected food poisoning');
  });

  it('reads no cause from a time after "after", nor from a clause with a subject of its own', () => {
    expect(whatOf('Three dead in Kelton', 'Three people died shortly after 9 p.m. on Sunday in Kelton, police said.') ?? '').not.toMatch(/after 9/);
    expect(whatOf('Nine dead in Kelton', 'At least nine miners have died after an abandoned mining pit caved in on them near Kelton on Monday night.') ?? '').not.toMatch(/^have died after an abandoned mining pit$/);
  });
});
