import { describe, expect, it } from 'vitest';
import { eventOf, whyOf } from './event-of.js';

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

  it('reads the cause a story states of its own change to the report\'s end, in any story ("the slowdown was mainly the result of ...")', () => {
    const lead = [
      'Kelton economy grows 4.4% in first quarter',
      'KELTON - Kelton\'s economy grew 4.4 per cent in the first quarter from a year earlier, slowing from 4.9 per cent in the previous three months, the statistics department said on Friday.',
      'Economists had expected growth of about 4.5 per cent.',
      'Manufacturing output rose 3.1 per cent in the quarter.',
      'Services, the largest sector, grew 5.0 per cent.',
      'Construction grew 8.2 per cent on the back of public works.',
      'Agriculture contracted 1.1 per cent as palm oil output fell.',
      'Mining output was flat.',
      'The central bank kept its policy rate at 2.75 per cent last month.',
      'The ringgit was little changed at 4.21 against the dollar.',
      'Private consumption grew 5.4 per cent, helped by cash handouts.',
      'Imports rose 2.3 per cent.',
      'Analysts said the second quarter would be weaker still.',
    ];
    expect(whyOf(...lead, 'The chief statistician said the slowdown was mainly the result of weaker exports of electronic products.')).toBe('the result of weaker exports of electronic products');
    expect(whyOf(...lead, 'The chief statistician said the fall in exports was mainly due to weaker demand for chips.')).toBe('due to weaker demand for chips');
    // A late cause of something else in a story that is no incident stays unread.
    expect(whyOf(...lead, 'The chief statistician said the office moved because of a flood.')).toBeNull();
  });

  it('in an incident, reads a cause stated of any noun of its type as its own ("the blaze" where the lead told a fire)', () => {
    expect(whyOf(
      'Twelve hurt in Kelton tower fire',
      'Twelve people were taken to hospital after fire swept through a 20-storey tower in Kelton on Sunday, firefighters said.',
      'Residents of the upper floors were led down the stairs by firefighters.',
      'About 200 people spent the night in buses the city sent to the scene.',
      'The city said it would find rooms for families who could not go home.',
      'Neighbours brought blankets and hot drinks to those waiting outside.',
      'The tower was built in 1971 and has 180 flats.',
      'A second fire in the area last month killed one man.',
      'Fire officials said the blaze was believed to have started with a lithium-ion battery from an e-bike that was charging in a ninth-floor flat.',
    )).toMatch(/^a lithium-ion battery from an e-bike/);
  });

  it('reads "reprisal for" as a stated motive', () => {
    expect(whyOf('Gunmen ambush bus on Kelton road', 'At least six passengers were killed when suspected militants ambushed a bus near Kelton on Saturday, police said.', 'Security officials said the attack was believed to be a reprisal for a security operation in the forest.')).toMatch(/^reprisal for a security operation/);
  });

  it('gives no cause cut before a quoted word (\'driven by a "significant" rise\')', () => {
    expect(whyOf('Kelton factory activity grows', 'Factory activity in Kelton grew in December for the 19th month in a row, a survey showed on Monday.', 'The institute said the growth was driven by a "significant" rise in new orders.')).not.toBe('driven by a');
  });

  it('reads what caused the event\'s own noun as its cause, over a hedge and an aside, and not a person who caused it', () => {
    expect(whyOf(
      'Twenty vehicles pile up on Kelton motorway',
      'Twelve people were taken to hospital on Sunday after 20 vehicles crashed into one another on the motorway near Kelton, police said.',
      'Police said a sudden whiteout, as wind-driven snow swept across the road, appeared to have caused the crash.',
    )).toBe('a sudden whiteout');
    expect(whyOf(
      'Twenty vehicles pile up on Kelton motorway',
      'Twelve people were taken to hospital on Sunday after 20 vehicles crashed into one another on the motorway near Kelton, police said.',
      'Police said a lorry driver had caused the crash.',
    )).not.toBe('a lorry driver');
  });

  it('reads what the news followed ("The move follows a decision ...") and what the event\'s own noun started with', () => {
    expect(whyOf(
      'Kelton Power chief quits',
      'The chief executive of Kelton Power resigned on Monday, the company said.',
      'The move follows a decision by the board to sell the company\'s coal plants.',
    )).toBe('a decision by the board to sell the company\'s coal plants');
    expect(whyOf(
      'Two dead in Kelton tower fire',
      'Two people died after a fire broke out in a 14-storey apartment building in Kelton early on Sunday, officials said.',
      'A fire official said the fire was believed to have started with a lithium-ion battery from an e-bike that was charging in a flat.',
    )).toBe('a lithium-ion battery from an e-bike that was charging in a flat');
  });

  it('reads "generated by" and "fuelled by" as cues, and "over" after a recall', () => {
    expect(whyOf(
      'Strong quake shakes Kelton coast',
      'A magnitude 6.8 earthquake struck off the Kelton coast before dawn on Tuesday, damaging homes, officials said.',
      'The seismology agency said the earthquake was generated by movement along the Kelton Trench.',
    )).toBe('generated by movement along the Kelton Trench');
    expect(whyOf(
      'Frozen spinach recall expanded to 14 states',
      'A frozen vegetable producer has expanded a recall of its chopped spinach over possible listeria contamination, the regulator said on Tuesday.',
    )).toBe('over possible listeria contamination');
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
    expect(whyOf(['Ex-inspector jailed', 'KELTON -- The court on Tuesday sentenced former building inspector R.J.L. (51) to 20 months in prison, eight of them suspended, for accepting bribes from building contractors.'].join('\n\n'))).toMatch(/^for accepting bribes/);
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

describe('event why: what a company\'s results were helped or boosted by', () => {
  it('takes "helped by ..." after a rise in profit', () => {
    const e = eventOf('Kelton Foods lifts quarterly profit by a third',
      'Kelton Foods said on Wednesday that its net profit rose by 31% to EUR 14.2 million in the first quarter of the year, helped by strong demand for frozen meals and lower prices of grain.');
    expect(e.why?.text).toMatch(/^helped by strong demand for frozen meals/);
  });

  it('takes "boosted by ..." and "on the back of ..."', () => {
    expect(eventOf('Kelton Motors sales climb', 'Kelton Motors said its sales climbed 12% in March, boosted by strong car loan demand.').why?.text).toMatch(/^boosted by strong car loan demand/);
    expect(eventOf('Kelton shares jump', 'Shares in Kelton Telecom jumped 8% on Monday on the back of upbeat mobile earnings.').why?.text).toMatch(/^on the back of upbeat mobile earnings/);
  });
});
