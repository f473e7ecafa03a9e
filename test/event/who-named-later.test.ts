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

  it('answers a headline\'s "suspect arrested" with the name the report gives as the arrest\'s object, however late', () => {
    const e = eventOf('1 dead, 2 hurt in stabbing aboard tram in Kelton; suspect arrested',
      'A man was fatally stabbed and two other people were wounded Friday night aboard a tram in Kelton, police said.',
      'Officers found three people with stab wounds on the platform.',
      'A 29-year-old man died at the scene.',
      'Two others were taken to hospital.',
      'Police arrested Dale Corrigan, 34, about 20 minutes later near the depot.');
    expect(e.who[0]?.text).toBe('Dale Corrigan');
    // (Not the victim of a headline's agent: "MP attacked by muggers" keeps its muggers.)
    const m = eventOf('MP attacked by muggers in Kelton', 'An MP has had his passport stolen after being mugged by six men in a park in Kelton.', 'Tom Ashby, the MP for Dunmore, was attacked in a park on Saturday.');
    expect(m.who[0]?.text).not.toBe('Tom Ashby');
  });
});

describe('a headline\'s country, acting through a body the lead names', () => {
  it('answers "Malawi launches ..." with the organisation the lead makes the subject of the same verb', () => {
    const e = eventOf('Malawi launches nationwide cancer screening drive',
      'The Ministry of Health on Monday, July 13, launched a nationwide campaign to screen 1.2 million women for cervical cancer over the next three years.');
    expect(e.who[0]?.text).toBe('The Ministry of Health');
    // (Nor when the lead tells another verb of it: the country stays.)
    const other = eventOf('Malawi launches nationwide cancer screening drive',
      'The Ministry of Health on Monday said it would screen 1.2 million women for cervical cancer over the next three years.');
    expect(other.who[0]?.text).toBe('Malawi');
  });
});

describe('a passive headline\'s bare noun, placed by a name in the report', () => {
  it('answers "Contractor fined ..." with the fuller subject that names where the contractor is from', () => {
    const e = eventOf('Contractor fined EC$60,000 for illegal sand mining',
      'A Kelton Bay contractor was ordered by the Magistrate\'s Court on Tuesday to pay EC$60,000 in fines after being convicted of removing sand from a beach without a permit.');
    expect(e.who[0]?.text).toBe('A Kelton Bay contractor');
  });
});

