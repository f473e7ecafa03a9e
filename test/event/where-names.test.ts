import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc, withMentions } from './make-doc.js';
import { eventOf, eventOn } from './event-of.js';
import { ExtractService } from '../../src/app/extract-service.js';

const ctx = { clean: true, referenceDate: '2024-03-04' };


describe('event where: places in names', () => {
  it('starts no place\'s name at a title-case locative ("Pit Caves In At Manso Nkwanta")', () => {
    const doc = withMentions({
      title: '9 Dead, Others Trapped As Galamsey Pit Caves In At Manso Nkwanta',
      body: 'At least nine illegal miners have died after an abandoned mining pit caved in on them near Manso Nkwanta on Monday night.',
    }, [{ text: 'Manso Nkwanta', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('At Manso Nkwanta');
    expect(where[0]).toBe('Manso Nkwanta');
  });

  it('reads a town the gazetteer knows after "in" or "near" as a place, though NER took it for a person', () => {
    const doc = withMentions({
      title: 'Court halts columbarium plan',
      body: 'A court on Friday halted plans for a columbarium in Sai Kung after residents objected, a judge said.',
    }, [{ text: 'Sai Kung', type: 'PERSON' }]);
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).toContain('Sai Kung');
  });

  it('reads "on" before a place set in another by a comma as where ("on Unst, Shetland")', () => {
    const doc = withMentions({
      title: 'Kelton rocket puts first satellites into orbit',
      body: 'Kelton Launch put two satellites into orbit on Thursday when its rocket lifted off from a spaceport on Unst, Shetland. The satellites were soon sending signals to a ground station in Norway.',
    }, [{ text: 'Unst', type: 'GPE' }, { text: 'Shetland', type: 'GPE' }, { text: 'Norway', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toMatch(/^Unst/);
  });

  it('takes no place from an apposition that describes the place before it ("the Sangam, the confluence of the Ganges and Yamuna rivers")', () => {
    const doc = withMentions({
      title: 'At least 12 dead in stampede at Hindu festival in northern India',
      lead: 'At least 12 people were killed on Sunday when a crowd of pilgrims surged towards a bathing area at a festival in the northern Indian city of Kelton, police said.',
      body: 'The stampede broke out at around 5 a.m. near the Sangam, the confluence of the Ganges and Yamuna rivers, where thousands had gathered.',
    }, [{ text: 'Kelton', type: 'GPE' }, { text: 'Sangam', type: 'LOC' }, { text: 'Ganges', type: 'LOC' }, { text: 'Yamuna', type: 'LOC' }]);
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).not.toContain('Ganges');
  });

  it('keeps the dateline as where when the sentence names another place only in the news\'s stated aim ("in a bid to become ... in the Baltic Sea")', () => {
    const doc = withMentions({
      title: 'Danish shipper Nordhavn to buy Kelton Freight Lines for $2.1 billion',
      body: 'COPENHAGEN (Reuters) - Danish shipping group Nordhavn Maritime said on Tuesday it had agreed to buy cargo operator Kelton Freight Lines for 1.95 billion euros in cash, in a bid to become the largest operator in the Baltic Sea.',
    }, [{ text: 'COPENHAGEN', type: 'GPE' }, { text: 'Baltic Sea', type: 'LOC' }, { text: 'Nordhavn Maritime', type: 'ORG' }, { text: 'Kelton Freight Lines', type: 'ORG' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('COPENHAGEN');
  });

  it('takes a hospital over the place a superlative ranks it within ("at southern Colorado\'s largest hospital")', () => {
    const e = eventOf('Nurses walk out in three-day strike',
      'More than 600 nurses at Arkansas Valley Medical Center walked off the job on Tuesday, beginning a three-day strike at southern Colorado\'s largest hospital.');
    expect(e.where[0]?.text).toBe('Arkansas Valley Medical Center');
  });

  it('keeps a region the gazetteer does not know ("Ventura County") over a town named as a fire\'s name', () => {
    const e = eventOf('Ridge fire forces 38,000 from homes in Ventura County as winds pick up',
      'The Ridge fire had burned 41,260 acres by Tuesday morning and was 8% contained, fire officials said.');
    expect(e.where[0]?.text).toBe('Ventura County');
  });

  it('takes a place dated two or more years before the story for where something earlier happened', () => {
    const e = eventOn('2026-06-17', 'Two jailed for life over ivory haul',
      'A Kelby court has sentenced two men to life imprisonment for dealing in elephant tusks worth Sh14 million.',
      'Kelby Chief Magistrate Ana Ruiz on Tuesday said the two had been found with 126 kilogrammes of ivory at a warehouse in Dunmore in March 2024.');
    expect(e.where[0]?.text).not.toBe('Dunmore');
  });

  it('takes no place where an incident\'s news was given out ("told reporters in Lusaka") over where it happened', () => {
    const e = eventOf('Mine wall collapse: eleven dead, four still missing',
      'KELTON — Rescuers pulled five more bodies on Thursday from an open-pit copper mine where a wall of rock collapsed on workers a day earlier, bringing the death toll to 11. Four workers were still missing late Thursday, Mines Minister Ana Ruiz told reporters in Varno.',
      'Seven others were pulled out alive on Wednesday at the mine in Dunmore.');
    const where = e.where.map((a) => a.text);
    expect(where).toContain('Dunmore');
    // Given out in Varno: no answer above the mine's town.
    expect(where.slice(0, where.indexOf('Dunmore'))).not.toContain('Varno');
  });

  it('takes no place that owns a firm, an office or a person ("Varnia\'s Kelton Motor"), but one that owns a place', () => {
    const parts = { title: 'Kelton Motor to build new Dunmore plant', lead: "Varnia's Kelton Motor plans a second plant in Dunmore to meet demand, and Varnia's Prime Minister Ana Ruiz welcomed it.", body: 'Sales rose.' };
    const doc = withMentions(parts, [{ text: 'Varnia', type: 'GPE' }, { text: 'Kelton Motor', type: 'ORG' }, { text: 'Dunmore', type: 'GPE' }, { text: 'Ana Ruiz', type: 'PERSON' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('Varnia');
    expect(where[0]).toBe('Dunmore');
    const venue = withMentions({ title: 'Shots at gallery', lead: "A gunman opened fire at Dunmore's Centre for Modern Arts on Monday.", body: 'Police came.' }, [{ text: 'Dunmore', type: 'GPE' }, { text: 'Centre for Modern Arts', type: 'FAC' }]);
    expect(extractEvent(venue, ctx).where.map((a) => a.text).join(' | ')).toMatch(/Dunmore/);
  });

  it('reads "the city of X" as a place, but not "the centre of" an organisation', () => {
    const parts = { title: 'Minister at centre of row', lead: 'The minister is at the centre of Labour plans for the budget.', body: 'A vote is due in the northern city of Leeds.' };
    const doc = withMentions(parts, [{ text: 'Labour', type: 'ORG' }, { text: 'Leeds', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where.some((w) => /Labour/.test(w))).toBe(false);
    expect(where.some((w) => /Leeds/.test(w))).toBe(true);
  });

  it('takes no organisation for a place ("a dip at Warner Bros"), but keeps one the gazetteer knows as a place', () => {
    const parts = { title: 'Media giant profit falls', lead: 'Profits fell after a dip at Warner Bros and weak sales at Parma.', body: 'The firm said it expected a rebound.' };
    const doc = withMentions(parts, [{ text: 'Warner Bros', type: 'ORG' }, { text: 'Parma', type: 'ORG' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('Warner Bros');
    expect(where).toContain('Parma');
    // A sentence that tells a fixture names a ground, which NER calls an organisation.
    const ground = withMentions({ title: 'Benitez defends keeper', lead: 'Portsmouth claimed a draw at Anfield on Saturday.', body: 'The manager was calm.' }, [{ text: 'Anfield', type: 'ORG' }]);
    expect(extractEvent(ground, ctx).where.map((a) => a.text)).toContain('Anfield');
  });

  it('answers a place with the region the text places it in ("Oulu, in northern Finland", "in the Ayacucho region")', () => {
    const plant = withMentions(
      { title: 'Telecom maker to close plant', lead: 'Nordvik will close its plant in Oulu by next year.', body: 'The plant in Oulu, in northern Finland, employs 800 people.' },
      [{ text: 'Oulu', type: 'GPE' }, { text: 'Finland', type: 'GPE' }],
    );
    expect(extractEvent(plant, ctx).where[0]?.text).toBe('Oulu, in northern Finland');
    const bus = withMentions(
      { title: 'Bus plunges into ravine', lead: 'A bus plunged into a ravine near Huanta in the Ayacucho region on Monday.', body: 'Rescuers reached the site at night.' },
      [{ text: 'Huanta', type: 'GPE' }],
    );
    expect(extractEvent(bus, ctx).where[0]?.text).toBe('Huanta in the Ayacucho region');
    // Without a compass word, "in" + a place that is no country names a place inside, not a region.
    const match = withMentions(
      { title: 'Ireland beat Scotland', lead: 'Ireland beat Scotland in Murrayfield on Saturday.', body: 'The crowd was large.' },
      [{ text: 'Scotland', type: 'GPE' }, { text: 'Murrayfield', type: 'LOC' }],
    );
    expect(extractEvent(match, ctx).where.map((a) => a.text)).not.toContain('Scotland in Murrayfield');
  });

  it('takes no country for where before a strike from the air ("US drone strike"), and reads a region after "town of X"', () => {
    const parts = { title: 'US drone strike kills militants in southern Somalia', lead: 'A drone strike killed six fighters near the town of Jilib in southern Somalia on Sunday.', body: 'The military gave no names.' };
    const doc = withMentions(parts, [{ text: 'US', type: 'GPE' }, { text: 'Somalia', type: 'GPE' }, { text: 'Jilib', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('US');
    expect(where).toContain('town of Jilib in southern Somalia');
  });

  it('takes where the news was given out in a story that is no incident ("told reporters at a briefing in Kuala Lumpur"), over places it is about', () => {
    const e = eventOf('Dunmore Energy buys Varnia BioFuel for $300 million',
      'Dunmore Energy has agreed to buy Varnia BioFuel, which runs two pellet plants in Sabah, for $300 million, the company said on Monday.',
      'Managing director Ann Dale told reporters at a briefing in Kuala Lumpur that the plants in Sabah produced 400,000 tonnes last year.');
    expect(e.where[0]?.text).toBe('Kuala Lumpur');
  });

  it('answers with a scope of the whole country when no place answers ("in public hospitals across the country"), not a name ("Nationwide")', () => {
    const e = eventOf('Resident doctors begin indefinite strike',
      'Resident doctors in public hospitals across the country on Wednesday began an indefinite strike over unpaid allowances, leaving patients stranded.');
    expect(e.where[0]?.text).toBe('across the country');
    const f = eventOf('Nationwide profits rise',
      'Nationwide, the building society, said on Wednesday that its profits rose by 8% last year.');
    expect(f.where[0]?.text ?? null).not.toBe('Nationwide');
  });

  it('keeps a country over a city inside it that only a line past the sentences read names ("shares fell in New York")', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Owners of model ${i + 1} should stop using it and call the company for a free repair.`);
    const e = eventOf('Kelton recalls 240,000 dishwashers over fire risk',
      'Kelton Appliances is recalling about 240,000 dishwashers sold in the United States and Canada because a wiring fault can overheat, the company said on Wednesday.',
      ...filler,
      'Shares of Kelton Appliances fell 4.2% in afternoon trading in New York.');
    expect(e.where[0]?.text).toBe('United States');
  });

  it('takes no place for where that is one of a joined subject ("Chile and Argentina sign deal")', () => {
    const parts = { title: 'Chile and Argentina sign water deal', lead: 'The accord was signed on Tuesday in the city of Mendoza.', body: 'Farmers welcomed it.' };
    const doc = withMentions(parts, [{ text: 'Chile', type: 'GPE' }, { text: 'Argentina', type: 'GPE' }, { text: 'Mendoza', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('Chile');
    expect(where.some((w) => /Mendoza/.test(w))).toBe(true);
  });

  it('takes no source of an inverted report for a place ("..., said Jupiter.", "according to Gartner")', () => {
    const parts = { title: 'Phones not ready for music', lead: 'People will not trade battery life for music, said Jupiter.', body: 'Trials began in Helsinki, according to Gartner.' };
    const doc = withMentions(parts, [{ text: 'Jupiter', type: 'GPE' }, { text: 'Helsinki', type: 'GPE' }, { text: 'Gartner', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('Jupiter');
    expect(where).not.toContain('Gartner');
    expect(where).toContain('Helsinki');
    // After a locative, the same name is where.
    const plain = withMentions({ title: 'Phones not ready for music', lead: 'People will not trade battery life for music in Jupiter.', body: 'Trials began.' }, [{ text: 'Jupiter', type: 'GPE' }]);
    expect(extractEvent(plain, ctx).where.map((a) => a.text)).toContain('Jupiter');
  });

  it('takes no company for a place after "shares in" or a job before "at", but keeps a place NER names there', () => {
    const parts = { title: 'Shares in Kestrel Foods plunge', lead: 'Shares in Kestrel Foods fell sharply, said Ann Marsh, an analyst at Osprey.', body: 'Trading in its shares in London was halted.' };
    const doc = withMentions(parts, [{ text: 'Osprey', type: 'GPE' }, { text: 'London', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where).not.toContain('Kestrel Foods');
    expect(where).not.toContain('Osprey');
    expect(where).toContain('London');
  });

  it('reads the place that names an incident ("Millbrook bus crash") as where', () => {
    const doc = withMentions(
      {
        title: 'Millbrook bus crash: driver named by police',
        lead: 'The driver of the bus that overturned on Monday has been named.',
        body: 'He was 54 and lived nearby. Police said the road was icy.',
      },
      [{ text: 'Millbrook', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Millbrook');
  });

  it('still takes a place before a noun that is not the incident for a modifier ("the Millbrook council")', () => {
    const doc = withMentions(
      {
        title: 'Millbrook council approves budget',
        lead: 'The council voted on Monday to raise spending on roads.',
        body: 'The vote was close.',
      },
      [{ text: 'Millbrook', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).not.toContain('Millbrook');
  });

  it('does not take a title-case run that ends on a common word for a place', () => {
    const doc = makeDoc({
      title: 'No Ruling Yet in Harlow Pension Case',
      lead: 'Judges will rule next month, the court said on Friday.',
      body: 'Both sides have filed their last papers.',
    });
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).not.toContain('Harlow Pension Case');
  });
  it('takes a run holding a place noun for a place even when NER calls its last name a person', () => {
    const doc = withMentions(
      {
        title: 'Rebels strike army base in Northern City of Marla-Kent',
        lead: 'Two soldiers were killed on Friday, officials said.',
        body: 'The base was closed to visitors.',
      },
      [{ text: 'Marla-Kent', type: 'PERSON' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Northern City of Marla-Kent');
  });
  it('puts a place the text calls a city ("the city of Tavira") above the country', () => {
    const parts = {
      title: 'Bomb explodes in Portugal',
      lead: 'A bomb exploded outside a bank in the city of Tavira on Monday.',
      body: 'No one was hurt.',
    };
    const bare = makeDoc(parts);
    const start = bare.text.indexOf('Portugal');
    const doc = makeDoc(parts, {
      entities: [{ id: 'e1', type: 'GPE', name: 'Portugal', mentions: [{ text: 'Portugal', start, end: start + 8 }], geo: { name: 'Portugal', country: 'PT', lat: 39.6, lon: -8 } }],
    });
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('city of Tavira');
  });

  it('does not take a name after an honorific for a place, whatever NER calls it ("Mr. Harlan")', () => {
    const parts = {
      title: 'Senator concedes the race',
      lead: 'Voters who backed Mr. Harlan turned out in large numbers, aides said.',
      body: 'The count ended on Friday.',
    };
    const doc = withMentions(parts, [{ text: 'Mr. Harlan', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).not.toContain('Mr. Harlan');
    const place = withMentions({ ...parts, lead: 'Voters turned out in large numbers in Harlan, aides said.' }, [{ text: 'Harlan', type: 'GPE' }]);
    expect(extractEvent(place, ctx).where[0]?.text).toBe('Harlan');
    // "St." starts a place's name, not a person's title.
    const saint = withMentions({ ...parts, lead: 'Voters turned out in large numbers in St. Harlan, aides said.' }, [{ text: 'St. Harlan', type: 'GPE' }]);
    expect(extractEvent(saint, ctx).where[0]?.text).toBe('St. Harlan');
  });

  it('takes a place right before a tagged verb for a place, not for a modifier ("in Harlan turned out")', () => {
    const parts = {
      title: 'Senator concedes the race',
      lead: 'Voters in Harlan turned out in large numbers, aides said.',
      body: 'The count ended on Friday.',
    };
    const named = withMentions(parts, [{ text: 'Harlan', type: 'GPE' }]);
    const tagged = (verbTag: string) => makeDoc(parts, {
      mentions: named.get('mentions'),
      tokens: named.get('tokens').map((t) => ({ ...t, pos: t.text === 'turned' ? verbTag : 'NN' })),
    });
    expect(extractEvent(tagged('VBD'), ctx).where[0]?.text).toBe('Harlan');
    // "the Harlan turnout": before a noun the place is a modifier.
    expect(extractEvent(tagged('NN'), ctx).where.map((a) => a.text)).not.toContain('Harlan');
  });

  it('does not take a bare place name before a verb, its subject, for where ("Dunmore beat Ashby")', () => {
    const parts = {
      title: 'Fans celebrate as Dunmore beat Ashby',
      lead: 'Fans cheered after Dunmore won the county final on Sunday.',
      body: 'It was their third title.',
    };
    const named = withMentions(parts, [{ text: 'Dunmore', type: 'GPE' }, { text: 'Ashby', type: 'GPE' }]);
    const doc = makeDoc(parts, {
      mentions: named.get('mentions'),
      tokens: named.get('tokens').map((t) => ({ ...t, pos: t.text === 'beat' || t.text === 'won' ? 'VBD' : 'NN' })),
    });
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).not.toContain('Dunmore');
  });

  it('reads a place whose name starts with "St" ("in St Albans"), and not a titled name ("in Gen Harlan\'s home town")', () => {
    const doc = makeDoc({ title: 'House fire in St Albans', lead: 'A fire broke out at a house in St Albans on Monday.', body: 'No one was hurt.' });
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('St Albans');
    const titled = makeDoc({ title: 'Crowds gather', lead: 'Crowds gathered to hear Gen Harlan on Monday.', body: 'He spoke in Gen Harlan Square later.' });
    expect(extractEvent(titled, ctx).where.map((a) => a.text)).not.toContain('Gen Harlan');
  });

  it('reads a facility with nouns between its name and place noun ("the Dunmore coach station in Ashby")', () => {
    const doc = withMentions(
      { title: 'Coach fire', lead: 'A coach caught fire at the Dunmore coach station in Ashby on Monday.', body: 'No one was hurt.' },
      [{ text: 'Ashby', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).toContain('Dunmore coach station in Ashby');
    // A verb between the name and the noun makes no facility.
    const verb = makeDoc({ title: 'Coach fire', lead: 'A coach caught fire in Dunmore and stopped at the station on Monday.', body: 'No one was hurt.' });
    expect(extractEvent(verb, ctx).where.map((a) => a.text)).not.toContain('Dunmore and stopped at the station');
  });
});

describe('event where: datelines and compass words', () => {
  it('takes the place the lead names over the filing city of its dateline, counted once', () => {
    const doc = withMentions(
      {
        title: 'Fire forces ferry passengers into lifeboats',
        lead: 'VARNO - More than 300 passengers were evacuated on Wednesday from a ferry sailing off the island of Keldos, the coastguard said.',
        body: 'No one was hurt.',
      },
      [{ text: 'VARNO', type: 'GPE' }, { text: 'Keldos', type: 'GPE' }],
    );
    // ("off the island of Keldos": "off" a shore places it, with the shore's name; see offShore.)
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('island of Keldos');
  });

  it('keeps the dateline when its sentence names no other place', () => {
    const doc = withMentions(
      {
        title: 'Ferry catches fire',
        lead: 'VARNO - More than 300 passengers were evacuated on Wednesday from a burning ferry, the coastguard said.',
        body: 'No one was hurt.',
      },
      [{ text: 'VARNO', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('VARNO');
  });

  it('keeps the dateline when the other place its sentence names says whose office ("Varno Gov. X", "the Varno governor")', () => {
    for (const [title, lead] of [
      ['Governor vetoes rental tax bill', 'KELDA - Varno Gov. Martin Seeley on Friday vetoed a bill that would have let counties tax rentals.'],
      ['Governor vetoes rental tax bill', 'KELDA - The Varno governor on Friday vetoed a bill that would have let counties tax rentals.'],
    ]) {
      const doc = withMentions({ title: title!, lead: lead!, body: 'Lawmakers may try to override the veto.' }, [{ text: 'KELDA', type: 'GPE' }, { text: 'Varno', type: 'GPE' }]);
      expect(extractEvent(doc, ctx).where[0]?.text).toBe('KELDA');
    }
  });

  it('answers with the compass word before a place ("in southern Peru")', () => {
    const doc = withMentions(
      {
        title: 'Earthquake kills at least 12',
        lead: 'A strong earthquake struck in southern Peru on Monday, killing at least 12 people, officials said.',
        body: 'Rescuers searched the rubble.',
      },
      [{ text: 'Peru', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('southern Peru');
  });

  it('leaves a compass word before a people\'s name to the noun phrase ("northern Afghan city of ...")', () => {
    const doc = withMentions(
      {
        title: 'Bomb hits consulate in northern Afghan city of Marla',
        lead: 'A truck bomb exploded on Thursday night, officials said.',
        body: 'The building was badly damaged.',
      },
      [{ text: 'Afghan', type: 'NORP' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('northern Afghan city of Marla');
  });
});

describe('event where: a place only a quote gives', () => {
  const parts = {
    title: 'Chocolate maker shrinks its bars',
    lead: 'Shoppers were angry after the maker cut the weight of its famous bars.',
    body: '"We have had to reduce the weight of two of our bars in Valdoria," the company said. The Valdoria-only change follows rising costs.',
  };

  it('answers with it when the article names that place in its own words too', () => {
    const doc = withMentions(parts, [{ text: 'Valdoria', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Valdoria');
  });

  it('leaves it out when only the quote names it', () => {
    const doc = withMentions({ ...parts, body: '"We have had to reduce the weight of two of our bars in Valdoria," the company said. The change follows rising costs.' }, [{ text: 'Valdoria', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where.map((a) => a.text)).not.toContain('Valdoria');
  });

  it('leaves it out when the article gives another place in its own words', () => {
    const doc = withMentions({ ...parts, lead: 'Shoppers in Marlow were angry after the maker cut the weight of its famous bars.' }, [{ text: 'Valdoria', type: 'GPE' }, { text: 'Marlow', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Marlow');
  });
});

describe('event where: a place told through another', () => {
  it('reads "the Sudanese city of Kosti" whole, not "Sudanese city" as a venue', () => {
    const parts = { title: 'Drone strike on market kills 20', lead: 'A drone strike on a crowded market in the Sudanese city of Kosti killed 20 people on Tuesday.', body: 'The wounded were taken to hospital.' };
    const doc = withMentions(parts, [{ text: 'Sudanese', type: 'NORP' }, { text: 'Kosti', type: 'GPE' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where[0]).toBe('Sudanese city of Kosti');
    expect(where).not.toContain('Sudanese city');
  });

  it('ranks a place the text tells by where it lies from another above that other ("Boksburg, east of Johannesburg")', () => {
    const parts = { title: 'Gang blows open cash van near Johannesburg', lead: 'A gang ambushed a cash van on a highway in Boksburg, east of Johannesburg, on Thursday, killing two guards.', body: 'Police said the robbers fled.' };
    const doc = withMentions(parts, [{ text: 'Johannesburg', type: 'GPE' }, { text: 'Boksburg', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Boksburg');
  });
});

describe('event where: the hospital town', () => {
  it('does not take the town the injured were flown to for where it happened', () => {
    const crash = withMentions(
      { title: 'Rescue helicopter crashes in Alps', lead: 'A rescue helicopter crashed near the Alpine resort of Chamonix on Tuesday, killing three crew.', body: 'The patient on board survived and was flown to hospital in Annecy by a second helicopter.' },
      [{ text: 'Chamonix', type: 'GPE' }, { text: 'Annecy', type: 'GPE' }],
    );
    expect(extractEvent(crash, ctx).where[0]?.text).toMatch(/Chamonix/);
    expect(extractEvent(crash, ctx).where.map((a) => a.text)).not.toContain('Annecy');
  });

  it('does not take where a bus came from for where it crashed', () => {
    const bus = withMentions(
      { title: 'Landslide sweeps bus into river', lead: 'A landslide swept a bus into a river in Chitwan district early on Monday, killing seven people.', body: 'The bus, travelling from Kathmandu to the southern city of Birgunj, was hit by falling rocks.' },
      [{ text: 'Chitwan', type: 'GPE' }, { text: 'Kathmandu', type: 'GPE' }, { text: 'Birgunj', type: 'GPE' }],
    );
    expect(extractEvent(bus, ctx).where.map((a) => a.text)).not.toContain('Kathmandu');
  });
});

describe('event where: a place with its land, a place after its outskirts', () => {
  it('answers the fuller form the report gives a headline place ("in the Kelmar desert")', () => {
    const e = eventOn('2026-04-15', 'Film star joins Nevada lithium mine protest',
      'Actress Ana Brenner joined hundreds of protesters in the Nevada desert on Tuesday to oppose a planned lithium mine.');
    expect(e.where[0]?.text).toBe('Nevada desert');
  });

  it('reads a town after "on the outskirts of" as where, not smoke drifting "over the suburbs of" a city', () => {
    const e = eventOn('2026-07-21', 'Eight killed as explosion rips through fireworks factory in southern India',
      'Eight workers were killed when explosions tore through a fireworks factory in southern India on Monday, police said.',
      "The first blast happened at about 2.30pm at a factory on the outskirts of Sivakasi, in Tamil Nadu's Virudhunagar district.");
    expect(e.where[0]?.text).toBe('Sivakasi');
  });
});

describe('event where: a named venue in a town, whatever NER calls it', () => {
  it('answers "the Brennan Apollo in Hammersmith" with its town, not an occasion held there', () => {
    const e = eventOn('2026-09-04', 'Dunmore rapper wins Kelmar prize for debut album',
      'The Dunmore rapper Ana Brenner has won the Kelmar prize for her debut album.',
      'Brenner received the prize at a ceremony at the Brennan Apollo in Hammersmith, London, on Thursday night.');
    expect(e.where[0]?.text).toMatch(/Apollo in Hammersmith/);
    const show = eventOn('2005-01-08', 'Gadget makers unveil new phones',
      'Gadget makers unveiled new phones at the Consumer Electronics Show in Las Vegas on Thursday.');
    expect(show.where[0]?.text).toBe('Las Vegas');
  });
});

describe('event where: a place the text sets in a town by apposition', () => {
  it('keeps "Kelbymore" over the town it lies in ("in Kelbymore, north Dublin"), which a standfirst names too', () => {
    const t = 'Man shot dead in Kelbymore gun attack';
    const e = new ExtractService().extractArticle({ title: t, lead: 'Police believe the attack is linked to a feud between criminal gangs in north Dublin',
      body: 'A man in his 30s was shot dead and a second man was injured in a gun attack at a house in Kelbymore, north Dublin, on Monday night.',
      meta: { title: t, format: 'text', published: '2026-07-14' } }).record.event;
    expect(e.where[0]?.text).toBe('Kelbymore');
  });
});

describe('event where: a road after "on"', () => {
  it('reads "on Route 32" and "on Kelby Road" as where, not "on the High Street"', () => {
    const e = eventOn('2026-10-06', 'Landslide buries two vehicles, killing two',
      'On Monday afternoon, a section of the hillside above Route 32 gave way, burying two vehicles on Route 32.');
    expect(e.where.map((w) => w.text)).toContain('Route 32');
    const shops = eventOn('2005-01-10', 'Retail sales rise in December',
      'Sales rose on the High Street in December as shoppers spent more on clothes, the retailers said.');
    expect(shops.where.map((w) => w.text)).not.toContain('the High Street');
    const road = eventOn('2026-07-14', 'Man shot dead at Dunmore house',
      'A man was shot dead at his home on Kelby Road late on Monday, police said.');
    expect(road.where.map((w) => w.text)).toContain('Kelby Road');
  });
});

describe('event where: a place that qualifies a party member', () => {
  it('reads "Dunmore Democrat X" as whose, not where', () => {
    const doc = withMentions({
      title: 'Dunmore Democrat Lauren Voss denies wrongdoing',
      body: 'Dunmore Democrat Lauren Voss on Tuesday denied any wrongdoing after the state attorney general said it was investigating a charity she founded. Voss, a former state senator, called the probe a political hit job. She made the comments to reporters at a campaign stop at a diner in Kelton.',
    }, [{ text: 'Dunmore', type: 'GPE' }, { text: 'Kelton', type: 'GPE' }, { text: 'Lauren Voss', type: 'PERSON' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Kelton');
  });
});

describe('event where: a building that is a sentence\'s subject', () => {
  it('keeps a hospital the headline makes its subject ("Kelton Teaching Hospital gets heart centre"), not a street that expects ("Wall Street had expected more")', () => {
    const hospital = withMentions({
      title: 'Kelton Teaching Hospital gets $96m heart centre',
      body: 'The Minister for Health has commissioned a $96 million heart centre at the Kelton Teaching Hospital, the first in the region able to perform open-heart surgery.',
    }, [{ text: 'Kelton Teaching Hospital', type: 'ORG' }]);
    expect(extractEvent(hospital, ctx).where[0]?.text).toBe('Kelton Teaching Hospital');
    const street = withMentions({
      title: 'Brokers cool to Kelton profit',
      body: 'Shares in Kelton fell 9.8% in trade on Wednesday. Kelton Street had expected more from the quarter.',
    }, [{ text: 'Kelton Street', type: 'FAC' }]);
    expect(extractEvent(street, ctx).where.map((w) => w.text)).not.toContain('Kelton Street');
  });
});

describe('event where: the court a verdict was given in', () => {
  it('answers with the court the lead names over a town the headline gives as the case\'s subject', () => {
    const e = eventOf('Ex-housing boss guilty of fraud over Kelton homes that were never built',
      'A former housing official and a contractor were found guilty of fraud and corruption in the Western Cape High Court yesterday over 240 homes in Kelton that were paid for but never built.');
    expect(e.where[0]?.text).toBe('Western Cape High Court');
  });
});

describe('event where: a place before a pronoun is no modifier', () => {
  it('takes the ground a sentence names before its subject pronoun ("at Glenvale he needed")', () => {
    const e = eventOf('Forth Rovers 3-1 Kelton United: Reid double sends hosts through',
      'Callum Reid had waited three months for a goal. Yesterday at Glenvale he needed only 11 minutes to score two, and Forth Rovers are in the quarter-finals.');
    expect(e.where[0]?.text).toBe('Glenvale');
  });
});

describe('event where: a venue NER splits, or one described after its locative', () => {
  it('joins place mentions one space apart into one name ("Kelton Oval")', () => {
    const doc = withMentions({
      title: 'Royals crowned champions after last-ball thriller',
      body: 'Marsh Royals are league champions after beating Dunmore Warriors by two wickets off the final ball at Kelton Oval on Sunday night.',
    }, [{ text: 'Kelton', type: 'GPE' }, { text: 'Oval', type: 'GPE' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Kelton Oval');
  });

  it('reads a place after a locative, a determiner and an adjective as where ("at a packed Eden Gardens")', () => {
    const e = eventOf('Royals crowned champions after last-ball thriller',
      'Barbados Royals are league champions after beating Guyana Warriors by two wickets off the final ball at a packed Eden Gardens on Sunday night.');
    expect(e.where[0]?.text).toBe('Eden Gardens');
  });
});
