import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/document.js';
import type { Entity, EntityType } from '../../src/core/record.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { at, makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2016-11-09' };

/** An entity over every occurrence of each listed text, as coreference would group them. */
function entities(doc: Document, list: { id: string; type: EntityType; name: string; texts: string[]; geo?: Entity['geo'] }[]): Entity[] {
  return list.map((e) => {
    const mentions: Entity['mentions'][number][] = [];
    for (const t of e.texts) {
      let from = 0;
      for (;;) {
        const i = doc.text.indexOf(t, from);
        if (i < 0) break;
        mentions.push({ text: t, start: i, end: i + t.length });
        from = i + t.length;
      }
    }
    return { id: e.id, type: e.type, name: e.name, mentions: mentions.sort((a, b) => a.start - b.start), ...(e.geo ? { geo: e.geo } : {}) };
  });
}

function withEntities(parts: Parameters<typeof makeDoc>[0], list: Parameters<typeof entities>[1]): Document {
  const bare = makeDoc(parts);
  return makeDoc(parts, { entities: entities(bare, list) });
}

describe('event 5W1H ranking', () => {
  it('takes the weapon that acted in the event clause as who, over an official quoted later', () => {
    // "bomb" is an event word ("the bomb attack") but here it is the subject that exploded.
    const doc = withEntities(
      {
        title: 'Car bomb kills four in Mersin market',
        lead: 'A car bomb exploded near the fish market in Mersin on Saturday, killing four people.',
        body: 'Governor Ali Hamza Gul told reporters the bomb had been hidden in a van. Governor Gul said the market would reopen.',
      },
      [{ id: 'p1', type: 'PERSON', name: 'Ali Hamza Gul', texts: ['Ali Hamza Gul', 'Gul'] }],
    );
    const event = extractEvent(doc, ctx);
    // The title's "Car bomb" or the lead's "A car bomb": either names it.
    expect(event.who[0]?.text).toMatch(/^(?:A )?car bomb$/i);
  });

  it('places a city named in the country above the country', () => {
    const doc = withEntities(
      {
        title: 'Flooding hits Portugal as river bursts its banks',
        lead: 'A river burst its banks in Portugal on Monday, flooding streets in Coimbra.',
        body: 'Residents of Coimbra were moved to schools. The river had risen for three days.',
      },
      [
        { id: 'e1', type: 'GPE', name: 'Portugal', texts: ['Portugal'], geo: { name: 'Portugal', country: 'PT', lat: 39.6, lon: -8 } },
        { id: 'e2', type: 'GPE', name: 'Coimbra', texts: ['Coimbra'], geo: { name: 'Coimbra', country: 'PT', lat: 40.2, lon: -8.4 } },
      ],
    );
    // Both follow "in" in the lead, Portugal first: only the geo puts Coimbra ahead.
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Coimbra');
  });

  it('takes a wire dateline as where', () => {
    const doc = makeDoc({
      title: 'Chocolate maker changes the shape of its bars',
      lead: 'The bars are lighter but cost the same.',
      body: 'OSLO -- The maker of the bars has widened the gaps between their peaks. It blamed higher costs.',
    });
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('OSLO');
  });

  it('keeps a facility named after a person ("outside Trump Tower")', () => {
    const doc = makeDoc(
      { title: 'Singer protests outside Trump Tower', body: 'The singer stood outside Trump Tower with a sign for an hour.' },
    );
    const withMentions = makeDoc(
      { title: 'Singer protests outside Trump Tower', body: 'The singer stood outside Trump Tower with a sign for an hour.' },
      { mentions: [{ ...at(doc, 'Trump'), type: 'PERSON', tokenStart: 3, tokenEnd: 4 }] },
    );
    expect(extractEvent(withMentions, ctx).where[0]?.text).toBe('Trump Tower');
  });

  it('answers where with the fullest form of a venue: the venue in its town', () => {
    const parts = { title: 'Singer protests outside Halden Tower', lead: 'The singer stood outside Halden Tower in Bergen with a sign for an hour.', body: 'Police watched from a van.' };
    const bare = makeDoc(parts);
    const bergen = at(bare, 'Bergen');
    const k = bare.get('tokens').findIndex((t) => t.start === bergen.start);
    const doc = makeDoc(parts, { mentions: [{ ...bergen, type: 'GPE', tokenStart: k, tokenEnd: k + 1 }] });
    // The title's "Halden Tower" ranks first; it answers as the lead names it, with its town.
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Halden Tower in Bergen');
    expect(extractEvent(bare, ctx).where[0]?.text).toBe('Halden Tower');
  });

  it('places an event by a town the gazetteer knows over a venue it does not', () => {
    const parts = { title: 'Rossi wins at Vellano after two red flags', lead: 'The champion kept his title hopes alive in Porto on Sunday.', body: 'Rossi led from the start.' };
    const porto = { id: 'e1', type: 'GPE' as const, name: 'Porto', texts: ['Porto'], geo: { name: 'Porto', country: 'PT', lat: 41.15, lon: -8.61 } };
    expect(extractEvent(withEntities(parts, [porto]), ctx).where[0]?.text).toBe('Porto');
    // Without the gazetteer's word the title's venue stands.
    expect(extractEvent(makeDoc(parts), ctx).where[0]?.text).toBe('Vellano');
  });

  it('answers who with the whole subject, not its first word capitalised because it starts the sentence', () => {
    const doc = makeDoc({
      title: 'Stock market eyes Asian recovery',
      lead: 'Business confidence among Portmere manufacturers has risen for the first time since March.',
      body: 'Shares closed higher on Friday.',
    });
    const who = extractEvent(doc, ctx).who.map((a) => a.text);
    expect(who).not.toContain('Stock');
    expect(who).not.toContain('Business');
    expect(who).toContain('Stock market');
  });

  it('answers who with the fullest name the article uses for the person', () => {
    const doc = withEntities(
      {
        title: 'Brazil\'s Massa crashes in his last home race',
        lead: 'Felipe Massa crashed out of the race on Sunday.',
        body: 'Massa waved to the crowd as he walked back to the pits.',
      },
      [
        { id: 'p1', type: 'PERSON', name: 'Felipe Massa', texts: ['Felipe Massa', 'Massa'] },
        { id: 'g1', type: 'GPE', name: 'Brazil', texts: ['Brazil'] },
      ],
    );
    const who = extractEvent(doc, ctx).who[0]!;
    expect(who.text).toBe('Felipe Massa');
    expect(doc.text.slice(who.start, who.end)).toBe('Felipe Massa');
  });

  it('prefers the people over a bare count or the event\'s name as who', () => {
    const doc = makeDoc({
      title: 'Seven killed as bus overturns on mountain road',
      lead: 'At least seven people were killed when a bus overturned on a mountain road.',
      body: 'The driver lost control on a bend, police said.',
    });
    expect(extractEvent(doc, ctx).who[0]?.text).toBe('At least seven people');
  });
  it('keeps a bare toll subject in what, since no one acts in "Seven killed as bus overturns"', () => {
    const doc = makeDoc({
      title: 'Seven killed as bus overturns on mountain road',
      lead: 'Seven passengers died when a bus overturned on a mountain road on Monday.',
      body: 'The driver survived.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.what?.text).toMatch(/^Seven killed/);
  });
});

describe('event targets and the attacker', () => {
  it('does not count the attacker shot by police as a target of the attack', () => {
    const parts = { body: 'A gunman shot the mayor outside the town hall on Monday before police shot him dead.' };
    const plain = extractEvent(makeDoc(parts), ctx).targets.map((t) => t.text);
    // Without coreference "him" is anyone, and stays a candidate.
    expect(plain).toContain('him');
    const doc = withEntities(parts, [{ id: 'e1', type: 'PERSON', name: 'gunman', texts: ['gunman', 'him'] }]);
    const targets = extractEvent(doc, ctx).targets.map((t) => t.text);
    expect(targets.some((t) => t.startsWith('mayor'))).toBe(true);
    expect(targets).not.toContain('him');
  });
});

describe('event what: the words that finish a capped noun phrase', () => {
  const TAGS: Record<string, string> = {
    The: 'DT', party: 'NN', is: 'VBZ', attempting: 'VBG', to: 'TO', woo: 'VB', female: 'JJ', voters: 'NNS', readers: 'NNS', with: 'IN', a: 'DT', launch: 'NN', '.': '.',
  };
  const lead = (noun: string) => {
    const doc = makeDoc({ body: `The party is attempting to woo female ${noun} with a launch.` });
    const tokens = doc.get('tokens').map((t) => ({ ...t, pos: TAGS[t.text] ?? 'NN' }));
    return extractEvent(doc.withLayers({ tokens }), ctx).what!;
  };

  it('are part of the answer but add no trigger to its score ("voters" is a politics trigger)', () => {
    const voters = lead('voters');
    expect(voters.text).toBe('is attempting to woo female voters');
    expect(voters.score).toBe(lead('readers').score);
  });
});

describe('event who: a time is no one', () => {
  it('takes no day for who, and reads past a time that opens the subject', () => {
    const body = 'On the pitch, Tuesday saw the club win again. Last year the government cut the budget.';
    const plain = makeDoc({ body });
    const tuesday = at(plain, 'Tuesday');
    const lastYear = at(plain, 'Last year');
    const doc = makeDoc({ body }, {
      times: [
        { ...tuesday, known: { weekday: 2 }, implied: {} },
        { ...lastYear, known: {}, implied: {} },
      ],
    });
    const who = extractEvent(doc, ctx).who.map((w) => w.text);
    expect(who).not.toContain('Tuesday');
    expect(who.some((w) => /^Last year/.test(w))).toBe(false);
    expect(who).toContain('the government');
  });
});
