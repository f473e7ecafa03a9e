import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('how in sport: the score', () => {
  it('answers with the score after a verb of winning, every set of it', () => {
    const e = eventOf('Kumasi hold off Tamale to win cup final',
      'Kumasi Eagles have won the FA Cup for the first time in nine years after holding off a late Tamale comeback to win a tense final 22-18 at the Baba Yara Stadium on Sunday.');
    expect(e.how?.text).toBe('22-18');
    const tennis = eventOf('Novak beats Rune in Basel',
      'Petra Novak beat Holger Rune 7-5 6-3 in the final of the Basel indoor tournament on Sunday.');
    expect(tennis.how?.text).toBe('7-5 6-3');
  });

  it('weighs a bare score less than a manner phrase that says more', () => {
    const e = eventOf('Hearts win Scottish Cup',
      'Hearts won the Scottish Cup on Saturday, beating Hibs 2-1 with a stoppage-time header from defender Tom Reid at Hampden.');
    expect(e.how?.text).toMatch(/^with a stoppage-time header/);
  });
});

describe('how in an accident: the mechanism verb', () => {
  it('reads "skidded" and "collided" as a mishap\'s verbs', () => {
    expect(eventOf('', 'A bus carrying pilgrims skidded off the road near Chamba on Sunday evening, killing 14 people, police said.').how?.text).toMatch(/^skidded off the road/);
    expect(eventOf('', 'Two trains collided head-on near Pabna on Tuesday, killing nine people, officials said.').how?.text).toMatch(/^collided/);
  });
});

describe('how in an attack: the weapon as its verb\'s object', () => {
  it('reads the mention of the weapon that has a verb ("detonated explosives strapped to his body")', () => {
    const e = eventOf('Suicide bomber kills 14 at church in Butembo',
      'KINSHASA (Reuters) - A suicide bomber killed 14 worshippers at a church in Butembo during Sunday Mass, the army said, in an attack in which explosives were used.',
      'The bomber, a young man who had joined the congregation shortly before the service, detonated explosives strapped to his body near the altar.');
    expect(e.how?.text).toMatch(/^detonated explosives/);
  });

  it('takes no verb of saying or having for the weapon\'s verb', () => {
    const e = eventOf('Man shot in Leeds street',
      'A man was shot in the leg in a street in Leeds on Friday night. Police said gun crime in the area had risen.');
    expect(e.how?.text ?? '').not.toMatch(/^said/);
  });
});
