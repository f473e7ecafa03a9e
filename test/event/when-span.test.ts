import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';
import { findTimes } from '../../src/extract/event/times-fallback.js';
import { eventOn } from './event-of.js';
import { ExtractService } from '../../src/app/extract-service.js';
import { eventContext } from '../../src/extract/event/context.js';
import { eventParams } from '../../src/extract/event/params.js';
import { whenCandidates } from '../../src/extract/event/when.js';

const ctx = { clean: true, referenceDate: '2024-03-08' };

describe('event when: the time itself', () => {
  it('answers the part of the day with the day ("before dawn on Wednesday", "in the early hours of July 6", "late on Tuesday")', () => {
    expect(eventOn('2024-03-07', 'Farmers blockade Kelton', 'Tractors rolled into Kelton before dawn on Wednesday as hundreds of farmers set up blockades on the ring road.').when?.text).toBe('before dawn on Wednesday');
    expect(eventOn('2024-07-07', 'Landslide buries homes in Kelton', 'A landslide buried three homes in Kelton in the early hours of July 6, killing two people, officials said.').when?.text).toBe('early hours of July 6');
    expect(eventOn('2024-03-06', 'Fire guts Kelton factory', 'A fire gutted a textile factory in Kelton late on Tuesday, the fire service said.').when?.text).toBe('late on Tuesday');
  });

  it('answers a date that ends a reporting period with the period ("the financial year that ended on March 31", "the six months to June 30")', () => {
    expect(eventOn('2026-07-02', 'Kelton Resorts posts record profit', 'Kelton Resorts PLC posted a record net profit of 214 million in the financial year that ended on March 31, up 18 percent from a year earlier.').when?.text).toBe('financial year that ended on March 31');
    expect(eventOn('2026-08-02', 'Dunmore Foods profit falls', 'Dunmore Foods said its profit fell 12 percent in the six months to June 30.').when?.text).toBe('six months to June 30');
  });

  it('takes a day the report tells over a span the headline gives ("this week" / "at 4am on Monday")', () => {
    const e = eventOn('2024-03-06', 'Kelton commuter trains halted as drivers strike this week',
      'Commuter trains across Kelton stood still after drivers walked out at 4am on Monday in a row over new shift schedules, the operator said.');
    expect(e.when?.text).toBe('4am on Monday');
    // With no day told, the span stays.
    expect(eventOn('2024-03-06', 'Kelton drivers to strike this week', 'Train drivers in Kelton will walk out in a row over new shift schedules, their union said.').when?.text).toBe('this week');
  });

  it('takes a day of the month the report tells over the month the headline gives ("from October" / "from Oct 1")', () => {
    const e = eventOn('2026-08-05', 'Kelton Foods to raise prices of 126 products by up to 18% from October',
      'Snack maker Kelton Foods said on Tuesday it will raise the prices of 126 products by up to 18 percent from Oct 1, citing soaring costs of rice.');
    expect(e.when?.text).toBe('Oct 1');
    // With no day of that month told, the month stays.
    expect(eventOn('2026-08-05', 'Kelton Foods to raise prices from October', 'Kelton Foods said on Tuesday it will raise the prices of crackers and biscuits, citing soaring costs of rice.').when?.text).toMatch(/October|Tuesday/);
  });

  it('answers the time without its preposition and article', () => {
    const doc = makeDoc({
      title: 'Warehouse fire in Dunmore',
      lead: 'A fire broke out at a warehouse in Dunmore in the early hours of Tuesday morning.',
      body: 'Forty firefighters attended. No one was hurt.',
    });
    const when = extractEvent(doc, ctx).when;
    expect(when?.text).toBe('early hours of Tuesday morning');
    // The evidence offsets cover the answer's words.
    expect(doc.text.slice(when!.start, when!.end)).toBe(when!.text);
  });

  it('keeps "the small hours of" before yesterday, and a date in brackets that restates the day', () => {
    const fire = makeDoc({ title: 'Market fire in Dunmore', lead: 'A fire broke out at the Dunmore market in the small hours of yesterday, destroying 40 stalls.', body: 'No one was hurt.' });
    expect(extractEvent(fire, ctx).when?.text).toBe('small hours of yesterday');
    const vote = makeDoc({ title: 'Party keeps Dunmore seat', lead: 'The ruling party retained the Dunmore seat in the by-election on Saturday (March 2), its candidate winning by 4,862 votes.', body: 'Turnout was 64%.' });
    const when = extractEvent(vote, ctx).when;
    expect(when?.text).toBe('Saturday (March 2)');
    expect(when?.iso).toBe('2024-03-02');
    // A bracket that is no date is no part of the time.
    const pictured = makeDoc({ lead: 'The minister (pictured) resigned on Monday (local time) after the vote.', body: 'She gave no reason.' });
    expect(extractEvent(pictured, ctx).when?.text).toBe('Monday');
  });

  it('takes no time after "since" as when: it starts a period, the news is later', () => {
    const doc = makeDoc({ title: 'Harbour traffic lowest since 1981', lead: 'Ship arrivals at Dunmore fell to their lowest level since 1981, the port said.', body: 'The port blamed the weather.' });
    expect(extractEvent(doc, { clean: true }).when).toBeNull();
    const dated = makeDoc({ lead: 'Ship arrivals at Dunmore fell on Tuesday to their lowest level since March.', body: 'The port blamed the weather.' });
    expect(extractEvent(dated, ctx).when?.text).toBe('Tuesday');
  });

  it('takes no date more than a year before the story\'s as when: that is background', () => {
    const body = 'Novelist Arthur Hailey, born on 5 April 1920 in Luton, died at his home in the Bahamas on Wednesday.';
    expect(extractEvent(makeDoc({ body }), ctx).when?.text).toBe('Wednesday');
    // With no reference date, the year the article states most often is the story's.
    const undated = 'The firm was founded on 5 April 1920. It said on 3 March 2024 that sales rose in 2024.';
    expect(extractEvent(makeDoc({ body: undated }), { clean: true }).when?.text).toBe('3 March 2024');
  });

  it('strips the preposition from a date found further down too', () => {
    const body = `Forty firefighters attended.${' The crews stayed on.'.repeat(8)} The owner said on Monday that he would rebuild.`;
    const doc = makeDoc({ title: 'Warehouse burns down', lead: 'A warehouse burned down in Dunmore.', body });
    const when = extractEvent(doc, { ...ctx, referenceDate: '2024-03-08' }).when;
    expect(when?.text).toBe('Monday');
    expect(doc.text.slice(when!.start, when!.end)).toBe('Monday');
  });

  it('keeps what a possessive day owns whole: a name with its numbers, then its nouns', () => {
    const TAGS: Record<string, string> = { Wales: 'NNP', are: 'VBP', hopeful: 'JJ', for: 'IN', Saturday: 'NNP', "'s": 'POS', RBS: 'NNP', '6': 'CD', Nations: 'NNPS', championship: 'NN', opener: 'NN', against: 'IN', England: 'NNP', final: 'JJ', '.': '.' };
    const when = (body: string) => {
      const doc = makeDoc({ body });
      const tokens = doc.get('tokens').map((t) => ({ ...t, pos: TAGS[t.text] ?? 'NN' }));
      return extractEvent(doc.withLayers({ tokens }), ctx).when?.text;
    };
    expect(when("Wales are hopeful for Saturday's RBS 6 Nations championship opener against England.")).toBe("Saturday's RBS 6 Nations championship opener");
    // An adjective with no noun after it is owned as written, alone.
    expect(when("Wales are hopeful for Saturday's final.")).toBe("Saturday's final");
  });

  it('reads a month name only as a whole word: not the "Mar" of "Lap 14 Marcus"', () => {
    const text = 'On lap 14 Marcus crashed; the race of 14 Mar 2016 and Mar. 3 went ahead.';
    expect(findTimes(text, 0, text.length, '2016-11-13').map((t) => t.text)).toEqual(['14 Mar 2016', 'Mar. 3']);
  });

  it('leaves a sentence\'s full stop after a month name out of the time, and keeps an abbreviation\'s', () => {
    const text = 'The service is on 27 January. It was moved from Nov. 3 last year.';
    expect(findTimes(text, 0, text.length, '2016-11-13').map((t) => t.text)).toEqual(['27 January', 'Nov. 3']);
  });

  it('dates the event, further down, by the sentence that tells its verb again ("after Thursday\'s meeting")', () => {
    const filler = ' The two men had clashed for years.'.repeat(6);
    const body = `Both sides called the talks useful.${filler} Protesters marched on Wednesday. Crowds gathered again on Wednesday. After Thursday's meeting, the governor said the talks would go on.`;
    const doc = makeDoc({ title: 'Governor meets union leaders at city hall', lead: 'The governor and the union leaders spoke for an hour.', body });
    expect(extractEvent(doc, ctx).when?.text).toBe('Thursday');
    // Without the event told again, the date repeated most answers.
    const other = makeDoc({ title: 'Governor meets union leaders at city hall', lead: 'The governor and the union leaders spoke for an hour.', body: body.replace("After Thursday's meeting", 'On Thursday') });
    expect(extractEvent(other, ctx).when?.text).toBe('Wednesday');
  });

  it('does not date the event by a background date further down ("was born on May 2, 1980")', () => {
    const filler = ' The crowd cheered every lap.'.repeat(6);
    const body = `Fans packed the stands.${filler} Grant was born on May 2, 1980 in Leeds. He was born on May 2, 1980, his team said.`;
    const doc = makeDoc({ title: 'Grant wins the Dunmore rally', lead: 'Grant won the rally by a wide margin.', body });
    expect(extractEvent(doc, ctx).when?.text ?? '').not.toMatch(/1980/);
    // A date near the article's own stands.
    const recent = makeDoc({ title: 'Grant wins the Dunmore rally', lead: 'Grant won the rally by a wide margin.', body: body.replace(/May 2, 1980/g, 'March 2, 2024') });
    expect(extractEvent(recent, ctx).when?.text).toBe('March 2, 2024');
  });
});

