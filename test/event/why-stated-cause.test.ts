import { describe, expect, it } from 'vitest';
import { whyOf } from './event-of.js';

describe('event why: a cause stated outright, wherever and however the report states it', () => {
  it('reads a strong cue past the sentences the main event is read from', () => {
    const text = [
      'Blast destroys warehouse in Kelton',
      'KELTON (AP) - An explosion destroyed a warehouse in the port of Kelton on Tuesday, killing two workers and injuring nine, officials said.',
      'The blast shattered windows across the harbour district.',
      'Firefighters needed four hours to put out the fire that followed.',
      'Ambulances took the injured to two hospitals in the city.',
      'The warehouse stored paint and cleaning products.',
      'Its owner, a logistics firm, said it was cooperating with the authorities.',
      'Traffic around the port was diverted for most of the day.',
      'On Wednesday investigators said the blast was caused by a leaking gas pipe under the loading bay.',
    ].join('\n\n');
    expect(whyOf(text)).toMatch(/^caused by a leaking gas pipe/);
  });

  it('reads what findings pointed to, without the cue', () => {
    const text = [
      'Gas pipeline blast kills six near Kelton',
      'KELTON (AP) - An explosion on a gas pipeline near the village of Kelton killed six people on Wednesday, officials said.',
      'The operator said in a statement that preliminary findings pointed to a corroded section of pipe.',
    ].join('\n\n');
    expect(whyOf(text)).toBe('a corroded section of pipe');
  });

  it('reads the reason of a sentence told far after its verb ("sentenced ... to 40 years in prison for pocketing")', () => {
    const text = [
      'Ex-mayor jailed for 40 years',
      'KELTON (AFP) - A court on Tuesday sentenced a former town mayor to 40 years in prison for pocketing relief funds meant for flood victims, prosecutors said.',
    ].join('\n\n');
    expect(whyOf(text)).toMatch(/^for pocketing relief funds/);
  });

  it('does not read why a source stays unnamed as the cause', () => {
    const text = [
      'Drone strike hits market in Kelton',
      'KELTON (Reuters) - A drone strike hit a crowded market in Kelton on Sunday, killing 12 people, a local official said.',
      'The official spoke on condition of anonymity because he was not authorised to speak to the media.',
    ].join('\n\n');
    expect(whyOf(text) ?? '').not.toMatch(/authorised/);
  });

  it('does not cut a long cue\'s purpose at its first content word ("in a bid to become ...")', () => {
    const text = [
      'Danish shipper agrees to buy Latvian ferry firm',
      'COPENHAGEN (Reuters) - Danish shipping group Nordline agreed on Monday to buy Latvian ferry operator Baltrans for $2.1 billion in a bid to become the largest freight operator in the Baltic Sea.',
    ].join('\n\n');
    expect(whyOf(text)).toMatch(/^in a bid to become the largest freight operator/);
  });

  it('keeps the purpose of a verb that takes no infinitive, with a time between ("met on Friday afternoon to discuss")', () => {
    const text = [
      'Kelton Times journalists meet over sale',
      'KELTON - Journalists at the Kelton Times met on Friday afternoon to discuss the surprise sale of the paper.',
    ].join('\n\n');
    expect(whyOf(text)).toMatch(/^to discuss the surprise sale/);
  });

  it('reads a roof that gave way "under the weight of snow", and an engine that lost power', () => {
    expect(whyOf('School roof collapses in Kelton', 'KELTON (AP) - The roof of a school sports hall caved in during a class on Tuesday, injuring 24 people, officials said.', 'Engineers said the flat roof had given way under the weight of snow.')).toMatch(/under the weight of snow/);
    expect(whyOf('Small plane crashes near Kelton, killing four', 'KELTON (AP) - A small plane crashed shortly after take-off from Kelton on Friday, killing all four people on board, officials said.', 'Investigators said the plane lost power in its left engine during a heavy downpour.')).toMatch(/^the plane lost power/);
  });

  it('reads no reason for a noun ("head of rescue operations for the agency") nor for an -ing adjective ("for outgoing vice governor")', () => {
    expect(whyOf('Gas blast kills 13 in Kelton coal mine', 'KELTON (Reuters) - A gas explosion killed 13 miners in a coal mine near Kelton on Monday, said Carlos Rios, head of rescue operations for the agency.') ?? '').not.toMatch(/for the agency/);
    expect(whyOf('Echeverria wins Kelton governor race', 'KELTON (Reuters) - Ana Echeverria, who heads the Kelton Unida alliance, had 47.2% against 38.9% for outgoing vice governor Raul Quiroga with most votes counted.') ?? '').not.toMatch(/outgoing/);
  });
});
