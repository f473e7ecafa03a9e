import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { refineType, conllTypeOf } from './entity-types.js';

const gaz = new Gazetteer({
  country: ['Turkey', 'United States'],
  admin: ['New York'],
  region: ['Middle East', 'Black Sea'],
  demonym: ['Russian', 'Turkish'],
  city: ['Ankara', 'York'],
});

describe('gazetteer', () => {
  it('matches the longest listed name over capitalised tokens', () => {
    expect(gaz.match('He flew from New York to the United States'.split(' '))).toEqual([
      { type: 'admin', start: 3, end: 5 },
      { type: 'country', start: 7, end: 9 },
    ]);
  });

  it('ignores lowercase words and knows plural demonyms', () => {
    expect(gaz.match('a turkey for Russians'.split(' '))).toEqual([{ type: 'demonym', start: 3, end: 4 }]);
    expect(gaz.typeOf('middle east')).toBe('region');
  });

  it('gives per-token feature values, zero outside names', () => {
    const f = gaz.features('in New York today'.split(' '));
    expect(f[0]).toBe(0);
    expect(f[1]).not.toBe(0);
    expect(f[2]).not.toBe(f[1]);
    expect(f[3]).toBe(0);
  });
});

describe('entity type refinement (default word lists)', () => {
  it('splits CoNLL LOC into GPE, LOC and FAC', () => {
    expect(refineType('LOC', ['Ankara'])).toBe('GPE');
    expect(refineType('LOC', ['Turkey'])).toBe('GPE');
    expect(refineType('LOC', ['Middle', 'East'])).toBe('LOC');
    expect(refineType('LOC', ['Yangtze', 'River'])).toBe('LOC');
    expect(refineType('LOC', ['Taksim', 'Square'])).toBe('FAC');
    expect(refineType('LOC', ['White', 'House'])).toBe('ORG');
  });

  it('reads a nationality noun tagged as a person as a nationality ("the Dutchman")', () => {
    expect(refineType('PER', ['Dutchman'])).toBe('NORP');
    expect(refineType('PER', ['Irishwoman'])).toBe('NORP');
    expect(refineType('PER', ['Martin', 'Jol'])).toBe('PERSON');
    expect(refineType('PER', ['Dutchman', 'Jol'])).toBe('PERSON');
  });

  it('splits CoNLL MISC into NORP, EVENT and MISC', () => {
    expect(refineType('MISC', ['Russian'])).toBe('NORP');
    expect(refineType('MISC', ['Syrians'])).toBe('NORP');
    expect(refineType('MISC', ['World', 'Cup'])).toBe('EVENT');
    expect(refineType('MISC', ['Nobel', 'Prize'])).toBe('MISC');
  });

  it('maps every record type back to a CoNLL type', () => {
    expect(conllTypeOf('PERSON')).toBe('PER');
    expect(conllTypeOf('GPE')).toBe('LOC');
    expect(conllTypeOf('FAC')).toBe('LOC');
    expect(conllTypeOf('NORP')).toBe('MISC');
    expect(conllTypeOf('EVENT')).toBe('MISC');
    expect(refineType('PER', ['Andrei', 'Karlov'])).toBe('PERSON');
  });
});
