import { describe, expect, it } from 'vitest';
import { annotate, docOf, entityOf } from './annotate.js';

const attributionsOf = (text: string, entities?: Parameters<typeof docOf>[1]) => annotate(docOf(text, entities)).get('attributions');

describe('attributions stage', () => {
  it('takes the phrase with its name in apposition as the source: "the agency, NPA, reported ..."', () => {
    const [a] = attributionsOf('The state news agency, NPA, reported the captain had survived.');
    expect(a?.source.text).toBe('The state news agency, NPA');
    expect(a?.cue.text).toBe('reported');
    expect(a?.content.text).toBe('the captain had survived');
    expect(a?.hedged).toBe(false);
  });

  it('takes a relative pronoun\'s noun phrase into the source: "a British man who said ..."', () => {
    const found = attributionsOf('He was questioned by a British man who said he was from the security service.');
    const a = found.find((x) => x.cue.text === 'said');
    expect(a?.source.text).toBe('a British man who');
    expect(a?.content.text).toBe('he was from the security service');
  });

  it('puts the content before the source when the sentence ends with "X said"', () => {
    const text = 'The captain was taken to hospital but was later declared dead, the Interior Ministry said.';
    const [a] = attributionsOf(text);
    expect(a?.source.text).toBe('the Interior Ministry');
    expect(a?.content.text).toBe('The captain was taken to hospital but was later declared dead');
  });

  it('reads vague sources ("Local media", "officials") and "according to"', () => {
    const as = attributionsOf('Local media said the bridge had no guard. The tanker was empty, according to officials.');
    expect(as.map((a) => [a.source.text, a.content.text])).toEqual([
      ['Local media', 'the bridge had no guard'],
      ['officials', 'The tanker was empty'],
    ]);
  });

  it('takes a long appositive subject whole', () => {
    const [a] = attributionsOf('Dana Reyes, a harbour pilot who saw the collision, said the ferry never slowed down.');
    expect(a?.source.text).toBe('Dana Reyes, a harbour pilot who saw the collision');
    expect(a?.content.text).toBe('the ferry never slowed down');
  });

  it('steps over a time phrase between the source and the cue', () => {
    const [a] = attributionsOf('The port authority earlier this month announced it would close two piers.');
    expect(a?.source.text).toBe('The port authority');
  });

  it('reads a passive "by" source', () => {
    const [a] = attributionsOf('The figures were confirmed by the port authority.');
    expect(a).toMatchObject({ source: { text: 'the port authority' }, content: { text: 'The figures' } });
  });

  it('marks a hedging cue and a hedged content as hedged', () => {
    const as = attributionsOf('The owner claimed the fire was an accident. Witnesses said the driver was reportedly drunk.');
    expect(as.map((a) => a.hedged)).toEqual([true, true]);
  });

  it('links the source to its entity', () => {
    const text = 'The Harbour Board met on Monday. The board said repairs would take a year.';
    const board = entityOf(text, 'hb', 'ORG', ['The Harbour Board', 'The board']);
    const [a] = attributionsOf(text, [board]);
    expect(a?.source.entityId).toBe('hb');
  });

  it('uses a direct quote as the content of its attribution', () => {
    const [a] = attributionsOf('“We will not sell the port,” the mayor said on Tuesday.');
    expect(a?.content.text).toBe('We will not sell the port');
    expect(a?.source.text).toBe('the mayor');
  });

  it('finds nothing in plain narration, nor in verbs of physical action', () => {
    expect(attributionsOf('The ferry left the harbour at noon and reached the island by dusk.')).toEqual([]);
    expect(attributionsOf('The gunman fired a shot into the air and fled.')).toEqual([]);
  });

  it('attributes a quote said twice ("X said: ..., X said.") once', () => {
    const as = attributionsOf('Spokesman Omar Haddad said: “We condemn the attack on the harbour,” Haddad said.');
    expect(as).toHaveLength(1);
    expect(as[0]?.source.text).toBe('Spokesman Omar Haddad');
  });
});

describe('speakers and sources linked to entities', () => {
  it('links the head, not a possessive or a modifier', () => {
    const text = 'Spain’s state news agency, EFE, reported the port was closed. Spanish media said the port was open.';
    const spain = entityOf(text, 'es', 'GPE', ['Spain']);
    const efe = entityOf(text, 'efe', 'ORG', ['EFE']);
    const spanish = entityOf(text, 'norp', 'NORP', ['Spanish']);
    const as = attributionsOf(text, [spain, efe, spanish]);
    expect(as[0]?.source.entityId).toBe('efe');
    expect(as[1]?.source.text).toBe('Spanish media');
    expect(as[1]?.source.entityId).toBeUndefined();
  });

  it('links a post-modified person phrase through its head mention', () => {
    const text = 'A gunman entered the hall. Then a man wearing a grey coat shouted “Nobody move” and fired.';
    const gunman = entityOf(text, 'g', 'PERSON', ['A gunman', 'a man']);
    const q = annotate(docOf(text, [gunman])).get('quotes').find((x) => x.kind === 'direct');
    expect(q?.speaker).toMatchObject({ text: 'a man wearing a grey coat', entityId: 'g' });
  });
});
