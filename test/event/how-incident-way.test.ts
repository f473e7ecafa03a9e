import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const howOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).how?.text ?? null;

describe('event how: the way a fire spread', () => {
  it('reads how a fire spread, after the toll and the rescue, and in an official\'s quoted words', () => {
    expect(howOf('Six dead in Kelton hotel blaze',
      'KELTON (Reuters) - Six people were killed and 11 injured when a fire swept through a hotel in the old quarter of Kelton early on Tuesday, officials said.',
      'Firefighters rescued 23 guests from the roof and balconies.',
      'The fire broke out on the ground floor at around 2 a.m. and quickly spread up the single staircase, the fire service said.')).toBe('quickly spread up the single staircase');
    expect(howOf('Blaze guts Kelton market',
      'A fire destroyed more than 200 stalls at the Kelton Municipal Market early on Sunday, the fire authority said.',
      '"Fanned by strong winds, it spread quickly through the timber stalls," station officer Joe Reid said.')).toBe('spread quickly through the timber stalls');
  });

  it('stops the way before a reason, and reads no spread of anything but a fire in a story of another kind', () => {
    expect(howOf('Tower fire in Kelton',
      'Three people died when a fire broke out in a 20-storey tower in Kelton on Friday night, officials said.',
      'The fire spread quickly through the building because a fire door had been wedged open.')).toBe('spread quickly through the building');
    expect(howOf('Kelton council backs new bus lanes',
      'Kelton city council voted 30-12 on Monday to add bus lanes on six roads.',
      'News of the vote spread quickly through the city.') ?? '').not.toMatch(/spread/);
  });
});

describe('event how: a headline\'s way stays in the headline', () => {
  it('never runs a headline\'s way into the next sentence', () => {
    const how = howOf('Three dead after ship fire off Kelton', 'Three passengers died and two crew members are missing after a fire broke out on an inter-island ship on Wednesday night, police said.');
    expect(how ?? '').not.toMatch(/\n|Three passengers/);
  });
});

describe('event how: the way a boat went over', () => {
  it('reads how a boat went over, not its "capsized", which is the event itself', () => {
    expect(howOf('Nine drown as dinghy capsizes off Kelton',
      'At least nine migrants drowned when an overcrowded rubber dinghy capsized off the coast of Kelton on Saturday, the coast guard said.',
      'The dinghy took on water and overturned in rough seas, survivors told officials.')).toBe('took on water and overturned in rough seas');
    expect(howOf('Trawler capsizes in Kelton river, 7 dead',
      'Seven people died after a passenger trawler capsized in the Kelton river on Monday afternoon, police said.',
      'The trawler overturned within seconds and went under, trapping several passengers inside its cabin.')).toBe('overturned within seconds and went under');
  });

  it('stops the way before a time and a place, and says nothing of a boat when no way is told', () => {
    expect(howOf('Longboat capsizes on Kelton river',
      'Three people drowned after a longboat capsized on the Kelton river on Sunday, police said.',
      'The longboat overturned at around 3 a.m. in Kelton Bay.')).toBe('overturned');
    expect(howOf('Ferry capsizes off Kelton',
      'A ferry capsized off Kelton on Sunday, killing four people, police said.') ?? '').not.toMatch(/capsized/);
  });
});

describe('event how: the way a structure collapsed', () => {
  it('reads what the collapse did after its way, through a list, and the way itself when nothing follows', () => {
    expect(howOf('Seven killed as Kelton bridge collapses',
      'Seven people were killed when a bridge over the Kelton river collapsed on Monday evening, local authorities said.',
      'Witnesses said the truck was halfway across when the middle span gave way, sending the truck, five motorbikes and several pedestrians into the river.')).toBe('sending the truck, five motorbikes and several pedestrians into the river');
    expect(howOf('Building collapses in Kelton, four dead',
      'Four workers were killed when a building under construction collapsed in Kelton on Thursday evening.',
      'The building came crashing down at around 5.45 pm, minutes after heavy rain, trapping 11 labourers who were working on the top floor.')).toBe('trapping 11 labourers');
    expect(howOf('School roof collapse in Kelton',
      'The roof of a school sports hall in Kelton collapsed on Tuesday, injuring 23 pupils, emergency services said.',
      'The upper part of the roof caved in during a physical education class.')).toBe('caved in');
  });
});

