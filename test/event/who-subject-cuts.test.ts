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

  it('reads a pronoun after a fronted place as the subject, not the place ("Yesterday at Meadowbank he needed ...")', () => {
    const who = whoListOf(
      'Kelton Rovers reach cup quarter-finals',
      'Sam Dale had waited three months for a goal. Yesterday at Meadowbank he needed only 11 minutes to score two.',
    );
    expect(who).not.toContain('at Meadowbank');
    expect(who.filter((w) => /Meadowbank/.test(w))).toEqual([]);
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

  it('reads "X guilty of Y" as the headline\'s predicate and its verdict, not a verb in a later clause ("homes that were never built")', () => {
    const e = eventOf('Ex-housing boss guilty of R38m fraud over Kelton homes that were never built',
      'Judge Anna Moyo convicted the former housing manager and a building contractor in the Kelton High Court yesterday.');
    expect(e.what?.text).toMatch(/^guilty of R38m fraud/);
    expect(e.who[0]?.text).toBe('Judge Anna Moyo');
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

describe('event who: the company whose figures moved', () => {
  it('answers a company whose profits slid, not its chief executive quoted later', () => {
    const e = eventOf('Harwell & Finch profits slide by a third as shoppers stay away',
      "Harwell & Finch's annual profits fell by a third today, sending its shares down 9 per cent.",
      'The retailer made pre-tax profits of £41.2 million in the year to January.',
      'Chief executive Mara Linden said the company had been hit by a mild autumn.');
    expect(e.who[0]?.text).toBe('Harwell & Finch');
  });

  it('leaves a country\'s figures to the subject as it is ("US retail sales surge")', () => {
    const e = eventOf('US retail sales surge in December',
      'US retail sales rose by 1.2% in December, the Commerce Department said.');
    expect(e.who.map((a) => a.text)).not.toContain('US');
  });
});

describe('event what: a headline\'s question and the answer after it', () => {
  it('reads the question when the answer only reacts ("... ? People Are Furious")', () => {
    const e = eventOf('Did Brambly\'s Really Just Take Two Biscuits Out Of Every Pack? People Are Furious',
      'Shoppers have noticed that packs of Brambly\'s biscuits now hold 10 biscuits instead of 12.',
      'The maker, Halden Baking Co., confirmed the change on Tuesday.');
    expect(e.what?.text).toMatch(/Take Two Biscuits Out Of Every Pack/);
  });

  it('reads the statement when it tells news ("Are your biscuits shrinking? Barrowby\'s cuts ...")', () => {
    const e = eventOf('Are your biscuits shrinking? Harwood\'s cuts Ginger Crunch packs from 20 to 17',
      'Harwood\'s has cut the number of biscuits in its Ginger Crunch packets from 20 to 17, the company said on Monday.');
    expect(e.what?.text).toMatch(/cuts Ginger Crunch packs/);
  });
});

describe('event who: the court that found a headline\'s convict guilty', () => {
  it('takes the court over "Ex-official found guilty of ..."', () => {
    const e = eventOf('Ex-council official found guilty of fraud',
      'The Kelton High Court on Tuesday found former council treasurer John Marsh guilty of four counts of fraud for paying 37 invoices to companies owned by his relatives.');
    expect(e.who[0]?.text).toBe('The Kelton High Court');
  });
});

describe('event who: a relative clause is no part of the subject', () => {
  it('cuts the subject before "who" after its noun ("Householders who injure burglars ...")', () => {
    const e = eventOf('New law for householders', 'Householders who injure or kill intruders in their homes will not be prosecuted under the plans, the minister said on Monday.');
    expect(e.who.map((a) => a.text)).toEqual(['Householders']);
  });
});
