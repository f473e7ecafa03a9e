import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { at, makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2016-12-19' };
const casualtiesOf = (body: string, caption?: string) => extractEvent(makeDoc({ body, caption }), ctx).casualties;

describe('event casualties', () => {
  it('reads a lower bound and an exact count with their evidence', () => {
    const doc = makeDoc({ body: 'A car bomb exploded in the market, killing at least four people and injuring 12 others, officials said.' });
    const c = extractEvent(doc, ctx).casualties;
    expect(c.killed).toMatchObject({ min: 4, exact: false });
    expect(c.killed!.evidence[0]!.text).toContain('at least four');
    expect(c.killed!.evidence[0]).toMatchObject({ start: doc.text.indexOf('killing') });
    expect(c.injured).toMatchObject({ min: 12, max: 12, exact: true });
  });

  it('does not take a rate of many events ("kill thousands every year") for the toll', () => {
    const c = casualtiesOf('A bus plunged into a ravine on Monday, killing 14 people and injuring 27 others. Road accidents kill thousands of people in the country every year. Floods kill hundreds annually.');
    expect(c.killed).toMatchObject({ min: 14, max: 14 });
    expect(c.injured).toMatchObject({ min: 27, max: 27 });
  });

  it('treats "dozens" as a vague lower bound', () => {
    const c = casualtiesOf('Several people died and dozens were injured after a tram overturned.');
    expect(c.killed).toMatchObject({ min: 3, exact: false });
    expect(c.injured).toMatchObject({ min: 24, exact: false });
  });

  it('counts the gunman apart in "two people including the gunman"', () => {
    const c = casualtiesOf('Two people including the gunman were killed in the shooting at the station.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.perpetratorsKilled).toMatchObject({ min: 1 });
  });

  it('codes a toll stated as none as zero, with its words as evidence', () => {
    const c = casualtiesOf('Police fired tear gas at the crowd on Saturday. Nobody was killed but 14 people were hurt, the ministry said.');
    expect(c.killed).toMatchObject({ min: 0, max: 0, exact: true });
    expect(c.killed!.evidence[0]!.text).toBe('Nobody was killed');
    expect(c.injured).toMatchObject({ min: 14, exact: true });
    const both = casualtiesOf('A gas explosion destroyed a block of flats on Monday. There were no casualties, the fire brigade said.');
    expect(both.killed).toMatchObject({ min: 0, max: 0 });
    expect(both.injured).toMatchObject({ min: 0, max: 0 });
    const deaths = casualtiesOf('A bomb went off outside a police station, wounding eight officers. No deaths were reported.');
    expect(deaths.killed).toMatchObject({ min: 0, max: 0 });
    expect(deaths.injured).toMatchObject({ min: 8 });
  });

  it('lets any toll above zero stand over a none', () => {
    const c = casualtiesOf('No one was hurt in the first blast. A second bomb killed two soldiers an hour later.');
    expect(c.killed).toMatchObject({ min: 2, exact: true });
    expect(c.injured).toMatchObject({ min: 0, max: 0 });
  });

  it('adds up groups of the injured graded apart, not a group and its part', () => {
    expect(casualtiesOf('Four passengers were seriously injured and 22 suffered minor injuries, the railway said.').injured).toMatchObject({ min: 26, max: 26, exact: true });
    expect(casualtiesOf('Twelve people were injured, four of them seriously, police said.').injured).toMatchObject({ min: 12 });
  });

  it('takes no toll from an obituary: a death with no killing in a story of no known type', () => {
    const obituary = extractEvent(makeDoc({ title: 'Actor Ossie Davis found dead', body: 'The actor was found dead in his hotel room in Miami Beach on Friday. He was 87.' }), ctx);
    expect(obituary.type).toBe('other');
    expect(obituary.casualties.killed).toBeNull();
    // A shooting is an incident: its dead are killed.
    const shooting = extractEvent(makeDoc({ body: 'A man was found dead after a shooting in Miami Beach on Friday, police said.' }), ctx);
    expect(shooting.casualties.killed).toMatchObject({ min: 1 });
  });

  it('takes no toll from a death a story of no known type tells as background, in a quote, or of no one in particular', () => {
    const lead = 'Mobile phone cameras are changing how newspapers work. Editors now print pictures sent in by readers. Sales of camera phones rose again.';
    const later = extractEvent(makeDoc({ title: 'Camera phones change the news', body: `${lead} One paper printed a picture of the director moments after he was killed.` }), ctx);
    expect(later.type).toBe('other');
    expect(later.casualties.killed).toBeNull();
    const quoted = extractEvent(makeDoc({ title: 'Minister urges apology', body: 'The minister urged an apology. "It is about respect to the families of those who were killed," he said.' }), ctx);
    expect(quoted.casualties.killed).toBeNull();
    // Told first, in the reporter's words, of someone in particular, it is the story's own.
    const own = extractEvent(makeDoc({ title: 'Director dies in Amsterdam', body: 'The film director was killed in Amsterdam on Tuesday.' }), ctx);
    expect(own.type).toBe('other');
    expect(own.casualties.killed).toMatchObject({ min: 1 });
  });

  it('counts the bodies recovered as killed', () => {
    const c = casualtiesOf('Rescuers recovered the bodies of nine miners after the collapse, state media reported.');
    expect(c.killed).toMatchObject({ min: 9, exact: true });
    // A show called "Bodies" is no toll.
    expect(casualtiesOf('Shameless, Hustle and Bodies are all nominated for the 60-minute television prize.').killed).toBeNull();
  });

  it('counts a hostage-taker or kidnappers shot dead apart, as perpetrators', () => {
    const c = casualtiesOf('Police stormed the building on Saturday. The hostage-taker was shot dead.');
    expect(c.killed).toBeNull();
    expect(c.perpetratorsKilled).toMatchObject({ min: 1 });
    expect(casualtiesOf('Two kidnappers were killed in the rescue, police said.').perpetratorsKilled).toMatchObject({ min: 2 });
  });

  it('reads "the number of dead" and "claimed the lives of" as tolls', () => {
    expect(casualtiesOf('The number of dead has climbed to 112, the civil defence agency said.').killed).toMatchObject({ min: 112 });
    expect(casualtiesOf('The number of injured rose to 40 overnight, doctors said.').injured).toMatchObject({ min: 40 });
    expect(casualtiesOf('The bombing claimed the lives of 6 people, the governor said.').killed).toMatchObject({ min: 6, exact: true });
    expect(casualtiesOf('The number of protesters grew to 500 by noon.').killed).toBeNull();
  });

  it('takes the latest, highest toll as the story develops', () => {
    const c = casualtiesOf('Five people were killed in the blast. Later the death toll rose to seven, police said.');
    expect(c.killed).toMatchObject({ min: 7 });
  });

  it('ignores tolls of earlier events and hypotheticals', () => {
    const c = casualtiesOf(
      'A man was arrested at the rally. In recent weeks clashes in the region have left 40 people dead. ' +
        'Officials warned the unrest could kill thousands.',
    );
    expect(c.killed).toBeNull();
  });

  it('counts a perpetrator shot by police apart from the victims', () => {
    const c = casualtiesOf('The gunman opened fire on the crowd. The attacker was fatally shot by police after he had injured three people.');
    expect(c.perpetratorsKilled).toMatchObject({ min: 1 });
    expect(c.killed).toBeNull();
    expect(c.injured).toMatchObject({ min: 3 });
  });

  it('counts a named victim left dead as at least one killed', () => {
    const c = casualtiesOf('The shooting left Ambassador Ivan Petrov dead. Three others were reportedly wounded.');
    expect(c.killed).toMatchObject({ min: 1, exact: false });
    expect(c.injured).toMatchObject({ min: 3 });
  });

  it('ignores numbers in photo captions', () => {
    const c = casualtiesOf('Police closed the road after the crash.', 'Twenty people were killed in a similar crash on this road');
    expect(c.killed).toBeNull();
  });

  it('uses the quantities layer when it ran', () => {
    const body = 'The explosion killed scores of people near the port.';
    const doc = makeDoc({ body });
    const q = at(doc, 'scores');
    const withQ = makeDoc({ body }, { quantities: [{ ...q, min: 60, exact: false }] });
    expect(extractEvent(withQ, ctx).casualties.killed).toMatchObject({ min: 60, exact: false });
  });
});
