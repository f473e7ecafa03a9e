import { describe, expect, it } from 'vitest';
import { animacy, isAgentNoun } from '../../src/extract/event/animacy.js';
import { eventContext } from '../../src/extract/event/context.js';
import { eventParams } from '../../src/extract/event/params.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc, withMentions } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-02-11' };

/** Token span [start, end) of the first run of `words` in a context. */
function spanOf(c: ReturnType<typeof eventContext>): (words: string) => readonly [number, number] {
  return (words) => {
    const i = c.tokens.findIndex((t, k) => words.split(' ').every((w, j) => c.tokens[k + j]?.text === w));
    return [i, i + words.split(' ').length] as const;
  };
}

describe('event who: agents, not things', () => {
  it('tells person and group nouns from things, plural and hyphenated forms too', () => {
    for (const w of ['firefighters', 'police', 'rescuer', 'fans', 'gunmen', 'president-elect', 'six-year-old']) expect(isAgentNoun(w), w).toBe(true);
    for (const w of ['video', 'footage', 'mystery', 'explosion', 'letter']) expect(isAgentNoun(w), w).toBe(false);
  });

  it('takes a body that decides for an agent ("Polish regulator clears takeover", "the competition authority")', () => {
    for (const w of ['regulator', 'regulators', 'authority', 'authorities', 'cabinet', 'assembly']) expect(isAgentNoun(w), w).toBe(true);
  });

  it('reads the head of a phrase past a count ("Dozens of volunteers") and before a preposition', () => {
    const doc = makeDoc({ body: 'Dozens of volunteers searched the hills. The mystery of the missing hiker deepened.' });
    const c = eventContext(doc, eventParams(), ctx.referenceDate);
    const span = spanOf(c);
    expect(animacy(c, ...span('Dozens of volunteers'))).toBe('animate');
    expect(animacy(c, ...span('The mystery of the missing hiker'))).toBe('inanimate');
  });

  it('takes a body named by two words ("the central bank") for an agent, not a bank alone', () => {
    const doc = makeDoc({ body: "Kelmar's central bank raised its key rate. The bank was robbed." });
    const c = eventContext(doc, eventParams(), ctx.referenceDate);
    const span = spanOf(c);
    expect(animacy(c, ...span('central bank'))).toBe('animate');
    expect(animacy(c, ...span('The bank'))).not.toBe('animate');
  });

  it('passes over a title whose subject is a thing for the people who acted', () => {
    const doc = makeDoc({
      title: 'Video shows firefighters pulling a dog from a frozen lake',
      lead: 'Firefighters rescued a dog from a frozen lake in Lakeside on Sunday.',
      body: 'The dog had chased a duck onto the ice. It was taken to a vet and is recovering.',
    });
    expect(extractEvent(doc, ctx).who[0]?.text).toBe('Firefighters');
  });
});

