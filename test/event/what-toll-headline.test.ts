import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whatOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).what?.text ?? null;

describe('event what: a headline that only gives the toll', () => {
  it('takes what happened from the report when the headline gives the toll and the report an action', () => {
    expect(whatOf('Kelton garment factory fire: 11 dead, 38 injured', 'By Ann Reporter', 'KELTON (AFP) - A fire tore through a garment factory in Kelton on Wednesday, killing 11 workers and injuring 38 others, officials said.')).toMatch(/^tore through a garment factory/);
  });

  it('reads a headline\'s one unnamed victim by any noun of a person as a toll ("Worker dies"), not one with an object ("Soldier killed two villagers")', () => {
    expect(whatOf('Gas leak: Worker dies, 12 in hospital', 'A worker died and 12 others were taken to hospital after gas leaked from a pipe at a factory in Kelton yesterday.', 'Firefighters sealed the pipe within an hour.')).toBe('leaked from a pipe');
    expect(whatOf('Soldier killed two villagers, army says', 'A soldier shot dead two villagers at a checkpoint near Kelton on Monday, the army said.', 'The soldier has been detained.')).toBe('killed two villagers');
  });

  it('keeps the toll headline when the report tells the toll too ("Several people died and dozens ...")', () => {
    expect(whatOf('Several dead and dozens injured after tram overturns', 'KELTON - Several people died and dozens were injured when a tram overturned in Kelton on Wednesday, police said.')).toMatch(/dead and dozens injured/);
  });

  it('reads the clause after "as" in a toll headline as what happened ("At least 34 hurt as fans riot after ...")', () => {
    expect(whatOf('At least 34 hurt as fans riot after disputed penalty in Kelton', 'KELTON (AP) - Fans hurled seats, flares and stones at police and set fire to cars after a disputed penalty at the Kelton stadium on Sunday, officials said.')).toBe('fans riot after disputed penalty in Kelton');
  });

  it('reads a clause after "after" in a listed toll headline as what happened ("Four dead, 27 injured after passenger train hits freight train")', () => {
    expect(whatOf('Four dead, 27 injured after passenger train hits freight train in Kelton county', 'Four people were killed and 27 injured on Sunday evening when a passenger train crashed into the back of a freight train standing on the line near Kelton, the authorities said.')).toBe('passenger train hits freight train in Kelton county');
  });

  it('reads the "as" clause over a toll the list of the toll cut off before it ("1 killed, 5 wounded as gunfire erupts ...")', () => {
    expect(whatOf('1 killed, 5 wounded as gunfire erupts at Kelton car meetup', 'A 24-year-old man was killed and five other people were wounded when at least two people opened fire into a crowd at a car meetup in Kelton late Saturday, police said.')).toBe('gunfire erupts at Kelton car meetup');
  });

  it('reads a verb that only says the event took place with the event\'s noun ("The explosion occurred ...")', () => {
    const what = whatOf('Gas blast: Death toll rises to 7', 'Three more people injured in a gas explosion at a building in Kelton have died in hospital, raising the death toll to seven.', 'The explosion occurred around 10:30pm on Wednesday on the ground floor of a five-storey building.');
    expect(what).toMatch(/^The explosion occurred/);
  });

  it('reads one unnamed person killed as a toll headline ("Woman killed as quake shakes ..."), not a person who kills', () => {
    expect(whatOf('Woman killed as strongest quake in decades shakes Kelton area', 'KELTON (Reuters) - A magnitude 4.8 earthquake struck the Kelton area late on Monday, killing an elderly woman and injuring at least 23 people.')).toMatch(/^(?:struck the Kelton area|strongest quake in decades shakes)/);
    expect(whatOf('Man kills two in Kelton knife attack', 'KELTON - Police said on Monday a man had stabbed two people to death in a shop in Kelton.')).toMatch(/^kills two/);
  });

  it('reads "Dozens feared dead as ..." as a toll headline', () => {
    expect(whatOf('Dozens feared dead as migrant boat sinks off Mauritania', 'NOUAKCHOTT (AP) - A wooden boat carrying migrants sank off the coast of northern Mauritania on Thursday, and at least 27 people drowned, the coast guard said.')).toMatch(/^(?:sank off the coast|migrant boat sinks)/);
  });
});

