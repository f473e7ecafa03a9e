import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const typeOf = (title: string, body: string) => extractEvent(makeDoc({ title, body }), { clean: true, referenceDate: '2016-12-19' }).type;

describe('event type', () => {
  it('calls an ambush of soldiers a battle (ACLED: an armed clash), not violence against civilians', () => {
    expect(typeOf('Ambush in the north', 'Two soldiers were killed and four wounded in an ambush near the border on Monday, the army said.')).toBe('battles');
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
});
