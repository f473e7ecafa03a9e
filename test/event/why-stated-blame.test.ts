import { describe, expect, it } from 'vitest';
import { whyOf } from './event-of.js';
import { isOwnNoun } from '../../src/extract/event/stated-causes.js';

/** Sentences of a business story that give no cause. */
const FILLER = [
  'The group runs 212 shops across the country and employs 9,000 people.',
  'Its shares closed 4p lower at 118p in London.',
  'Analysts at two brokers cut their forecasts for next year.',
  'The company will open eight new stores in the spring.',
  'It also confirmed the final dividend would be paid in June.',
  'Its online sales grew by 6 per cent over the year.',
  'The chain was founded in Leeds in 1952.',
];

describe('event why: a cause stated with a verb of blaming or crediting', () => {
  it('reads what the company blamed the decline on, late in the story, to its clause\'s end', () => {
    const text = [
      'Harwell & Finch profits slide by a third',
      'Harwell & Finch\'s annual profits fell by a third to £41.2 million, the retailer said on Thursday.',
      ...FILLER,
      'The company blamed the decline on a mild autumn that left winter coats on the rails, and on heavy discounting by rivals.',
    ];
    expect(whyOf(...text)).toBe('a mild autumn that left winter coats on the rails');
  });

  it('reads the thing blamed, up to "for"', () => {
    const text = [
      'Floods kill six in Kelton',
      'KELTON - At least six people were killed when flash floods swept through Kelton on Wednesday, officials said.',
      'Residents blamed blocked storm drains for the flooding.',
    ];
    expect(whyOf(...text)).toBe('blocked storm drains');
  });

  it('reads what a result is attributed to', () => {
    const text = [
      'Pass rate rises in Kelton schools',
      'The pass rate in Kelton\'s school-leaving exams rose to 63 per cent this year, the education board said on Monday.',
      'The board\'s chairman attributed the improvement to remedial classes held in 400 schools.',
    ];
    expect(whyOf(...text)).toBe('remedial classes held in 400 schools');
  });

  it('reads what the event followed', () => {
    const text = [
      'Gunmen kill 12 in Kelton village',
      'KELTON - Gunmen killed 12 people in a village in northern Kelton on Sunday, police said.',
      'Residents said the attack followed the community\'s refusal to pay a levy to the gang.',
    ];
    expect(whyOf(...text)).toBe('the community\'s refusal to pay a levy to the gang');
  });

  it('takes no person blamed, nor a blame that names someone, as the cause', () => {
    expect(whyOf('Senator blames rival for defeat', 'Senator Ana Ruiz on Tuesday blamed her rival for her defeat in the primary.') ?? '').not.toMatch(/rival/);
    expect(whyOf('Candidate blames FBI letter for loss', 'The candidate blamed FBI director Tom Hale\'s letter for her loss in the election.') ?? '').not.toMatch(/Hale/);
  });

  it('reads what people are angry about, without the cue', () => {
    const text = [
      'Kelton farmers angry over diesel tax plan',
      'Farmers in Kelton are angry over a plan to cut the tax rebate on farm diesel, their union said on Monday.',
    ];
    expect(whyOf(...text)).toBe('diesel tax plan');
  });

  it('reads what is stated to be the cause, as the subject of "is the cause" and after "the cause of the fire was"', () => {
    const story = (last: string) => [
      'Fire guts fishing boat in Kelton harbour',
      'A fire destroyed a fishing boat moored in Kelton harbour on Tuesday night, the coastguard said. No one was on board.',
      `Firefighters took three hours to put out the blaze. ${last}`,
    ];
    expect(whyOf(...story('An electrical fault in the engine room is believed to be the cause.'))).toBe('An electrical fault in the engine room');
    expect(whyOf(...story('The cause of the fire was a faulty heater in the galley, officials said.'))).toBe('a faulty heater in the galley');
    // Not a cause said to be unknown, nor a quality ("natural"), nor the cause of something else.
    expect(whyOf(...story('The cause of the fire is under investigation.'))).toBeNull();
    expect(whyOf(...story('The cause of death appears to be natural.'))).toBeNull();
    expect(whyOf(...story('The cause of the delay was a staff shortage.'))).toBeNull();
  });

  it('puts what the event itself followed, names and all, above the charge its suspect was held on', () => {
    const text = [
      'Man shot dead outside Kelton bar',
      'A 31-year-old man was shot dead outside a bar in Kelton late on Friday, police said.',
      'A 24-year-old man was arrested on Saturday and booked into the county jail on suspicion of murder.',
      'Detectives believe the shooting followed an argument between Jonas Pell and the victim, who had been drinking together.',
    ];
    expect(whyOf(...text)).toBe('an argument between Jonas Pell and the victim');
  });

  it('counts "the shooting" as the event a type triggered by "shot" names', () => {
    expect(isOwnNoun('shooting', new Set(['shot']))).toBe(true);
    expect(isOwnNoun('fires', new Set(['fire']))).toBe(true);
    expect(isOwnNoun('meeting', new Set(['shot']))).toBe(false);
  });
});
