import { describe, expect, it } from 'vitest';
import { Document } from '../../src/core/document.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { datelineAt } from '../../src/extract/event/dateline.js';
import { eventOf } from './event-of.js';

describe('who, when the victims come first in a disaster', () => {
  it('answers with the natural force the victims died in, not with them', () => {
    const e = eventOf('',
      'At least 23 people have died in floods and landslides in northern Peru after a week of heavy rain, officials said on Monday.',
      'Rescue teams were searching for nine people still missing.');
    expect(e.who[0]?.text).toBe('floods and landslides');
  });

  it('leaves the victims of a fire as who (a fire befell the building they were in)', () => {
    const e = eventOf('',
      'Five people, including three children, died in a fire that swept through an apartment block in Kharkiv on Sunday night, officials said.',
      'The cause of the fire is being investigated.');
    expect(e.who[0]?.text).not.toBe('fire');
  });

  it('reads a headline label ending in an -s noun as a label ("Peru floods: Death toll rises ... as river bursts its banks")', () => {
    const e = eventOf('Peru floods: Death toll rises to 23 as Piura river bursts its banks',
      'At least 23 people have died in floods and landslides in northern Peru after a week of heavy rain, officials said on Monday.');
    expect(e.who.map((w) => w.text)).not.toContain('Peru');
    expect(e.who.map((w) => w.text)).toContain('Piura river');
  });
});

describe('a title-case dateline with a news agency in brackets', () => {
  const at = (text: string) => {
    const doc = new Document(text, {}, { tokens: tokenize(text) });
    const tokens = doc.get('tokens');
    const d = datelineAt(tokens, 0, tokens.length);
    return d && text.slice(tokens[d.placeStart]!.start, tokens[d.placeEnd - 1]!.end);
  };

  it('is read as AFP writes it ("La Paz (AFP) -"), the place and the body apart', () => {
    expect(at('La Paz (AFP) - Riot police fired tear gas at miners on Thursday.')).toBe('La Paz');
    expect(at('Port of Spain (AFP) - Flooding closed the airport.')).toBe('Port of Spain');
  });

  it('is not a name in title case with its acronym in brackets', () => {
    expect(at('British Music Rights (BMR) - which was formed to represent songwriters - made a pack.')).toBeNull();
  });

  it('keeps the dateline out of who', () => {
    const e = eventOf('', 'Santa Cruz (AFP) - Riot police fired tear gas at thousands of farmers blocking a highway on Thursday, officials said.');
    expect(e.who[0]?.text).toBe('Riot police');
  });
});
