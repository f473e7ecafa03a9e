import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const howOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).how?.text ?? null;

describe('event how: means, margins and what is no manner', () => {
  it('reads the means after "using" and, outside incidents, "through"', () => {
    expect(howOf('Scientists rebuild giant turtle skull', 'Using CT scans, a team from the Kelton Museum reconstructed the skull of a giant sea turtle, the museum said on Wednesday.')).toBe('Using CT scans');
    expect(howOf('Carmaker to cut 3,200 jobs', 'TURIN (Reuters) - Italian carmaker Vallemar said on Monday it would cut 3,200 jobs over two years through voluntary redundancies and early retirement.')).toBe('through voluntary redundancies and early retirement');
  });

  it('answers with the whole list of weapons after "with" ("with sticks, stones and machetes")', () => {
    expect(howOf('Two suspected thieves lynched in Kelby', 'Two men suspected of stealing a motorcycle were lynched by a mob in Kelby on Saturday morning. Residents attacked the suspects with sticks, stones and machetes before setting their bodies on fire, police said.')).toBe('with sticks, stones and machetes');
  });

  it('does not read a player missing a match "through injury" as a means', () => {
    expect(howOf('Kelton captain out of final', 'Kelton captain Tom Reid will miss Saturday\'s final through injury, the club said on Thursday.') ?? '').not.toMatch(/through injury/);
  });

  it('reads the share of the vote a winner took, and an approximate margin of votes', () => {
    expect(howOf('Former nurse wins Kelton West by-election', 'Former nurse Anne Boudreau won the Kelton West by-election on Monday, official results showed.', 'Boudreau took 41.2% of the vote, ahead of the Conservative candidate.')).toBe('took 41.2% of the vote');
    expect(howOf('Former prosecutor wins Kelton mayoral race', 'A former prosecutor won the race for mayor of Kelton by fewer than 20,000 votes, final results showed on Thursday.')).toBe('by fewer than 20,000 votes');
  });

  it('does not read how a source was reached as the manner ("said by telephone")', () => {
    expect(howOf('Landslide sweeps bus into river', 'KELTON (Reuters) - A landslide swept a bus into a river in the hills above Kelton early on Monday, killing seven people, district police chief Ram Thapa said by telephone.') ?? '').not.toMatch(/telephone/);
  });
});

describe('event how: a percentage after "with" is a share of the vote only', () => {
  it('reads no manner from "compared with 10%", and "by 4.9%" as the margin a figure moved by', () => {
    expect(howOf('Kelton jobless rate climbs', 'KELTON - Unemployment in Kelton stood at 25% in March, compared with 10% a year earlier, the statistics office said on Monday.') ?? '').not.toMatch(/with 10%/);
    expect(howOf('Kelton retail sales rise', 'KELTON - Retail sales in Kelton rose by 4.9% in March, the statistics office said on Monday.')).toBe('by 4.9%');
  });
});

describe('event how: the goal that decided a match, and the occasion of a decision', () => {
  it('reads "with a stoppage-time header" and "at a signing ceremony", but not "at a loss"', () => {
    expect(howOf('Kelton win cup final', 'Kelton Rovers won the Scottish Cup on Saturday with a stoppage-time header from defender Tom Reid.')).toBe('with a stoppage-time header');
    expect(howOf('Spain and Portugal sign water treaty', 'LISBON (Reuters) - Spain and Portugal signed a treaty on sharing river water on Monday at a signing ceremony in Evora.')).toBe('at a signing ceremony');
    expect(howOf('Kelton manager quits', 'Kelton manager Tom Reid resigned on Monday, saying he was at a loss to explain the team\'s form.') ?? '').not.toMatch(/at a loss/);
  });
});