describe('event how: the way a crowd crush went', () => {
  it('reads "fell and were trampled" as how people died in a crush', () => {
    expect(howOf('Twelve die in crush at Kelton festival',
      'At least 12 people were killed on Sunday when a crowd of pilgrims surged towards a bathing area at a festival in Kelton, police said.',
      'Witnesses said people began pushing after a metal barrier gave way, and several elderly women fell and were trampled.')).toBe('fell and were trampled');
  });
});

describe('event how: the way a flood killed', () => {
  it('reads "was swept away", not the flood\'s own "flooded"', () => {
    expect(howOf('Flash floods kill four in Kelton',
      'A family of four died in flash floods in Kelton on Sunday after heavy rain flooded the valley, police said.',
      'The family died when their car was swept away as they tried to cross a wadi near the village.')).toBe('was swept away');
  });
});

describe('event how: lightning', () => {
  it('reads the first way lightning killed, stopped before its places', () => {
    expect(howOf('Lightning kills 11 in Kelton province',
      'At least 11 people were killed on Thursday after being struck by lightning in six districts of Kelton province as thunderstorms swept across the region.',
      'A boy died when lightning struck a tree under which he was grazing goats.')).toBe('struck by lightning');
  });
});

describe('event how: the way a landslide came down', () => {
  it('reads what the slide did after it gave way, and "came down" when nothing follows', () => {
    expect(howOf('17 dead as landslide buries homes in Kelton',
      'At least 17 people were killed after a landslide buried homes in three villages in Kelton district on Monday night.',
      'Residents said part of the hillside above the villages gave way with a loud bang, sweeping mud, rocks and trees onto houses where families had gathered for supper.')).toBe('sweeping mud, rocks and trees onto houses');
    expect(howOf('Five dead as landslide hits Kelton village',
      'At least five people died after a landslide struck a village in Kelton district in the early hours of Wednesday.',
      '"The whole slope came down at once. We could not do anything," a resident said.')).toBe('came down at once');
  });
});

describe('event how: a toll told with "after" and a gerund', () => {
  it('reads how the victims died from the toll\'s "after" and its gerund, not a departure', () => {
    expect(howOf('Three workers die in Kelton manhole',
      'KELTON - Three workers died and two other people were injured after inhaling toxic gas inside a sewage manhole in the town of Kelton on Tuesday, the civil protection said.')).toBe('after inhaling toxic gas');
    expect(howOf('Toxic alcohol kills nine in Kelton',
      'At least nine people have died after drinking homemade alcohol contaminated with methanol in the city of Kelton, the hospital said.')).toBe('after drinking homemade alcohol contaminated with methanol');
    expect(howOf('Eight die as plane crashes in Kelton',
      'Eight people died after taking off from Kelton airport on Monday when their plane crashed into a field.') ?? '').not.toMatch(/after taking off/);
  });
});

describe('event how: the way a collision happened', () => {
  it('reads how the vessels met over the "collided" that names the event, which answers when no way is told', () => {
    expect(howOf('Four dead as catamaran and ferry collide off Kelton',
      'Four people were killed when a passenger catamaran and a car ferry collided at the entrance to Kelton harbour on Sunday, the coast guard said.',
      'The catamaran was arriving from the islands with 118 passengers when it struck the side of the car ferry Marjan, which had just left the port.')).toBe('struck the side of the car ferry Marjan');
    expect(howOf('', 'Two trains collided head-on near Kelton on Tuesday, killing nine people, officials said.')).toMatch(/^collided/);
  });
});
