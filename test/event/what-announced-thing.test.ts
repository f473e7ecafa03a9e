import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whatOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).what?.text ?? null;

describe('event what: a verb of saying whose object is the thing made known', () => {
  it('reads "confirmed seven ... cases" as the news, over a later sentence\'s detail', () => {
    expect(whatOf('Kelton confirms local fever cases',
      'KELTON - The Ministry of Health on Tuesday afternoon confirmed seven locally transmitted cases of dengue fever, the first on the island in ten years.',
      'The cases were found in the neighborhoods of Brievengat and Santa Rosa, the ministry said.')).toBe('confirmed seven locally transmitted cases of dengue fever');
  });

  it('still demotes a verb of saying with a clause for object ("confirmed that ...")', () => {
    expect(whatOf('Kelton mayor quits',
      'The ministry confirmed that the mayor of Kelton resigned on Monday.',
      'The mayor resigned after a row over the budget.') ?? '').not.toMatch(/^confirmed/);
  });
});
