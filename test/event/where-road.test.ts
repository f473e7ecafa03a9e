import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event where: a road and a place along it answer together', () => {
  it('takes the road with where along it lies ("Highway 12 north of Kelton")', () => {
    const e = eventOf('Three dead in pileup on Highway 12 north of Kelton',
      'KELTON - Three people died when 20 vehicles collided on Highway 12 north of Kelton during a snow squall on Sunday, police said.');
    expect(e.where[0]?.text).toBe('Highway 12 north of Kelton');
  });

  it('takes a place with the road it lies on ("Kelton on the Arden-Marsh highway")', () => {
    const e = eventOf('Tanker explosion kills nine',
      'Nine people died when a fuel tanker exploded near Kelton on the Arden-Marsh highway on Tuesday night, officials said.');
    expect(e.where[0]?.text).toBe('Kelton on the Arden-Marsh highway');
  });

  it('takes a state road\'s code with the town it runs through ("PR-2 in Kelton")', () => {
    const e = eventOf('Sinkhole swallows car on PR-2 in Kelton, killing two',
      'Two people died on Tuesday night when a sinkhole opened beneath the westbound lanes of the highway and their car fell into it, police said.');
    expect(e.where[0]?.text).toBe('PR-2 in Kelton');
  });

  it('keeps a road alone when nothing says where along it ("Highway 12")', () => {
    const e = eventOf('Three dead in pileup on Highway 12',
      'Three people died when 20 vehicles collided on Highway 12 during a snow squall on Sunday, police said.');
    expect(e.where[0]?.text).toBe('Highway 12');
  });
});

describe('event where: the court that heard a case', () => {
  it('takes the court named as hearing it ("Kelton Crown Court heard")', () => {
    const e = eventOf('Adviser jailed for stealing clients\' savings',
      'A financial adviser who stole £2 million from his clients was jailed for six years yesterday.',
      'Mark Dunn, 52, spent the money on a villa in the Algarve and a yacht, Kelton Crown Court heard.');
    expect(e.where[0]?.text).toBe('Kelton Crown Court');
  });

  it('takes no court from a building that is not one ("Hampton Court heard")', () => {
    const e = eventOf('Adviser jailed for stealing clients\' savings',
      'A financial adviser who stole £2 million from his clients was jailed for six years yesterday.',
      'Mark Dunn, 52, spent the money on a villa in the Algarve, the Hampton Court heard.');
    for (const a of e.where) expect(a.text).not.toMatch(/Court/);
  });
});

describe('event where: a period written as a code is no place', () => {
  it('takes no place from "in Q3"', () => {
    const e = eventOf('Kelvania\'s economy grows 2.9% in Q3, flash estimate shows',
      'Malawi\'s gross domestic product grew by 2.9 per cent in the third quarter of 2026, the statistics office said on November 13.');
    for (const a of e.where) expect(a.text).not.toBe('Q3');
  });
});
