import { describe, expect, it } from 'vitest';
import { mediaName, titledPerson } from './ner-annotate.js';

const words = (s: string) => s.split(' ');

describe('a title before a name', () => {
  it('makes the names after it a person, without the title', () => {
    const w = words('Governor Ali Hamza Gul told reporters');
    expect(titledPerson({ type: 'ORG', start: 0, end: 4 }, w)).toEqual({ type: 'PER', start: 1, end: 4 });
    expect(titledPerson({ type: 'ORG', start: 0, end: 2 }, words('Ambassador Karlov spoke'))).toEqual({ type: 'PER', start: 1, end: 2 });
  });

  it('leaves organisations and what the tagger typed otherwise', () => {
    expect(titledPerson({ type: 'ORG', start: 0, end: 2 }, words('General Motors said'))).toEqual({ type: 'ORG', start: 0, end: 2 });
    expect(titledPerson({ type: 'ORG', start: 0, end: 3 }, words('Minister of Defence'))).toEqual({ type: 'ORG', start: 0, end: 3 });
    expect(titledPerson({ type: 'MISC', start: 0, end: 3 }, words('Major League Baseball'))).toEqual({ type: 'MISC', start: 0, end: 3 });
    expect(titledPerson({ type: 'PER', start: 0, end: 2 }, words('Miss Stamper won'))).toEqual({ type: 'PER', start: 0, end: 2 });
    expect(titledPerson({ type: 'ORG', start: 0, end: 1 }, words('Governor said'))).toEqual({ type: 'ORG', start: 0, end: 1 });
  });
});

describe('a name before a media word', () => {
  it('is the outlet: "the Anadolu news agency", "the Hurriyet newspaper"', () => {
    expect(mediaName('GPE', words('the Anadolu news agency reported'), 1, 2)).toBe('ORG');
    expect(mediaName('GPE', words('the Hurriyet newspaper said'), 1, 2)).toBe('ORG');
  });

  it('stays a place when it is a country or the head is something else', () => {
    expect(mediaName('GPE', words('a U.S. agency said'), 1, 2)).toBe('GPE');
    expect(mediaName('GPE', words('the Cairo daily said'), 1, 2)).toBe('GPE');
    expect(mediaName('GPE', words('in Mersin on Saturday'), 1, 2)).toBe('GPE');
    expect(mediaName('PERSON', words('the Smith agency'), 1, 2)).toBe('PERSON');
  });
});
