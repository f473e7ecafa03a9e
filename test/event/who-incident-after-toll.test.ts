import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('who and what, when a toll sentence tells the incident in its "after" or "when" clause', () => {
  it('names what gave way before the victims ("were killed after a building under construction caved in")', () => {
    const e = eventOf('Dunmore building collapse: toll rises to nine',
      'Nine people were killed and 14 others injured after a five-storey building under construction caved in on a row of shacks in Dunmore on Monday night, police said.');
    expect(e.who[0]?.text).toBe('a five-storey building under construction');
    // The victims stay among the answers, close behind.
    expect(e.who.map((w) => w.text)).toContain('Nine people');
  });

  it('takes no death after a toll for the incident ("the toll rose to 12 after a boy died")', () => {
    const e = eventOf('Lightning kills 12 in Dunmore',
      'Dunmore: At least 11 people were killed and six others injured after being struck by lightning in six districts on Thursday afternoon, officials said.',
      'Late on Thursday night, the toll rose to 12 after Amit Rao (15), who was injured when lightning struck a tree under which he was grazing goats, died at the district hospital, officials said.');
    expect(e.who[0]?.text).not.toMatch(/Amit Rao/);
  });

  it('reads a crowd with its participle phrase as people ("a crowd waiting for cash aid")', () => {
    const e = eventOf('',
      'Three people died and 27 others were injured after a crowd waiting for cash aid stampeded at a covered court in Dunmore on Saturday morning, police said.');
    const crowd = e.who.find((w) => w.text === 'a crowd waiting for cash aid');
    expect(crowd?.score).toBeGreaterThan(0.3);
  });

  it('ends the subject before a relative clause without "that" ("the express bus they were travelling in")', () => {
    const e = eventOf('Five dead in Dunmore bus crash',
      'Five people were killed and 23 others injured when the express bus they were travelling in rammed into the rear of a lorry near Dunmore early on Friday.');
    expect(e.who[0]?.text).toBe('the express bus');
  });
});

describe('who and what, when a toll of drownings tells its incident past a "while" clause', () => {
  it('reads the vessel as who, past "while two others are still missing", and a closed compound as a vehicle ("longboat")', () => {
    const e = eventOf('Three drowned, two missing as longboat capsizes in Kelton River',
      'KELTON: Three people drowned while two others are still missing after the longboat they were travelling in capsized in Kelton River yesterday afternoon.');
    expect(e.who[0]?.text).toBe('the longboat');
    // "drowned" is a toll: the headline's "as" clause is what happened.
    expect(e.what?.text).toBe('longboat capsizes in Kelton River');
  });
});

describe('what, in a toll headline with an "as" clause', () => {
  it('answers with what caused the toll ("Five killed, 23 hurt as express bus rams into lorry")', () => {
    const e = eventOf('Five killed, 23 hurt as express bus rams into lorry near Dunmore',
      'Five people were killed and 23 others injured when an express bus crashed into a lorry near Dunmore early on Friday, police said.',
      'The crash happened at 4am.');
    expect(e.what?.text).toBe('express bus rams into lorry near Dunmore');
  });
});

describe('what, when the headline gives a toll and the report the incident', () => {
  it('answers with the report\'s clause when the headline only names the incident ("3 dead, 27 hurt in Dunmore stampede")', () => {
    const e = eventOf('3 dead, 27 hurt in Dunmore stampede during cash aid payout',
      'Three people died and 27 others were injured after a crowd waiting for cash aid stampeded at a covered court in Dunmore on Saturday morning, police said.',
      'The incident occurred at around 7:30 a.m.');
    expect(e.what?.text).toMatch(/^stampeded at a covered court/);
  });

  it('keeps a headline that tells the incident in a clause of its own ("Seven killed as tram derails")', () => {
    const e = eventOf('Seven killed as tram derails in Dunmore',
      'At least seven people were killed when a tram sped round a sharp bend and derailed during the morning rush hour.',
      'Investigators are probing the speed.');
    expect(e.what?.text).toBe('Seven killed as tram derails in Dunmore');
  });
});

describe('a hedging participle before a noun is no verb', () => {
  it('reads "Seven suspected robbers shot dead" with "shot" for its verb', () => {
    const e = eventOf('Seven suspected robbers shot dead in shootout with police in Dunmore',
      'Seven suspected cash-in-transit robbers were shot dead in a shootout with police at a house in Dunmore in the early hours of Wednesday.',
      'A police officer was wounded in the exchange of gunfire.');
    expect(e.what?.text).toBe('shot dead in shootout with police in Dunmore');
    expect(e.who[0]?.text).toBe('Seven suspected robbers');
  });
});

describe('who, under a toll headline whose report tells the action', () => {
  it('names what acted before the headline\'s victim ("Woman killed as quake shakes ...")', () => {
    const e = eventOf('Woman killed as strongest quake in decades shakes Kelton area',
      'KELTON (Reuters) - A magnitude 4.8 earthquake struck the Kelton area late on Monday, killing an elderly woman and injuring at least 23 people.');
    expect(e.who[0]?.text).toBe('A magnitude 4.8 earthquake');
  });
});

