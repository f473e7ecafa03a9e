import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('"off" a shore: where an event at sea happened', () => {
  it('answers with the coast "off" names, with the island it is the coast of', () => {
    const e = eventOf('Two dead after ferry fire',
      'Two passengers have died after fire broke out on the ferry MV Tarn Star off the west coast of Kelmora late on Wednesday night.',
      'The vessel had left port at 4pm with 87 passengers on board.');
    expect(e.where[0]?.text).toBe('west coast of Kelmora');
  });

  it('keeps a compass word between "the coast of" and the name', () => {
    const e = eventOf('Fishing boat sinks, five missing',
      'A fishing boat sank off the coast of northern Kelmora on Thursday and five crew are missing, the coast guard said.',
      'The boat had 12 crew on board.');
    expect(e.where[0]?.text).toBe('coast of northern Kelmora');
  });
});