describe('event how: a tally, a carrier, a filing and a condition', () => {
  it('reads a vote\'s tally, what carried a probe, a decision made known in a filing, and a condition', () => {
    expect(howOf('Kelton bans cars from old town', 'KELTON (AP) - Kelton\'s city council voted on Thursday to ban most private cars from the old town.', 'The measure passed 41-22 after a six-hour debate.')).toBe('passed 41-22');
    expect(howOf('Kelton president arrives in Lima for talks', 'LIMA (Reuters) - Kelton\'s president arrived in Lima on Sunday aboard a chartered airliner for two days of trade talks.')).toBe('aboard a chartered airliner');
    expect(howOf('Kelton Devices posts record profit', 'SEOUL (Reuters) - Kelton Devices said in a regulatory filing on Thursday that its second-quarter operating profit rose to a record.')).toBe('in a regulatory filing');
    expect(howOf('Regulator clears Kelton takeover', 'WARSAW (Reuters) - Poland\'s competition authority approved Kelton\'s takeover of Vistula Mobile on Tuesday, on condition that the combined company sells part of its radio spectrum.')).toMatch(/^on condition that the combined company sells/);
  });

  it('reads no manner from a source who "said in a statement"', () => {
    expect(howOf('Kelton minister sacked', 'ACCRA (Reuters) - Kelton\'s president sacked the energy minister on Friday, a spokesman said in a statement.') ?? '').not.toMatch(/statement/);
  });
});

describe('event how: the price of a deal, the margin of a rate', () => {
  it("reads a deal's price in the report, with the sum in another currency and what it was paid in", () => {
    const e = eventOf('Halden Foods agrees to buy Brightwell for $4.8 billion',
      'Halden Foods said on Tuesday it had agreed to buy the Dunmore snack maker Brightwell for about £3.6 billion ($4.8 billion) in cash.');
    expect(e.how?.text).toBe('for about £3.6 billion ($4.8 billion) in cash');
  });

  it('names the currency written after the sum, and reads the price of one share', () => {
    expect(eventOf('Fjord Bank buys Daugava Bank', 'Fjord Bank said on Tuesday it had agreed to buy Daugava Bank for 1.95 billion euros, in a bid to grow.').how?.text)
      .toBe('for 1.95 billion euros');
    expect(eventOf('Kestrel offers to buy rest of Harlow', 'Kestrel on Monday offered to buy the remaining shares of Harlow for $31 each.').how?.text)
      .toBe('for $31 each');
    // (Kroner, forint, tenge ...: the currencies the quantities word list names after a sum.)
    expect(eventOf('Kelton bakery chain sold to Fjord Foods', 'The Kelton bakery chain is to be sold to the Norwegian food group Fjord Foods for 1.2 billion kroner, the two companies said on Wednesday at a press conference.').how?.text)
      .toBe('for 1.2 billion kroner');
  });

  it('leaves a "for" with a sum that follows no deal ("raised £5,000 for charity" has no price)', () => {
    expect(eventOf('Runners finish Dunmore marathon', 'Some 3,000 runners finished the Dunmore marathon on Sunday, and the winner flew home for £200 on a budget airline.').how?.text ?? '').not.toMatch(/^for £200/);
  });

  it('reads the fraction of a point a rate moved by, and a decision taken by consensus', () => {
    expect(eventOf('Dunmore central bank cuts rates', 'The Dunmore central bank cut its key interest rate by a quarter percentage point to 2.5% on Thursday.').how?.text)
      .toBe('by a quarter percentage point');
    expect(eventOf('Dunmore minimum wage to rise', 'The Tripartite Labour Committee on Tuesday decided to raise the minimum wage to JD310 a month.', 'The decision was taken by consensus at a meeting at the ministry.').how?.text)
      .toBe('by consensus');
  });

  it('reads a weapon in its irregular plural ("knives") and answers "armed with" it', () => {
    const e = eventOf('Masked men rob exchange firm in Kelton, stab guard', 'KELTON: Two masked men armed with knives robbed an exchange company in Kelton on Sunday evening, stabbing a security guard who tried to stop them, police said.');
    expect(e.weapons.map((w) => w.text)).toContain('knives');
    expect(e.how?.text).toBe('armed with knives');
  });
});

