import { describe, expect, it } from 'vitest';
import { extendToHead, joinNameParts, joinPlaceOf, mediaName, splitAtInnerTitle, splitCapitalPlace, titledPerson } from './ner-annotate.js';

const words = (s: string) => s.split(' ');

describe('a place in capitals after a name', () => {
  it('is cut off a person as that place (a byline glued to a dateline)', () => {
    const w = words('By Mark Hosenball WASHINGTON , Nov 6 ( Reuters ) -');
    expect(splitCapitalPlace({ type: 'PER', start: 1, end: 4 }, w)).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'LOC', start: 3, end: 4 },
    ]);
    expect(splitCapitalPlace({ type: 'PER', start: 0, end: 4 }, words('Jane Doe NEW YORK said'))).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 2, end: 4 },
    ]);
  });

  it('leaves capitals that are no place, names all in capitals, and other types', () => {
    const chirac = { type: 'PER', start: 0, end: 2 };
    expect(splitCapitalPlace(chirac, words('Jacques CHIRAC said'))).toEqual([chirac]);
    expect(splitCapitalPlace({ type: 'PER', start: 0, end: 3 }, words('MARK HOSENBALL WASHINGTON'))).toEqual([{ type: 'PER', start: 0, end: 3 }]);
    expect(splitCapitalPlace({ type: 'PER', start: 0, end: 3 }, words('John Smith AMERICAN'))).toEqual([{ type: 'PER', start: 0, end: 3 }]);
    expect(splitCapitalPlace({ type: 'ORG', start: 0, end: 2 }, words('Reuters LONDON'))).toEqual([{ type: 'ORG', start: 0, end: 2 }]);
  });
});

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

describe('a title inside a name', () => {
  it('ends one name and starts a person after it, the title in neither', () => {
    const w = words('Nordic Rowing Federation President Ola Berg said');
    expect(splitAtInnerTitle({ type: 'ORG', start: 0, end: 6 }, w)).toEqual([
      { type: 'ORG', start: 0, end: 3 },
      { type: 'PER', start: 4, end: 6 },
    ]);
    // A span the tagger called a person keeps its person; the words before become an organisation.
    expect(splitAtInnerTitle({ type: 'PER', start: 0, end: 4 }, words('Marlow Cardinal Piet Vos arrived'))).toEqual([
      { type: 'ORG', start: 0, end: 1 },
      { type: 'PER', start: 2, end: 4 },
    ]);
  });

  it('leaves a name whose title ends it, or is followed by lower-case words, whole', () => {
    const span = { type: 'ORG', start: 0, end: 4 };
    expect(splitAtInnerTitle(span, words('Nordic Rowing Federation President said'))).toEqual([span]);
    expect(splitAtInnerTitle({ type: 'ORG', start: 0, end: 5 }, words('Nordic Rowing Federation President of Norway'))).toEqual([{ type: 'ORG', start: 0, end: 5 }]);
  });
});

describe('person names the tagger cut in pieces', () => {
  const per = (start: number, end: number) => ({ type: 'PER', start, end });

  it('joins parts around a surname particle, and takes a particle before a surname', () => {
    expect(joinNameParts([per(0, 1), per(2, 3)], words('Van der Merwe scored twice'))).toEqual([per(0, 3)]);
    expect(joinNameParts([per(0, 1), per(2, 3)], words('Pablo del Rio won'))).toEqual([per(0, 3)]);
    expect(joinNameParts([per(2, 3)], words('and de Sousa scored'))).toEqual([per(1, 3)]);
  });

  it('joins a first name, a quoted nickname and a surname', () => {
    expect(joinNameParts([per(0, 1), per(5, 6)], words('Jimmy " The Hammer " Kowalski won'))).toEqual([per(0, 6)]);
    expect(joinNameParts([per(0, 1), { type: 'MISC', start: 2, end: 3 }, per(4, 5)], words('Jimmy " Hammer " Kowalski won'))).toEqual([per(0, 5)]);
  });

  it('leaves apart names that a particle or a quote does not join', () => {
    const two = [per(0, 1), per(2, 3)];
    expect(joinNameParts(two, words('Smith and Jones agreed'))).toEqual(two);
    expect(joinNameParts([{ type: 'ORG', start: 0, end: 2 }, per(3, 4)], words('Real Madrid de Vries'))).toEqual([{ type: 'ORG', start: 0, end: 2 }, per(3, 4)]);
    expect(joinNameParts([per(3, 4)], words('said Paulo de Costa'))).toEqual([per(3, 4)]);
  });
});

describe('extendToHead', () => {
  it('starts an organisation after "for" / "of" at a capitalised institution head', () => {
    const w = words("at Ankara 's Centre for Contemporary Arts when");
    expect(extendToHead({ type: 'ORG', start: 5, end: 7 }, w)).toEqual({ type: 'ORG', start: 3, end: 7 });
    const m = words('a spokesman for the Ministry of Defence said');
    expect(extendToHead({ type: 'ORG', start: 6, end: 7 }, m)).toEqual({ type: 'ORG', start: 4, end: 7 });
  });

  it('leaves other types, other link words, lowercase heads and unknown heads alone', () => {
    expect(extendToHead({ type: 'LOC', start: 2, end: 3 }, words('Bank of England'))).toEqual({ type: 'LOC', start: 2, end: 3 });
    expect(extendToHead({ type: 'ORG', start: 2, end: 3 }, words('Centre and Reuters'))).toEqual({ type: 'ORG', start: 2, end: 3 });
    expect(extendToHead({ type: 'ORG', start: 2, end: 3 }, words('centre for Reuters'))).toEqual({ type: 'ORG', start: 2, end: 3 });
    expect(extendToHead({ type: 'ORG', start: 2, end: 3 }, words('Chairman of Reuters'))).toEqual({ type: 'ORG', start: 2, end: 3 });
    expect(extendToHead({ type: 'ORG', start: 0, end: 1 }, words('Reuters said'))).toEqual({ type: 'ORG', start: 0, end: 1 });
  });
});

describe('places named "HEAD of NAME" that the tagger cut in two', () => {
  const span = (type: string, start: number, end: number) => ({ type, start, end });

  it('joins a head, "of" and the name after into one place', () => {
    // "Bay" + "Plenty" (the tagger's pieces), and a head it left untagged ("Strait of" + "Kelmar").
    expect(joinPlaceOf([span('LOC', 3, 4), span('ORG', 5, 6)], words('Boats off the Bay of Plenty coast'))).toEqual([span('LOC', 3, 6)]);
    expect(joinPlaceOf([span('LOC', 5, 6)], words('Tankers crossed the Strait of Kelmar'))).toEqual([span('LOC', 3, 6)]);
    // A name ending with the head starts the place; "of the" links it as "of" does.
    expect(joinPlaceOf([span('MISC', 1, 3), span('LOC', 5, 6)], words('the Democratic Republic of the Veltra said'))).toEqual([span('LOC', 1, 6)]);
  });

  it('leaves a head in lower case, a head not of a place, and a name with no head before "of"', () => {
    const bay = [span('LOC', 5, 6)];
    expect(joinPlaceOf(bay, words('Boats crossed the bay of Kelton'))).toEqual(bay);
    const union = [span('MISC', 5, 6)];
    expect(joinPlaceOf(union, words('He gave the State of Union'))).toEqual(union);
    const mayor = [span('GPE', 3, 4)];
    expect(joinPlaceOf(mayor, words('the Mayor of Kelton said'))).toEqual(mayor);
  });
});
