import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

/** Sentences that tell more of a deal but give no reason for it: they push the purpose past the sentences the main event is read from. */
const FILLER = [
  'The companies did not disclose the price.',
  'Shares in Harlow Energy rose 3 per cent in early trading.',
  'The plant employs 400 people.',
  'Analysts at Portmere Bank called the price fair.',
  'Harlow has bought two other firms this year.',
  'The sale is expected to close in the spring.',
];

describe('event why: the purpose a report states of the news itself', () => {
  it('reads "the deal was meant to ..." past the sentences the main event is read from', () => {
    const e = eventOf('Harlow Energy buys Dunmore solar stake',
      'Harlow Energy has agreed to buy a 40 per cent stake in the Dunmore solar developer Helios, the companies said on Monday.',
      ...FILLER,
      'Harlow said the deal was meant to expand its renewables portfolio in Europe.');
    expect(e.why?.text).toMatch(/^meant to expand its renewables portfolio/);
  });

  it('reads "part of its strategy to ..." after a noun of the news', () => {
    const e = eventOf('Harlow Energy buys Dunmore freight firm',
      'Harlow Energy has agreed to buy the Dunmore freight firm Kestrel, the companies said on Monday.',
      ...FILLER,
      'Harlow said the acquisition was part of its strategy to expand into cross-border logistics.');
    expect(e.why?.text).toMatch(/^part of its strategy to expand into cross-border logistics/);
  });

  it('reads what the news "would give" its buyer, right after a noun of the news, past the sentences read', () => {
    const e = eventOf('Harlow Foods buys Dunmore bakery chain',
      'Harlow Foods has agreed to buy the Dunmore bakery chain Kestrel, the companies said on Monday.',
      ...FILLER,
      'Harlow said the purchase would give it a foothold in Denmark, its first market abroad.');
    expect(e.why?.text).toMatch(/^would give it a foothold/);
    // ("the minister said the government would give a laptop to ...": no news noun before it.)
    expect(eventOf('Kelton pupils pass exams', 'More pupils in Kelton passed their exams this year, the education ministry said on Monday.', 'The minister said the government would give a laptop to each top student.').why?.text ?? '').not.toMatch(/would give/);
  });

  it('leaves a purpose far down that is not said of the news', () => {
    // "The fund is meant to ...": the fund is not the deal; past the sentences read it gives no reason.
    const e = eventOf('Harlow Energy buys Dunmore solar stake',
      'Harlow Energy has agreed to buy a 40 per cent stake in the Dunmore solar developer Helios, the companies said on Monday.',
      ...FILLER,
      'Separately, its pension fund is meant to grow by a tenth this year.');
    expect(e.why).toBeNull();
  });
});

describe('event why: "for" + an -ing form after a sentence', () => {
  it('reaches back past a long object to the verb of judging ("sentenced a former engineer ... for stealing")', () => {
    const e = eventOf('Former engineer jailed for seven years',
      'The Dunmore High Court on Friday sentenced a former engineer at Portmere-based Kestrel Semiconductor Corp to seven years in prison for stealing the company\'s advanced packaging technology.');
    expect(e.why?.text).toBe("for stealing the company's advanced packaging technology");
  });
});

describe('event why: what the police acted on', () => {
  it('reads "acted on information about ..." as why they struck', () => {
    const e = eventOf('Five suspected robbers shot dead in shootout with police in Dunmore',
      'Five suspected robbers were shot dead in a shootout with police at a house in Dunmore in the early hours of Wednesday.',
      'A police officer was wounded in the exchange of gunfire.',
      'According to police spokesperson Colonel Mary Osei, a tactical team acted on information about a gang that was planning to rob a cash van in the area.');
    expect(e.why?.text).toMatch(/^acted on information about a gang/);
  });
});

describe('event why: the reason given when the decision was announced', () => {
  it('reads ", saying ..." after a verb of saying whose object is the news ("announced the decision")', () => {
    const e = eventOf('Kelton central bank raises rates',
      'The Kelton central bank announced the decision on Wednesday, saying inflation had risen faster than it expected.');
    expect(e.why?.text).toMatch(/^inflation had risen faster/);
  });

  it('leaves ", saying ..." after a verb of saying with no news for object', () => {
    const e = eventOf('Kelton central bank raises rates',
      'The governor told reporters on Wednesday, saying she was tired.');
    expect(e.why?.text ?? '').not.toMatch(/tired/);
  });
});
