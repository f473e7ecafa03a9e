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
});
