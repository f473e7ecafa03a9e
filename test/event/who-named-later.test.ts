import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('a headline\'s unnamed person, named in the report', () => {
  it('answers "Man charged ..." with the name the report gives the man charged', () => {
    const e = eventOf('Man charged with attempted murder after Swansea stabbing',
      'A man has been charged with attempted murder after another man was stabbed outside a pub in Swansea on Friday night.',
      'Gareth Morgan, 29, of Townhill, appeared before Swansea magistrates on Monday charged with attempted murder.');
    expect(e.who[0]?.text).toBe('Gareth Morgan');
  });

  it('keeps the headline\'s noun when no named person is told with its verb', () => {
    const e = eventOf('Woman jailed for benefit fraud',
      'A woman who claimed benefits for 11 years while working has been jailed for two years, a court heard.',
      'Judge Mary Evans said the fraud had been sustained and deliberate.');
    expect(e.who[0]?.text).not.toBe('Mary Evans');
  });

  it('answers with the fuller description the report gives the unnamed person, however late', () => {
    const e = eventOf('Man arrested after Kelby city centre stabbing',
      'A man has been arrested after a man was killed in a stabbing in Kelby city centre.',
      'Police said officers were called to Mill Lane at about 11.40pm on Saturday.',
      'A 29-year-old man was found with stab wounds outside a bar.',
      'Paramedics treated two other people at the scene.',
      'Both were taken to hospital.',
      'A 24-year-old man from Dunmore was arrested on Sunday morning and remains in custody.');
    expect(e.who[0]?.text).toBe('A 24-year-old man from Dunmore');
  });
});
