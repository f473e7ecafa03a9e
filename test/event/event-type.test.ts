import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const typeOf = (title: string, body: string) => extractEvent(makeDoc({ title, body }), { clean: true, referenceDate: '2016-12-19' }).type;

describe('event type', () => {
  it('reads a strike by a bus crew as a strike, not an accident, and "struck" as no strike', () => {
    // Vehicle nouns weigh little alone: the bus is where the strike is, not a crash.
    expect(typeOf('Dunmore bus drivers end strike', 'Bus drivers in Dunmore ended a three-day strike on Monday after the bus company agreed to a pay rise.')).toBe('protests');
    // "An earthquake struck": the verb's form is no strike.
    expect(typeOf('Quake hits Kelton', 'A magnitude 6.1 earthquake struck Kelton on Monday, damaging homes, and the strong quake was felt across the region.')).toBe('disaster');
  });

  it('reads "storm" after a plural subject and "stormed" as a verb, no storm; "storms" and a storm as one', () => {
    expect(typeOf('Terrorists storm Kelton checkpost', 'A group of terrorists attacked a police checkpost in Kelton district late on Tuesday night, police said.')).not.toBe('disaster');
    expect(typeOf('Kelton singer tops the chart', 'Singer Ann Dale stormed to the top of the singles chart on Sunday with her new song.')).not.toBe('disaster');
    expect(typeOf('Winter storm batters Kelton coast', 'A winter storm battered the Kelton coast on Monday, cutting power to thousands of homes.')).toBe('disaster');
    expect(typeOf('Storms cut power to thousands in Kelton', 'Storms cut power to thousands of homes across Kelton on Monday, the power company said.')).toBe('disaster');
  });

  it('reads a hailstorm, a tornado and a blizzard as disasters, not as violence for the word "violent"', () => {
    expect(typeOf('Hailstorm kills one, injures 38 in Kelton', 'One person was killed and 38 others were injured when a violent hailstorm struck the city of Kelton on Monday afternoon.')).toBe('disaster');
    expect(typeOf('Tornado tears through Kelton', 'A tornado tore through the town of Kelton on Sunday night, killing three people and flattening dozens of homes.')).toBe('disaster');
    expect(typeOf('Blizzard strands drivers near Kelton', 'A blizzard stranded hundreds of drivers on the highway near Kelton on Tuesday.')).toBe('disaster');
  });

  it('reads lightning as a disaster, a well blowout as an accident and an acquisition as economy', () => {
    expect(typeOf('Lightning kills 11 in Dunmore', 'Lightning killed at least 11 people working in paddy fields across Dunmore district on Monday.')).toBe('disaster');
    expect(typeOf('Gas well blowout forces evacuations', 'A gas well blowout near Kelton on Monday forced hundreds of residents from their homes.')).toBe('accident');
    expect(typeOf('Harlow Energy to buy Kestrel', 'Harlow Energy announced the acquisition of the Kestrel freight group on Monday, its largest investment abroad.')).toBe('economy');
  });

  it('reads no battle in fighting an outbreak or a blaze, even beside its deaths', () => {
    expect(typeOf('Kelton launches measles vaccination drive', 'Kelton launched a vaccination campaign on Monday as health workers battle a measles outbreak that has killed at least 14 children since March.')).not.toBe('battles');
    expect(typeOf('Two die in Kelton warehouse fire', 'Two workers died on Monday as firefighters battled a blaze at a warehouse in Kelton for six hours.')).not.toBe('battles');
    expect(typeOf('Troops battle rebels near Kelton', 'Troops battled rebels near Kelton on Monday, killing at least 14 fighters, the army said.')).toBe('battles');
  });

  it('calls an ambush of soldiers a battle (ACLED: an armed clash), not violence against civilians', () => {
    expect(typeOf('Ambush in the north', 'Two soldiers were killed and four wounded in an ambush near the border on Monday, the army said.')).toBe('battles');
  });

  it('reads no incident in a name ("Ring of Fire", "Soul Train"), but a name\'s first word still counts ("Hurricane Ivan")', () => {
    expect(typeOf('Ring of Fire co-writer dies', 'The co-writer of the country hit Ring of Fire has died aged 70. He wrote Ring of Fire with June Carter.')).not.toBe('disaster');
    expect(typeOf('Usher leads shortlist for Soul Train awards', 'Usher leads the nominations for the Soul Train awards, organisers said.')).not.toBe('accident');
    expect(typeOf('Storm hits island', 'Hurricane Ivan flattened homes and flooded roads across the island on Monday.')).toBe('disaster');
    // A lede's word in capitals after its opening article is emphasis, no name ("A FIRE which broke out").
    expect(typeOf('Early morning blaze at Kelda Municipal Market', 'A FIRE which broke out at the Kelda Municipal Market in the early hours of yesterday destroyed 46 stalls and produce worth thousands of dollars, leaving many vendors with nothing to sell. Market traders said the losses would take months to recover.')).toBe('disaster');
  });

  it('reads a rocket told with spaceflight as no attack, and one fired at a town as one', () => {
    expect(typeOf('Kelton launches probe to study asteroid', 'The space agency launched a probe on Wednesday aboard a rocket from its spaceport, and the spacecraft separated from the rocket 50 minutes later.')).not.toBe('explosions/remote violence');
    expect(typeOf('Rocket hits Kelton', 'A rocket fired by militants hit a house in Kelton on Wednesday, killing two people, police said.')).toBe('explosions/remote violence');
  });

  it('reads two-word triggers ("drone strike") before one word ("strike", a walkout), and tells a bus crash, a recall and a treaty apart', () => {
    expect(typeOf('Drone strike kills militants', 'A drone strike killed six fighters near Jilib on Sunday, the military said.')).toBe('explosions/remote violence');
    expect(typeOf('Dockworkers strike at Kelton port', 'Dockworkers began a 48-hour walkout on Monday, halting container handling.')).toBe('protests');
    expect(typeOf('Bus plunges into ravine', 'A bus plunged into a ravine on Monday, killing 14 people and injuring 27.')).toBe('accident');
    expect(typeOf('Maker recalls dishwashers', 'Kelton Appliances is recalling 240,000 dishwashers because a wiring fault can start a fire.')).toBe('economy');
    expect(typeOf('Neighbours sign river treaty', 'The two countries signed a treaty on Tuesday to share the water of their border rivers.')).toBe('politics');
  });

  it('takes no incident the headline and first sentences do not tell ("The move follows angry protests" later on)', () => {
    const body = 'Kelton Building Products has agreed to pay $1.1bn to people made ill by its old products. The deal could see thousands of people receive compensation. The move follows angry protests after the firm said its fund was running out. The state inquiry criticised the firm.';
    expect(typeOf('Building firm in compensation payout', body)).not.toBe('protests');
    // Told first, the same protests are the story.
    expect(typeOf('Angry protests at Kelton Building Products', 'Hundreds of people protested outside the firm on Monday. ' + body)).toBe('protests');
  });

  it('calls a stampede an accident and a volcano\'s eruption a disaster', () => {
    expect(typeOf('Stampede at stadium', 'Hundreds were injured in a stampede at the stadium on Saturday, police said.')).toBe('accident');
    expect(typeOf('Villages evacuated', 'The volcano began erupting on Sunday and the eruption forced thousands from their homes.')).toBe('disaster');
  });

  it('calls an explosion with an accidental cause and no attacker an accident, and a bomb still an explosion', () => {
    expect(typeOf('Gas explosion', 'A gas explosion destroyed a block of flats in the city on Monday, the fire brigade said.')).toBe('accident');
    expect(typeOf('Blast at market', 'An explosion tore through a market on Monday. Police said the attackers had hidden the device in a gas cylinder.')).toBe('explosions/remote violence');
    expect(typeOf('Car bomb', 'A car bomb exploded outside a gas station on Monday, killing two people.')).toBe('explosions/remote violence');
  });

  it('does not call a legal battle, a sports clash or a critic\'s attack violence', () => {
    const violent = ['battles', 'violence against civilians', 'explosions/remote violence', 'riots'];
    expect(violent).not.toContain(typeOf('Actress wins photographer battle', 'The actress won her legal battle with a photographer at the High Court on Monday.'));
    expect(violent).not.toContain(typeOf('Opposition leader attacks cost of asylum', 'The opposition leader attacked the rising cost of the asylum system in a speech on Monday.'));
    expect(violent).not.toContain(typeOf('Coach blasts referee after derby clash', 'The coach blasted the referee after Saturday\'s derby clash ended 2-2.'));
    // Evidence of violence far from the clash is of something else.
    expect(violent).not.toContain(typeOf('Judge clashes with ministers', 'The senior judge clashed with ministers over sentencing on Monday. He said the plans would not work. Police chiefs backed the judge.'));
  });

  it('does not call a compound that kills bacteria violence, but keeps a killing of people', () => {
    expect(typeOf('Desert microbe yields compound that kills drug-resistant bacteria', 'Researchers at Kelton University have discovered a compound that killed a strain of resistant bacteria in laboratory tests, the team said.')).not.toMatch(/violence/);
    expect(typeOf('Gunman kills three in Kelton market', 'A gunman killed three people at a market in Kelton on Monday, police said.')).toMatch(/violence/);
  });

  it('keeps a clash or an attack violent when the sentences show harm or who did it', () => {
    expect(typeOf('Clashes in the capital', 'Dozens of people were injured when police and protesters clashed in the capital on Monday.')).not.toBe('other');
    expect(['battles', 'violence against civilians', 'riots']).toContain(typeOf('Clashes in the capital', 'Dozens of people were injured when police and protesters clashed in the capital on Monday.'));
    expect(typeOf('Village attacked', 'Armed men attacked a village in the north on Sunday, killing six people, officials said.')).toBe('violence against civilians');
  });
});
