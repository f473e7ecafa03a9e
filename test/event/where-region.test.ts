import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event where: a place answers with the region or country the text sets beside it', () => {
  it('takes a region after a comma ("Findlay, Ohio")', () => {
    const e = eventOf('Ohio congressman to resign',
      'Rep. Tom Baker said Tuesday he will resign from Congress, in a video recorded at his home in Findlay, Ohio, on Monday.');
    expect(e.where[0]?.text).toBe('Findlay, Ohio');
  });

  it('takes a place\'s own region noun and the region after it ("Malang regency, East Java")', () => {
    const e = eventOf('Nine dead as tour bus plunges into ravine in Malang',
      'A tour bus carrying 38 students plunged into a ravine in Malang regency, East Java, on Wednesday afternoon, killing nine people, police said.');
    expect(e.where[0]?.text).toBe('Malang regency, East Java');
  });

  it('takes an Irish county written "Co" after "in" ("Kinsale in Co Cork")', () => {
    const e = eventOf('Kinsale fisherman dies after trawler sinks',
      'A fisherman has died after a trawler sank off Kinsale in Co Cork on Tuesday afternoon, the coast guard said.');
    expect(e.where[0]?.text).toBe('Kinsale in Co Cork');
  });

  it('takes no country that starts a new clause after a comma ("in Paris, Ireland face ...")', () => {
    const e = eventOf('Irish confident after draw',
      'After a superb display in the draw in Paris, Ireland face the Faroe Islands in Dublin on Wednesday.');
    for (const a of e.where) expect(a.text).not.toMatch(/Paris, Ireland/);
  });

  it('takes no country described in an apposition ("Basra, Iraq\'s main oil hub")', () => {
    const e = eventOf('Gunmen attack consulate in Basra',
      'Gunmen attacked a foreign consulate in Basra, Iraq\'s main oil hub, on Sunday, killing two guards.');
    expect(e.where[0]?.text).toBe('Basra');
  });
});

describe('event where: where a statement was issued is no place of the event', () => {
  it('weighs the filing city down when the statement was only issued there', () => {
    const e = eventOf('Avalanche buries three climbers in French Alps',
      'GRENOBLE, France (AFP) - Three climbers died when an avalanche hit a gully above the village of Val Thorens in the French Alps on Sunday, officials said.',
      'The regional prefecture said in a statement issued in Grenoble that rescue teams had found the three bodies by nightfall.');
    expect(e.where[0]?.text).not.toBe('Grenoble');
  });
});

describe('event where: a place the report sets inside the headline\'s place answers, with it', () => {
  it('takes the town the lead sets in the headline\'s region ("Marrowby, Kelton")', () => {
    const e = eventOf('Eleven dead as bus plunges into ravine in Kelton',
      'Eleven pilgrims were killed when their bus plunged into a ravine near Marrowby, Kelton, on Sunday, the state prosecutor said.');
    expect(e.where[0]?.text).toBe('Marrowby, Kelton');
  });

  it('takes a facility set "in" the headline\'s place, with its compass word ("in southern Kelton")', () => {
    const e = eventOf('Three workers hurt in blast at southern Kelton',
      'Three workers were hurt on Monday when a boiler exploded at the Brandt Chemicals plant in southern Kelton, the company said.');
    expect(e.where[0]?.text).toBe('Brandt Chemicals plant in southern Kelton');
  });

  it('takes a named part of the headline\'s place ("the Lyon district of Vaise")', () => {
    const e = eventOf('One dead, two injured in explosion at Lyon home',
      'A woman was killed and two other people were injured when an explosive device went off at the front door of a house in the Lyon district of Vaise early on Monday morning, prosecutors said.');
    expect(e.where[0]?.text).toBe('Lyon district of Vaise');
  });

  it('keeps the headline\'s place when the place before it is a region ("Scotland in Murrayfield")', () => {
    const e = eventOf('Scots hold firm in Murrayfield', 'Ireland were held by Scotland in Murrayfield on Saturday.');
    expect(e.where[0]?.text).toBe('Murrayfield');
  });
});
