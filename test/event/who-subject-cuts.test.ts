import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

/** Every who candidate the record keeps, best first. */
const whoListOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).who.map((a) => a.text);
const whoOf = (title: string, ...paragraphs: string[]): string | undefined => whoListOf(title, ...paragraphs)[0];

describe('event who: what a subject is cut to', () => {
  it('answers with the body a headline\'s country stands for, without the time before the verb', () => {
    expect(
      whoOf(
        'Kenya votes to cap interest on phone loans',
        'NAIROBI (Reuters) - Kenya\'s National Assembly on Thursday passed a bill capping interest on mobile-phone loans, by 189 votes to 47.',
        'The bill now goes to the president.',
      ),
    ).toBe('Kenya\'s National Assembly');
  });

  it('reads the subject of a headline\'s "N dead as X hits Y" after the toll', () => {
    const who = whoListOf(
      'Polish level-crossing crash: five dead as train hits bus near Lodz',
      'WARSAW (Reuters) - A regional passenger train slammed into a bus at a level crossing near Lodz on Monday morning, killing five people and injuring 11, officials said.',
    );
    expect(who[0]).toBe('A regional passenger train');
    expect(who.filter((w) => / as /.test(w))).toEqual([]);
  });
});

describe('event who: the court, not the convict of a headline', () => {
  it('answers who with the court that passed a sentence the headline tells ("Ex-mayor gets 40 years")', () => {
    expect(
      whoOf(
        'Nairobi ex-mayor gets 40 years for stealing flood relief funds',
        'NAIROBI (AFP) - An anti-graft court on Tuesday sentenced a former town mayor to 40 years in prison for pocketing relief funds meant for flood victims, prosecutors said.',
      ),
    ).toBe('An anti-graft court');
  });
});


describe('event who: a quote headline\'s speaker', () => {
  it('answers who with those who acted, not the speaker of a quote headline', () => {
    expect(
      whoOf(
        '"They fired straight at us," Kelton protester says',
        'KELTON (AP) - Police opened fire on demonstrators protesting against a rise in bus fares in Kelton on Monday, killing three people and wounding 17, hospital officials said.',
      ),
    ).toBe('Police');
  });
});

describe('event who: a count is no name', () => {
  it('reads no name in a count that opens a sentence ("Five people were killed ...")', () => {
    const e = eventOf('Five killed, 23 hurt as express bus rams into lorry near Kelby',
      'KELBY: Five people were killed and 23 others injured when the express bus they were travelling in rammed into the rear of a lorry near Kelby early on Friday.',
      'Four victims died at the scene.');
    expect(e.who[0]?.text).not.toBe('Five');
    expect(e.who[0]?.text).toMatch(/bus|Five people/);
  });
});
