import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { EventSchema } from '../../src/core/record.js';
import { at, makeDoc } from './make-doc.js';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';

const ctx = { clean: true, referenceDate: '2016-12-21' }; // a Wednesday

describe('event 5W1H on hand-made documents', () => {
  const doc = makeDoc({
    title: 'Gunmen attack police station in northern town of Kerak',
    lead: 'Gunmen stormed a police station in the town of Kerak on Sunday, killing three officers.',
    body: 'The attackers fired on the building with rifles. The assault was in revenge for the arrest of a local leader, a statement said. Two of the gunmen were later killed by security forces.',
  });
  const event = extractEvent(doc, ctx);

  it('is a valid event whose every Arg points at its own text', () => {
    EventSchema.parse(event);
    const args = [...event.who, event.what, event.when, ...event.where, event.why, event.how, ...event.perpetrators, ...event.targets, ...event.weapons];
    for (const a of args) if (a) expect(doc.text.slice(a.start, a.end)).toBe(a.text);
  });

  it('takes who and what from the title\'s subject and predicate', () => {
    expect(event.who[0]!.text).toBe('Gunmen');
    expect(event.what!.text).toMatch(/^attack police station/);
  });

  it('reads a clause whose verb is written onto its subject from the subject ("He\'s not finished yet")', () => {
    // Tagged by the pipeline: the clause's verb is the clitic "'s".
    const { record } = new ExtractService().extractArticle(parseArticleText("He's not finished yet, the party leader told the conference in Brighton.", 'clitic.txt', 'text'));
    expect(record.event.what?.text).toBe("He's not finished yet");
  });

  it('ends a subject before its relative pronoun (and a dash before it)', () => {
    const who = (body: string) => extractEvent(makeDoc({ body }), ctx).who.map((w) => w.text);
    expect(who('Eight protesters who stormed the Commons chamber were charged on Monday.')).toContain('Eight protesters');
    expect(who('David Blunkett - who has resigned as home secretary - spoke on Monday.')[0]).toBe('David Blunkett');
  });

  it('answers a headline\'s bare noun as the text first says it, with its modifiers ("Bus" -> "A long-distance bus")', () => {
    const bus = makeDoc({ title: 'Bus plunges into ravine', lead: 'A long-distance bus plunged into a ravine on Monday, killing 14 people.', body: 'The road was closed for hours.' });
    expect(extractEvent(bus, ctx).who[0]?.text).toBe('A long-distance bus');
    // Not a phrase without a word the headline gave, nor one whose head is another noun.
    const mps = makeDoc({ title: 'Women MPs criticise plan', lead: 'Some 83 MPs criticised the plan on Monday.', body: 'Ministers said they would listen.' });
    expect(extractEvent(mps, ctx).who[0]?.text).toBe('Women MPs');
    const parents = makeDoc({ title: 'Parents want safer roads', lead: 'Ways of ensuring that parents want safer roads were discussed on Monday.', body: 'Councillors will vote next week.' });
    expect(extractEvent(parents, ctx).who[0]?.text).toBe('Parents');
    // The noun may keep the place it is named by ("a bridge over Kelton Creek"), not any phrase after it.
    const bridge = makeDoc({ title: 'Bridge collapses under lorry', lead: 'A bridge over Kelton Creek collapsed under a loaded lorry on Monday, officials said.', body: 'Divers searched the creek.' });
    expect(extractEvent(bridge, ctx).who[0]?.text).toBe('A bridge over Kelton Creek');
  });

  it('resolves a weekday against the reference date, known apart from implied', () => {
    expect(event.when).toMatchObject({ text: 'Sunday', iso: '2016-12-18', known: { weekday: 0 }, implied: { year: 2016, month: 12, day: 18 } });
  });

  it('finds where after a locative preposition', () => {
    expect(event.where.map((w) => w.text).join(' | ')).toMatch(/Kerak/);
  });

  it('reads why from a causal cue and how from the weapon', () => {
    expect(event.why!.text).toMatch(/^in revenge for the arrest/);
    expect(event.how!.text).toMatch(/^(?:with )?rifles$/);
    expect(event.weapons[0]!.text).toBe('rifles');
    expect(event.type).toBe('violence against civilians');
  });

  it('names perpetrators and counts them apart when killed', () => {
    expect(event.perpetrators.map((p) => p.text)).toContain('Gunmen');
    expect(event.casualties.killed).toMatchObject({ min: 3 });
    expect(event.casualties.perpetratorsKilled).toMatchObject({ min: 2 });
  });

  it('writes a one-sentence summary from the fields', () => {
    expect(event.summary).toMatch(/^Gunmen attack police station.*Kerak.*2016-12-18.*3 killed/);
    expect(event.summary.trim().split(/[.!?]\s/).length).toBe(1);
  });

  it('dates an occasion by the reference date when no time is stated', () => {
    const d = makeDoc({ body: 'The minister was giving a speech at the town hall when a man threw an egg at him. Police detained the man.' });
    const e = extractEvent(d, { clean: true, referenceDate: '2016-12-19' });
    expect(e.when).toMatchObject({ text: expect.stringMatching(/^giving a speech/), iso: '2016-12-19', known: {}, implied: { year: 2016, month: 12, day: 19 } });
  });

  it('takes no occasion from a later sentence that does not tell the event, nor from a name', () => {
    const later = makeDoc({
      title: 'Band recruits singer for new tour',
      lead: 'The band will recruit a new singer for its tour.',
      body: 'Fans cheered the news. The guitarist performed with the singer at a concert to celebrate the anniversary of his guitar.',
    });
    expect(extractEvent(later, { clean: true, referenceDate: '2016-12-19' }).when).toBeNull();
    // The same occasion beside the event's own verb dates it.
    const told = makeDoc({
      title: 'Band recruits singer for new tour',
      lead: 'The band will recruit a new singer for its tour.',
      body: 'Fans cheered the news. The band chose to recruit the singer at a concert in Leeds, the guitarist said.',
    });
    expect(extractEvent(told, { clean: true, referenceDate: '2016-12-19' }).when?.text).toBe('a concert in Leeds');
    const name = makeDoc({ body: 'The company showed its new console at the Game Developers Conference.' });
    expect(extractEvent(name, { clean: true, referenceDate: '2016-12-19' }).when).toBeNull();
  });

  it('leaves when empty with no time and no occasion', () => {
    const d = makeDoc({ body: 'The company raised its prices because of higher costs.' });
    const e = extractEvent(d, { clean: true });
    expect(e.when).toBeNull();
    expect(e.why!.text).toMatch(/^because of higher costs/);
    expect(e.type).toBe('economy');
  });

  it('uses the layers of other stages when they ran: times, mentions, entities with geo', () => {
    const body = 'Protesters marched through Izmir on Monday against the new law.';
    const plain = makeDoc({ body });
    const izmir = at(plain, 'Izmir');
    const monday = at(plain, 'on Monday');
    const d = makeDoc({ body }, {
      mentions: [{ ...izmir, type: 'GPE', tokenStart: 3, tokenEnd: 4 }],
      entities: [{ id: 'e1', type: 'GPE', name: 'Izmir', mentions: [izmir], geo: { name: 'Izmir', country: 'TR', lat: 38.41, lon: 27.14 } }],
      times: [{ ...monday, iso: '2016-12-12', known: { weekday: 1, day: 12 }, implied: { year: 2016, month: 12 } }],
    });
    const e = extractEvent(d, ctx);
    expect(e.where[0]).toMatchObject({ text: 'Izmir', entityId: 'e1' });
    expect(e.when).toMatchObject({ text: 'Monday', iso: '2016-12-12' });
    expect(e.type).toBe('protests');
  });

  it('reads the subject past a fronted clause and a dateline', () => {
    const d = makeDoc({ body: 'LONDON -- After a long delay, the council approved the plan on Tuesday.' });
    const e = extractEvent(d, ctx);
    expect(e.who[0]!.text).toBe('the council');
    expect(e.what!.text).toMatch(/^approved the plan/);
  });
});