describe('who, held in a headline\'s second clause', () => {
  it('names whom an attack\'s headline says was arrested ("...; teen arrested")', () => {
    const e = eventOf('Six shot, one fatally, at block party in Kelby; teen arrested',
      'The fireworks had been going for almost an hour, and the grills were still smoking, when the first shots cracked across the block.',
      'For a second, neighbors said, nobody realized what they were hearing.');
    expect(e.who[0]?.text).toBe('teen');
  });

  it('takes no one held for who outside an attack ("...; promoter held" after a collapse)', () => {
    const e = eventOf('Toll in Kelby building collapse rises to nine; promoter held',
      'Nine people were killed and 14 others injured after a five-storey building under construction caved in on a row of shacks in Kelby on Monday night, police said.');
    expect(e.who[0]?.text).not.toBe('promoter');
  });
});

describe('what, under a headline with no verb', () => {
  it('answers with the report\'s clause when the headline only names an accident ("Deadly blaze at Kelby hotel")', () => {
    const e = eventOf('Deadly blaze at Kelby Old Quarter hotel',
      'KELBY (Reuters) - Six people were killed and 11 injured when fire swept through a budget hotel in the Old Quarter early on Wednesday, state media reported.');
    expect(e.what?.text).toMatch(/^swept through a budget hotel/);
  });

  it('keeps a verbless headline of other news ("Charity single for quake relief")', () => {
    const e = eventOf('Charity single for quake relief',
      'A group of stars are recording a charity single to raise money for victims of the earthquake in Kelby, their label said.');
    expect(e.what?.text).toBe('Charity single for quake relief');
  });
});

describe('what, cut by the length cap before a noun\'s "of"', () => {
  it('finishes the "of" phrase ("caved in on a row | of shacks")', () => {
    const e = eventOf('Dunmore building collapse: toll rises to nine',
      'Nine people were killed and 14 others injured after a five-storey building under construction caved in on a row of shacks in Dunmore on Monday night, police said.');
    expect(e.what?.text).toBe('caved in on a row of shacks');
  });
});

describe('what, under a headline of bodies recovered', () => {
  it('answers with the incident the recovery followed ("7 bodies recovered" after "a ferry capsized")', () => {
    const e = eventOf('Ferry capsize in Kelby river: 7 bodies recovered, 11 still missing',
      'Seven bodies have been recovered and at least 11 people remain missing after a passenger ferry capsized in the Kelby river yesterday afternoon after being hit by a cargo vessel.');
    expect(e.what?.text).toMatch(/^capsized in the Kelby river/);
    expect(e.who[0]?.text).toBe('a passenger ferry');
  });
});

describe('who, after a toll and "as"', () => {
  it('answers with the force the "as" clause names ("were injured as Typhoon Kelmar swept past")', () => {
    const e = eventOf('Typhoon Kelmar: 1 dead, 57 injured as storm lashes Dunmore',
      'One man died and 57 people were injured as Typhoon Kelmar swept past Dunmore on Tuesday, bringing the city to a standstill.');
    expect(e.who[0]?.text).toBe('Typhoon Kelmar');
  });
});

describe('event who: a vehicle referred back to answers as its sentence introduced it', () => {
  it('answers "the aircraft" with "a small single-engine plane" told before it', () => {
    const e = eventOf('2 killed as small plane crashes into Kelton homes',
      'Two people aboard a small single-engine plane were killed on Wednesday morning when the aircraft crashed into a row of homes in Kelton moments after taking off, officials said.');
    expect(e.who[0]?.text).toBe('a small single-engine plane');
  });

  it('leaves a definite vehicle with nothing before it as it is', () => {
    const e = eventOf('Kelton bus crash kills 4',
      'The bus plunged into a ravine near Kelton on Monday, killing four passengers, police said.');
    expect(e.who[0]?.text).toMatch(/bus/i);
  });
});

describe('event who: who tells of an accident or looks into it came after it', () => {
  it('does not answer with the officer who told reporters, nor the bureau that will investigate', () => {
    const e = eventOf('Two dead, 14 hurt in snow squall pileup on Kelton highway',
      'Police Sgt. Ann Dale told reporters at the scene on Sunday evening that a 58-year-old man and a woman in her 40s had died.',
      'Two people are dead and 14 others were injured after 34 vehicles collided on the highway north of Kelton during a sudden snow squall on Sunday afternoon.');
    expect(e.who[0]?.text).not.toMatch(/Ann Dale/);
    const f = eventOf('Light plane crash near Kelton kills two',
      'The Transport Safety Bureau will investigate.',
      'Two men have been killed after a light plane crashed into a paddock near Kelton on Sunday morning.');
    expect(f.who[0]?.text).not.toMatch(/Safety Bureau/);
  });
});

describe('who and what: an incident told in a relative clause after a recovery', () => {
  it('reads "a building that collapsed late on Tuesday" as what happened and what it befell', () => {
    const e = eventOf('Death toll in Kelton building collapse rises to 16',
      'Rescuers in Kelton have pulled more bodies from the rubble of a five-storey residential building that collapsed late on Tuesday, raising the death toll to at least 16, officials say.');
    expect(e.what?.text).toMatch(/^collapsed late on Tuesday/);
    expect(e.who[0]?.text).toBe('a five-storey residential building');
  });

  it('reads no relative clause whose verb tells no mishap ("a building that housed 20 families")', () => {
    const e = eventOf('Bodies pulled from Kelton rubble',
      'Rescuers in Kelton have pulled more bodies from the rubble of a building that housed 20 families, officials say.');
    expect(e.what?.text ?? '').not.toMatch(/^housed/);
  });
});