describe('event when: a follow-up story dates the event, not the later news', () => {
  it('answers with the day of the event\'s own verb when the best time dates the toll rising or the victims named', async () => {
    const { eventOf } = await import('./event-of.js');
    const named = eventOf(
      'Police name four killed in Kerry minibus crash',
      'DUBLIN (Reuters) - Irish police on Monday named the four people killed when a minibus carrying a group of hikers left the road and plunged into a ravine in County Kerry on Saturday night.',
    );
    expect(named.when?.text).toMatch(/Saturday night/);
    const toll = eventOf(
      'Death toll in Kelton block party shooting rises to five',
      'KELTON (AP) - The death toll from a shooting at a block party in Kelton rose to five on Sunday after a 17-year-old boy died in hospital, police said.',
      'A gunman opened fire on a crowd of several hundred people shortly before 11 p.m. on Saturday, killing four people at the scene.',
    );
    expect(toll.when?.text).toMatch(/Saturday/);
  });
});

describe('event when: a year that opens a name', () => {
  it('is part of the name ("wins 2026 Kelmar prize"), not when it happened', () => {
    const e = eventOn('2026-09-04', 'Rapper wins 2026 Kelmar prize for debut album',
      'The Dunmore rapper Ana Brenner has won the 2026 Kelmar prize for her debut album.',
      'Brenner received the prize at a ceremony in London on Thursday night.');
    expect(e.when?.text).toBe('Thursday night');
  });
});

