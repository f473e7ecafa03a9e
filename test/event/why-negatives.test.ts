import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('why: no answer from words that only look like one', () => {
  it('gives no motive from a question about it ("would not say what ... the motive was, or how")', () => {
    const e = eventOf('Man shot dead on porch in Regina',
      'A 41-year-old man was shot dead on the porch of a house in Regina on Saturday night, police said.',
      'Police would not say what investigators believe the motive was, or how the two men knew each other.');
    expect(e.why?.text ?? '').not.toMatch(/how the two men/);
  });

  it('reads no purpose after "yes" or "no" ("votes Yes to right to housing")', () => {
    const e = eventOf('Malta votes Yes to right to housing in Constitution',
      'Voters in Malta approved the amendment by 61 per cent to 39 per cent in a referendum held on Saturday, officials said.');
    expect(e.why?.text ?? '').not.toMatch(/^to right/);
  });

  it('reads no purpose in what a proposal would do ("backed a proposal to write a right into the Constitution")', () => {
    const e = eventOf('',
      'Voters have backed a proposal to write a right to clean air into the Constitution, approving the amendment by 55 per cent on Sunday.');
    expect(e.why?.text ?? '').not.toMatch(/^to write/);
  });
});

describe('why: what protesters demand', () => {
  it('answers with "demanding that ..." told of the protesters', () => {
    const e = eventOf('Police fire tear gas at marching farmers in Cochabamba',
      'Riot police fired tear gas at thousands of farmers marching on the regional government offices in Cochabamba on Thursday, officials said.',
      'The farmers were demanding that the government end months of fertiliser shortages.');
    expect(e.why?.text).toMatch(/^demanding that the government end/);
  });

  it('reads no reason in "citing" a source, but one in "citing" a reason', () => {
    const deal = eventOf('Kelton and Varn sign visa waiver deal',
      'Kelton and Varn have signed an agreement abolishing visa requirements, the Kelton Times reports, citing the Kelton Foreign Ministry.');
    expect(deal.why?.text ?? '').not.toMatch(/Ministry/);
    const ban = eventOf('Kelton bans energy drinks for under-18s',
      'Kelton has banned the sale of energy drinks to under-18s, citing a rise in the number of teenagers treated for heart problems.');
    expect(ban.why?.text).toMatch(/^citing a rise in the number of teenagers/);
  });
});

describe('why: no cause from what a name comes from, no purpose from "to death"', () => {
  it('reads no cause in "named ... after"', () => {
    const e = eventOf('New gecko species found on Mount Kelton',
      'Biologists have described a new species of gecko found on the slopes of Mount Kelton, the national university said on Monday.',
      'The gecko, named Cyrtodactylus keltonensis after the mountain, grows to about nine centimetres.');
    expect(e.why?.text ?? '').not.toMatch(/after the mountain/);
  });

  it('reads no purpose in a headline\'s "Trample Three Villagers to Death"', () => {
    const e = eventOf('Wild Elephants Trample Three Villagers to Death in Kelton Township',
      'Three villagers were trampled to death by a herd of wild elephants in Kelton Township on Sunday night, police said.');
    expect(e.why?.text ?? '').not.toMatch(/^to Death/i);
  });
});

describe('why: in sport, what a win brought is no purpose', () => {
  it('reads no why from "to win the cup", "to end a wait" or "came back ... to beat"', () => {
    expect(eventOf('Kelton Rovers beat Dunmore to win Kelton Cup',
      'Kelton Rovers beat Dunmore 2-1 in the final on Saturday to win the Kelton Cup for the first time in 40 years.').why?.text ?? '').not.toMatch(/^to win/);
    expect(eventOf('Kelton end 63-year wait for cup',
      'Kelton Athletic won the cup final 3-1 against Dunmore on Saturday to end a 63-year wait for the trophy.').why?.text ?? '').not.toMatch(/^to end/);
    expect(eventOf('Kelton women retain volleyball title',
      'Kelton\'s women\'s volleyball team won the championship final on Saturday night, coming back from two sets down to beat Dunmore 3-2.').why?.text ?? '').not.toMatch(/^to beat/);
  });

  it('reads no cause from "on" in sport, nor from "after" and a pronoun alone', () => {
    expect(eventOf('Kelton runner surges clear on Embankment to win marathon',
      'Anne Dale of Kelton won the city marathon on Sunday in two hours 21 minutes, pulling away in the last two kilometres.').why?.text ?? '').not.toMatch(/^on /);
    expect(eventOf('Brennan wins Kelton Invitational in playoff',
      'KELTON — The putt was still three feet from the hole when Cole Brennan started walking after it, putter raised.',
      'Brennan won the Kelton Invitational on Monday, beating Rhys Dale by one stroke in a playoff.').why?.text ?? '').not.toBe('after it');
  });

  it('keeps a purpose "to win" outside sport', () => {
    expect(eventOf('Kelton party cuts fuel tax',
      'The ruling party in Kelton cut the fuel tax by half on Monday to win back voters before the election, officials said.').why?.text ?? '').toMatch(/^to win back voters/);
  });
});

