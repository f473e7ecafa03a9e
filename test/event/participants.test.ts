import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2016-12-19' };
const targetsOf = (body: string) => extractEvent(makeDoc({ body }), ctx).targets.map((t) => t.text);

describe('event targets', () => {
  it('takes the object of an attack verb', () => {
    expect(targetsOf('A gunman shot the ambassador at the gallery on Monday.')).toContain('ambassador');
  });

  it('leaves out a bare count, which is the toll, not who was attacked', () => {
    expect(targetsOf('A bomb exploded near the ministry on Tuesday, killing five and injuring dozens.')).toEqual([]);
    expect(targetsOf('Gunmen opened fire, killing two students, police said.')).toContain('two students');
  });

  it('takes no part of the body, no bare pro-form and nothing "hit" for a figure of speech as a target', () => {
    expect(targetsOf('A gunman shot the guard, who was injured his knee in the attack.')).not.toContain('knee');
    expect(targetsOf('Militants attacked the convoy. Officials said they would not tolerate such attacks and would hit such.')).not.toContain('such');
    const hit = targetsOf('A gunman killed two students in the market. The bombing hit the headlines on Monday.');
    expect(hit).toContain('two students');
    expect(hit).not.toContain('headlines');
  });

  it('names no target for what might have happened', () => {
    expect(targetsOf('Police defused a bomb outside the mall. Officials said it could have killed hundreds of shoppers.')).toEqual([]);
  });
});