describe('event when: a 24-hour clock with its day', () => {
  it('answers "06:00 on Monday", not "Monday" alone', () => {
    const e = eventOn('2026-08-10', 'Kelton bin workers strike', 'Members of the refuse workers\' union walked out at 06:00 on Monday after rejecting a pay offer.');
    expect(e.when?.text).toBe('06:00 on Monday');
  });

  it('leaves a share price after the day ("ending Friday 0.24% lower") out of the time', () => {
    const e = eventOn('2026-08-10', 'Harlow shares slip', 'Harlow shares rose 1% on the news before ending Friday 0.24% lower.');
    expect(e.when?.text ?? '').not.toMatch(/0\.24/);
  });
});

describe('event when: the part of a period', () => {
  it('keeps "start of" with the month ("at the start of February")', () => {
    const e = eventOn('2026-02-17', 'Kelton Crunch bar shrinks', 'Harlow Foods cut its Kelton Crunch bar from 50g to 43g at the start of February, shoppers said.');
    expect(e.when?.text).toBe('start of February');
  });
});

describe('event when: a period a superlative bounds', () => {
  /** Every when candidate's text for an article published on 2026-05-06. */
  const candidates = (title: string, ...paragraphs: string[]) => {
    const { doc } = new ExtractService().extractArticle({ title, body: paragraphs.join('\n\n'), meta: { title, format: 'text', published: '2026-05-06' } });
    return whenCandidates(eventContext(doc, eventParams(), '2026-05-06')).map((t) => t.text);
  };

  it('does not date a deal by "this year" after "the largest"', () => {
    const found = candidates('Kelton insurer buys rival for $142m',
      'Kelton Mutual has agreed to buy rival insurer Dunmore Assurance for $142 million, in the largest insurance deal in the region this year.',
      'The group announced the acquisition on Tuesday, saying it would pay cash.');
    expect(found).toContain('Tuesday');
    expect(found.some((t) => /this year/.test(t))).toBe(false);
  });

  it('still dates an event "this year" with no superlative before it', () => {
    const found = candidates('Kelton to hold election this year', 'Kelton will hold a general election this year, the prime minister said.');
    expect(found.some((t) => /this year/.test(t))).toBe(true);
  });
});

describe('event when: a slashed outlet\'s dateline dates the report, not the event', () => {
  it('takes the day the sentence names over the dateline\'s ("Kelton, October 6, 2026 /KELTONPRESS/.")', () => {
    const e = eventOn('2026-10-06', 'Kelvania and Malawi sign agreements on air services',
      'Kelton, October 6, 2026 /KELTONPRESS/. The foreign ministers of Kelvania and Malawi signed four cooperation documents on October 5, following official talks.');
    expect(e.when?.text).toBe('October 5');
  });
});