describe('event who: the agent of a passive clause', () => {
  it('takes the agent after "by" in a headline passive over the subject that underwent it', () => {
    const doc = makeDoc({
      title: 'Embassy stormed by protesters in Kelton',
      lead: 'Windows were broken and a car set alight on Friday.',
      body: 'Guards left the building on Saturday.',
    });
    // Without the rule the title's subject, "Embassy", is who.
    expect(extractEvent(doc, ctx).who[0]?.text).toBe('protesters');
  });

  it('in an accident, takes the vehicle it happened to for who, not the toll\'s victims', () => {
    const doc = makeDoc({
      title: 'Passenger train derails near Kelton, two dead',
      lead: 'Two people were killed and 25 injured when a regional passenger train derailed near Kelton on Monday.',
      body: 'Three carriages left the tracks.',
    });
    expect(extractEvent(doc, ctx).who[0]?.text).toMatch(/train/i);
    // Outside accidents a vehicle is a thing like any other.
    const strike = makeDoc({ title: 'Tram drivers strike over pay', lead: 'Tram drivers in Kelton walked out on Monday.', body: 'Buses ran as usual.' });
    expect(extractEvent(strike, ctx).who[0]?.text).toMatch(/drivers/);
  });

  it('in a disaster, takes the natural force for who ("An earthquake struck"), not the toll\'s victims', () => {
    const doc = makeDoc({
      title: 'Earthquake hits Kelton province',
      lead: 'A strong earthquake struck Kelton province early on Monday, killing at least 12 people and destroying hundreds of homes.',
      body: 'Rescuers searched the rubble.',
    });
    expect(extractEvent(doc, ctx).who[0]?.text).toMatch(/earthquake/i);
  });

  it('in an accident, takes the structure that gave way for who, its head read before "under"', () => {
    const doc = makeDoc({
      title: 'Seven killed as building collapses in Kelton',
      body: 'A five-storey building under construction collapsed in Kelton on Monday evening, killing seven workers. Rescuers pulled 15 people alive from the rubble overnight.',
    });
    expect(extractEvent(doc, ctx).who[0]?.text).toMatch(/building/);
  });

  it("does not take a people's name before a noun ('Kenyan start-up') for who, but the noun phrase", () => {
    const doc = withMentions({
      title: 'Kenyan start-up unveils electric motorbike',
      body: 'Kenyan start-up Jua Moto unveiled an electric motorbike for taxi riders in Nairobi, its founder said.',
    }, [{ text: 'Kenyan', type: 'NORP' }, { text: 'Jua Moto', type: 'ORG' }, { text: 'Nairobi', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).who[0]?.text).not.toBe('Kenyan');
  });

  it('takes a two-word weapon named with the force that used it ("US drone strike") for who', () => {
    const doc = withMentions({
      title: 'US drone strike kills militants near Jilib',
      lead: 'A drone strike killed six fighters near the town of Jilib on Sunday, the military said.',
      body: 'Residents reported hearing explosions overnight.',
    }, [{ text: 'US', type: 'GPE' }, { text: 'Jilib', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).who[0]?.text).toBe('US drone strike');
  });

  it('takes the agent of "was/were ... by" in a sentence', () => {
    const doc = makeDoc({
      title: 'Mayor cleared of misconduct',
      lead: 'The mayor was cleared by the Ethics Committee on Tuesday after a two-month inquiry.',
      body: 'She thanked her staff.',
    });
    const who = extractEvent(doc, ctx).who.map((a) => a.text);
    expect(who.indexOf('Ethics Committee')).toBeGreaterThanOrEqual(0);
    expect(who.indexOf('Ethics Committee')).toBeLessThan(who.indexOf('The mayor'));
  });

  it('does not take "by" + an -ing form (the means) for the agent', () => {
    const doc = makeDoc({
      title: 'Hikers rescued by climbing down a gully',
      lead: 'Two hikers were rescued on Sunday.',
      body: 'They were unhurt.',
    });
    expect(extractEvent(doc, ctx).who.map((a) => a.text)).not.toContain('climbing down a gully');
  });
});

describe('event what: a thing that shows reports', () => {
  it('takes the first sentence\'s event over "Video shows ..." in the title', () => {
    const doc = makeDoc({
      title: 'Video shows firefighters pulling a dog from a frozen lake',
      body: 'Firefighters rescued a dog from a frozen lake in Lakeside on Sunday. The dog had chased a duck onto the ice.',
    });
    expect(extractEvent(doc, ctx).what?.text).toMatch(/^rescued a dog/);
  });

  it('keeps "shows" as the event when a person shows something', () => {
    const doc = makeDoc({
      title: 'Goalkeeper shows nerves of steel in shoot-out win',
      lead: 'The club won the cup in a shoot-out on Sunday.',
      body: 'The goalkeeper saved two penalties.',
    });
    expect(extractEvent(doc, ctx).what?.text).toMatch(/^shows nerves of steel/);
  });
});