describe('event what: a noun headline', () => {
  it('reads a bare form after a singular noun and before a preposition as a noun ("School gym roof collapse in Iasi"), a past that is its bare form as a verb ("Car giant hit by slump")', () => {
    expect(whatOf('School gym roof collapse in Kelton', 'By Ann Reporter')).toBe('School gym roof collapse in Kelton');
    expect(whatOf('Car giant hit by Mercedes slump', 'By Ann Reporter')).toMatch(/hit by Mercedes slump/);
  });

  it('reads a headline\'s pair of verbs whole ("kills one, wounds five"), not a source after a comma', () => {
    expect(whatOf('Man kills one, wounds five in knife attack at Kelton station', 'KELTON (AFP) - A man armed with a knife killed one person and wounded five others at Kelton station on Thursday, police said.')).toMatch(/^kills one, wounds five/);
    expect(whatOf('Kelton hospital \'could close\', says minister', 'KELTON - The Kelton hospital could close next year, the health minister said on Monday.') ?? '').not.toMatch(/says minister/);
  });
});

describe('event what: a rescue told beside a toll is not what happened', () => {
  it('keeps the toll headline over its "as" clause when that clause tells a rescue', () => {
    const e = eventOf('Two children and their grandmother die in house fire as neighbours pull mother from burning home',
      'Two young children and their grandmother have died in a house fire in Kelton in the early hours of Sunday, while neighbours pulled the children\'s mother from the burning home.');
    expect(e.what?.text).not.toMatch(/^neighbours pull/);
  });
});

describe('event what and who: a reaction headline ("Fans fume as ...")', () => {
  it('reads the news from the "as" clause, and not who reacted as who did it', () => {
    const e = eventOf('Fans fume as Kestrel Crunch bar shrinks by 7g but price stays the same',
      'Chocolate lovers have been left fuming after one of the best-loved bars quietly got smaller.',
      'Harlow Foods has cut its Kestrel Crunch bar from 50g to 43g, but the price has stayed at 95p.');
    expect(e.what?.text).toMatch(/^Kestrel Crunch bar shrinks by 7g/);
    expect(e.who[0]?.text).not.toBe('Fans');
  });
});

describe('event what: a toll update ("Death toll ... rises to 16")', () => {
  it('reads the incident from the first later sentence that tells it, when the lead tells the toll too', () => {
    const e = eventOf('Death toll in Kelton mine blast rises to six',
      'KELTON (AP) - The death toll from a gas explosion at a coal mine in Kelton has risen to six, the emergencies ministry said on Thursday.',
      'The bodies of two miners who had been missing were found by rescuers on Thursday morning, the ministry said.',
      'The explosion tore through the Dunmore pit near Kelton late on Wednesday, when 40 miners were underground.');
    expect(e.what?.text).toMatch(/^tore through the Dunmore pit/);
    expect(e.who[0]?.text).toBe('The explosion');
  });

  it('reads a vessel that sank as what happened and who it befell, not the divers who recovered bodies after the toll', () => {
    const e = eventOf('Kelton river ferry capsize: death toll rises to 9',
      'The death toll from the capsize of a passenger launch in the Kelton river rose to nine yesterday, as divers recovered two more bodies.',
      'The launch, MV Rupali, sank with about 50 people on board on Tuesday evening near Kelton ghat, officials said.');
    expect(e.what?.text).toMatch(/^sank with about 50 people/);
    expect(e.who[0]?.text).toMatch(/^The launch/);
  });

  it('keeps the update headline when no sentence after the lead tells the incident', () => {
    const e = eventOf('Death toll in Kelton floods rises to 12',
      'The death toll from floods in Kelton province rose to 12 on Monday, officials said.',
      'Officials said more rain was expected later this week.');
    expect(e.what?.text).toMatch(/rises to 12|rose to 12/);
  });
});

