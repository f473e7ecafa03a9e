import { describe, expect, it } from 'vitest';
import { whyOf } from './event-of.js';

/** Sentences of an incident report that give no cause, to push a late one past the first dozen. */
const FILLER = [
  'Ambulances took the injured to two hospitals in the city.',
  'Relatives gathered outside the district hospital through the night.',
  'The regional governor visited the scene on Thursday morning.',
  'Traffic on the road was diverted for most of the day.',
  'Local officials promised compensation to the families of the dead.',
  'The road was reopened to traffic late on Thursday.',
  'A helpline number was set up for relatives.',
  'Rescue workers used cranes to lift the wreckage.',
  'The transport ministry sent a team to the site.',
  'Several survivors were discharged on Friday.',
  'Two of the injured remain in a serious condition.',
  'The company that owned the bus has not commented.',
];

describe('event why: what an investigation found, wherever the report tells it', () => {
  it('reads a finding in the last sentence of a long incident report, as a whole clause', () => {
    const text = [
      'Bus plunges into ravine near Kelton, killing nine',
      'KELTON - A tour bus plunged into a ravine near the town of Kelton on Wednesday afternoon, killing nine passengers and injuring 27, police said.',
      ...FILLER,
      'Police said initial findings showed the bus had suffered brake failure on the long descent.',
    ];
    expect(whyOf(...text)).toBe('the bus had suffered brake failure on the long descent');
  });

  it('reads on past a relative clause set off by commas', () => {
    const text = [
      'Express bus crashes into lorry near Kelton',
      'KELTON - Two passengers were killed and 14 injured when an express bus crashed into the back of a lorry near Kelton early on Sunday, police said.',
      'The district police chief said initial investigations found that the 45-year-old bus driver, who is among the injured, is believed to have dozed off at the wheel.',
    ];
    expect(whyOf(...text)).toBe('the 45-year-old bus driver, who is among the injured, is believed to have dozed off at the wheel');
  });

  it('reads what early enquiries indicate', () => {
    const text = [
      'Man stabbed outside Kelton bar',
      'KELTON - A man was stabbed outside a bar in the centre of Kelton late on Saturday and is in a critical condition, police said.',
      ...FILLER.slice(0, 8),
      '"Our early enquiries indicate that the suspect had been refused entry to the bar a short time before," a detective said.',
    ];
    expect(whyOf(...text)).toMatch(/^the suspect had been refused entry to the bar/);
  });

  it('does not read a finding past the main event\'s sentences in a story that is no incident', () => {
    const text = [
      'Kelton council approves new budget',
      'KELTON - The city council of Kelton approved a new budget on Tuesday after a three-hour debate.',
      ...FILLER.slice(0, 10),
      'A report found that the city had overspent on consultants for three years.',
    ];
    expect(whyOf(...text) ?? '').not.toMatch(/overspent/);
  });

  it('reads a cause stated of the event itself late in the report, as a whole clause, over a late "because" about something else', () => {
    const text = [
      'Fire destroys 200 homes in Kelton',
      'KELTON - A fire destroyed about 200 homes in a crowded neighbourhood of Kelton on Saturday night, leaving 900 families homeless, officials said.',
      ...FILLER.slice(0, 6),
      'Fire trucks could not reach the centre of the blaze because the alleys are too narrow.',
      ...FILLER.slice(6),
      'Investigators said the fire was believed to have been caused by an unattended candle in the house where it started.',
    ];
    expect(whyOf(...text)).toBe('caused by an unattended candle in the house where it started');
  });

  it('reads why a strike was called, at the end of the report', () => {
    const text = [
      'Doctors begin nationwide strike',
      'KELTON - Resident doctors in public hospitals across the country began an indefinite strike on Wednesday, their association said.',
      ...FILLER.slice(0, 11),
      'The association\'s president said the strike was called because the government had failed to pay eight months of arrears and had not reviewed the hazard allowance.',
    ];
    expect(whyOf(...text)).toMatch(/^because the government had failed to pay eight months of arrears/);
  });

  it('ranks an investigation\'s finding in an incident over a purpose near the top', () => {
    const text = [
      'Fire destroys Kelton market stalls',
      'KELTON - A fire destroyed 40 stalls at the central market in Kelton early on Sunday, where traders had stocked up to sell goods for the festival, police said.',
      'No lives were lost.',
      'The police chief said preliminary investigations showed that the fire was likely caused by an electrical fault in a freezer left running overnight.',
    ];
    expect(whyOf(...text)).toMatch(/^the fire was likely caused by an electrical fault in a freezer/);
  });

  it('takes no person after "driven by" as a cause', () => {
    const text = [
      'Gas cylinder blast kills three in Kelton',
      'KELTON - Three people were killed when a gas cylinder in a van driven by Tom Baker exploded at a fuel station in Kelton on Monday, police said.',
    ];
    expect(whyOf(...text) ?? '').not.toMatch(/Tom Baker/);
  });

  it('reads what a court ruled as the reason of its decision', () => {
    const text = [
      'Kelton court strikes down water cut-off law',
      'KELTON - Kelton\'s Supreme Court on Tuesday struck down a law that let utilities cut off households that fall behind on their bills, ruling that it violated the constitutional right to water.',
    ];
    expect(whyOf(...text)).toBe('it violated the constitutional right to water');
  });

  it('reads a poisoning as an accident, whose finding it then reads, and keeps what a finding points at whole with its relative clause', () => {
    const heater = [
      'Four members of a family die of carbon monoxide poisoning in Kelton',
      'Four members of a family died of carbon monoxide poisoning at their home in Kelton on Saturday night, the health ministry said.',
      ...FILLER.slice(0, 3),
      'Preliminary findings show that the family had left a gas heater burning overnight in a room where the chimney was blocked, the ministry said.',
    ];
    expect(whyOf(...heater)).toBe('the family had left a gas heater burning overnight in a room where the chimney was blocked');
    const salad = [
      'Guest dies, dozens in hospital after wedding food poisoning in Kelton',
      'A 70-year-old woman died and 80 other guests were treated in hospital after suspected food poisoning at a wedding in Kelton on Saturday night, officials said.',
      ...FILLER.slice(0, 3),
      'Preliminary information points to a rice salad that was left in the sun for hours before it was served, officials said.',
    ];
    expect(whyOf(...salad)).toBe('a rice salad that was left in the sun for hours');
  });

  it('reads what findings "point to", in the plural too', () => {
    const text = [
      'Gas shop explosion kills two in Kelton',
      'Two people were killed when a shop selling gas canisters exploded in Kelton on Friday, officials said.',
      ...FILLER.slice(0, 3),
      'Initial findings point to a gas leak that was ignited by a spark from a generator, the officials said.',
    ];
    expect(whyOf(...text)).toBe('a gas leak that was ignited by a spark from a generator');
  });
});
