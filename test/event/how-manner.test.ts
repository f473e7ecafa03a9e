import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-05-06' };

describe('event how: shares of the vote, payment, and "by" after a participle', () => {
  it("answers an accident's verb with the way it went ('plunged about 200 metres into a ravine'), not its place or time", () => {
    const doc = makeDoc({
      title: 'Bus plunges into ravine near Huanta, killing 12',
      lead: 'A long-distance bus plunged about 200 metres into a ravine near Huanta early on Monday, killing 12 passengers.',
      body: 'Rescuers worked through the night.',
    });
    expect(extractEvent(doc, ctx).how?.text).toBe('plunged about 200 metres into a ravine');
    // A derailment's way is in its verb: "derailed", not "derailed off the tracks".
    const tram = makeDoc({
      title: 'Tram derails in Kelton, seven dead',
      lead: 'Seven people were killed when a tram derailed off the tracks in Kelton on Wednesday.',
      body: 'The driver was arrested.',
    });
    expect(extractEvent(tram, ctx).how?.text).toBe('derailed');
  });

  it('reads a winner\'s share of the vote as how the election was won', () => {
    const doc = makeDoc({
      title: 'Teacher wins mayoral race in Braga',
      lead: 'Former teacher Rui Sousa won the mayoral election in Braga on Sunday with 58 percent of the vote, official results showed.',
      body: 'Turnout was low.',
    });
    expect(extractEvent(doc, ctx).how?.text).toBe('with 58 percent of the vote');
  });

  it('takes no how from what has not happened yet: an intent before "to" or a bare infinitive', () => {
    const how = (title: string, lead: string) => {
      const doc = makeDoc({ title, lead, body: 'A decision is expected next week.' });
      const tokens = doc.get('tokens').map((t) => ({ ...t, pos: TAGS[t.text] ?? (/^\p{Lu}/u.test(t.text) ? 'NNP' : 'NN') }));
      return extractEvent(doc.withLayers({ tokens }), ctx).how?.text ?? null;
    };
    const TAGS: Record<string, string> = { set: 'VBN', to: 'TO', rescue: 'VB', may: 'MD', sue: 'VB', is: 'VBZ', the: 'DT', over: 'IN', '.': '.', a: 'DT' };
    expect(['set', 'rescue']).not.toContain(how('Club set to rescue striker', 'The club is set to rescue the striker.'));
    expect(how('Singer may sue over film', 'The singer may sue over the film.')).not.toBe('sue');
  });

  it('reads "in cash" as how a takeover is paid', () => {
    const doc = makeDoc({
      title: 'Lisbon bank agrees to buy Porto rival',
      lead: 'Banco Atlântico agreed on Monday to buy its smaller rival Banco do Norte for 2.1 billion euros in cash.',
      body: 'Shares in both banks rose.',
    });
    expect(extractEvent(doc, ctx).how?.text).toBe('in cash');
  });

  it('does not read "by" + an -ing word after a participle as the means ("shaped by rising costs")', () => {
    const doc = makeDoc({
      title: 'Lisbon mayor re-elected',
      lead: 'The mayor of Lisbon was re-elected on Sunday after a campaign shaped by rising rents.',
      body: 'Turnout was low.',
    });
    expect(extractEvent(doc, ctx).how?.text ?? '').not.toMatch(/^by rising/);
  });

  it('does not answer how with an outcome verb ("kills"), but with the means', () => {
    const doc = makeDoc({
      title: 'Gunman kills four at Braga cafe',
      lead: 'A gunman walked into a cafe in Braga on Friday evening and fired a shotgun at customers, police said.',
      body: 'Four people died at the scene.',
    });
    expect(extractEvent(doc, ctx).how?.text).toMatch(/shotgun$/); // "fired a shotgun" once POS tags say "fired" is a verb
  });

  it('never answers how with a light verb ("is", "are")', () => {
    const doc = makeDoc({
      title: 'Casino Royale is next Bond film',
      lead: 'Casino Royale is the next James Bond film, its producers said on Monday.',
      body: 'Filming starts in January.',
    });
    expect(['is', 'are', 'be', 'was']).not.toContain(extractEvent(doc, ctx).how?.text ?? '');
  });
});