describe('event what and who: a pile-up headline with its toll after a semicolon', () => {
  it('reads "pile up" as the verb and the vehicles as who, not the hurt', () => {
    const e = eventOf('31 vehicles pile up on motorway near Kelton Pass; 14 people hurt',
      'Fourteen people were taken to hospitals on Sunday afternoon after 31 vehicles crashed into one another on the motorway near Kelton Pass, police said.');
    expect(e.what?.text).toMatch(/^pile up on motorway near Kelton Pass/);
    expect(e.who[0]?.text).toBe('31 vehicles');
  });
});

describe('event what and who: a toll headline with its attack in an "as" clause', () => {
  it('reads "martyred" as a toll verb, the attack as what happened and the attackers as who', () => {
    const e = eventOf('Three policemen martyred as terrorists storm Kelton checkpost',
      'KELTON: Three policemen were martyred and four others injured when terrorists attacked a police checkpost in Kelton district late on Tuesday night, police said.');
    expect(e.what?.text).toMatch(/terrorists storm Kelton checkpost$/);
    expect(e.who[0]?.text).toMatch(/terrorists$/);
  });

  it('reads a toll with no verb of its own from its "after" clause ("At least 9 dead, 14 missing after landslide hits village")', () => {
    const title = 'At least 9 dead, 14 missing after landslide hits village in Kelton';
    const lead = 'KELTON (Xinhua) -- At least nine people have been killed and 14 others remain missing after a landslide buried part of a village in Kelton on Monday, local authorities said.';
    expect(whatOf(title, lead)).toBe('landslide hits village in Kelton');
    // (A toll verb's own "as" clause is read as before: "Five killed as bus plunges ...".)
    expect(whatOf('Five dead, four missing as landslide sweeps away houses in Kelton', lead)).toBe('landslide sweeps away houses in Kelton');
  });

  it('reads a listed toll headline\'s "after" clause as what happened ("Two dead, five hurt after boats collide in ...")', () => {
    const lead = 'Two people were killed and five others injured when two boats collided on Kelton Bay late Sunday, authorities said.';
    expect(whatOf('Two dead, five hurt after boats collide on Kelton Bay', lead)).toBe('boats collide on Kelton Bay');
    // (An "after" that opens no clause of its own is no event: "Two dead after crash" reads as before.)
    expect(whatOf('Two dead, five hurt after crash on Kelton Bay', lead)).not.toMatch(/after/);
  });

  it('reads a toll list\'s "as" clause when the list\'s last item is read as its verb ("Five dead, nine injured as fire guts building")', () => {
    const lead = "Five people died and nine others were injured after a fire broke out in a four-storey building in Kelton's Marsh area on Tuesday night, officials said.";
    expect(whatOf('Five dead, nine injured as fire guts building in Marsh', lead)).toBe('fire guts building in Marsh');
  });

  it('reads the lead\'s incident over a toll headline with no verb, in violence too ("Three dead, including gunman, in ... bar shooting")', () => {
    const lead = 'Two men were killed and four other people wounded when gunmen opened fire on patrons outside a bar on Old Road, Kelton, on Sunday night.';
    expect(whatOf('Three dead, including gunman, in Kelton bar shooting', lead)).toBe('opened fire on patrons');
  });

  it('reads a headline\'s news before its source named after a comma ("..., census finds"), not a quote headline\'s', () => {
    expect(whatOf('Kelton eagle numbers down by a third, census finds', 'The number of sea eagles nesting in Kelton has fallen by 31 per cent in five years, according to a census published on Tuesday.')).toBe('Kelton eagle numbers down by a third');
    expect(whatOf('"They shot straight at us," Kelton protester says', 'Police opened fire on demonstrators in Kelton on Saturday, killing two, witnesses said.')).not.toBe('They shot straight at us');
  });

  it('reads a place\'s name before a label\'s noun as the label ("Leeds attack: ..."), not as a plural subject', () => {
    expect(whatOf('Leeds attack: Woman dies after man stabs five people', 'A woman has died and four other people are in hospital after a man attacked passers-by with a knife in Leeds city centre on Tuesday night.')).not.toBe('attack');
  });
});