describe('event how: the weapon before the bare verb of the attack', () => {
  it('answers with the weapon named later in the report, not the verb that only restates the attack', () => {
    expect(howOf('Man charged after Kelton bar stabbing', 'A man has been charged with attempted murder after another man was stabbed outside a bar in Kelton on Saturday night.', 'The victim, a 27-year-old, was taken to hospital. Police said he had been attacked with a kitchen knife after an argument.')).toBe('with a kitchen knife');
    expect(howOf('Five shot at Kelton block party', 'Five people were shot, one of them fatally, at a block party in Kelton on Saturday night, police said.', 'Officers arrested a 17-year-old boy at the scene. He had fired at the crowd with a handgun, police said.')).toBe('with a handgun');
  });

  it('keeps the attack verb when no weapon is named', () => {
    expect(howOf('Man stabbed in Kelton', 'A man was stabbed outside a bar in Kelton on Saturday night, police said.')).toBe('stabbed');
  });
});

describe('event how: a tally in words, a count of votes, the body a filing went to', () => {
  it('reads "voted 9 to 4" as the tally and "received 2,114 votes" as what a candidate won with', () => {
    expect(howOf('Kelton senate raises visitor fee', 'KELTON - The Kelton Senate on Tuesday approved a bill raising the visitor fee to $150.', 'Senators voted 9 to 4 in favour of the bill after three hours of debate.')).toBe('voted 9 to 4');
    expect(howOf('Nurse wins Kelton seat', 'Anne Dale, a nurse, won the Kelton seat in the House of Representatives on Tuesday, the election office said.', 'Dale received 2,114 votes, ahead of the incumbent.')).toBe('received 2,114 votes');
    expect(howOf('Nurse wins Kelton by-election', 'Anne Dale, a nurse, won the Kelton by-election on Thursday with 1,126 votes, the returning officer said.')).toBe('with 1,126 votes');
  });

  it('does not read a vote on a motion "to" do something as a tally', () => {
    expect(howOf('Kelton council votes to close library', 'Kelton council voted 9 times on the plan before it voted to close the library on Monday.') ?? '').not.toMatch(/^voted 9/);
  });

  it('reads the body a filing was made with, acronym and all', () => {
    expect(howOf('Kelton Bank profit rises 12%', 'KELTON - Kelton Bank\'s second-quarter profit rose 12% to $48.3 million, the bank said in a filing with the Superintendency of the Securities Market (SMV) on Wednesday.')).toBe('in a filing with the Superintendency of the Securities Market (SMV)');
  });
});

describe('event how: the form a protest took', () => {
  it('reads "in a sick-out" and "in a 48-hour walkout"', () => {
    expect(howOf('Kelton customs officers call in sick', 'KELTON - More than 60 customs officers stayed away from work on Wednesday in a sick-out over a new shift roster, leaving containers uncleared at the port.')).toBe('in a sick-out');
    expect(howOf('Kelton dockers walk out', 'KELTON - Dock workers at the port of Kelton stopped work on Monday in a 48-hour walkout over pay, the union said.')).toBe('in a 48-hour walkout');
  });
});


describe('event how: the written form of a court\'s decision', () => {
  it('reads "in a 46-page opinion" and "in a written judgment" as how a court decided', () => {
    expect(howOf('Judge blocks Kelton app store law', 'KELTON (AP) - A federal judge on Tuesday blocked a Kelton law that would have required app stores to verify users\' ages.', 'In a 46-page opinion, the judge said the law restricted far more speech than necessary.')).toBe('In a 46-page opinion');
    expect(howOf('Court orders Kelton to pay loggers', 'The High Court in Kelton has ordered the state to pay compensation to 40 landowners, in a written judgment delivered on Friday.')).toBe('in a written judgment');
  });
});
