import { describe, expect, it } from 'vitest';
import { annotate, docOf, entityOf } from './annotate.js';

const quotesOf = (text: string, entities?: Parameters<typeof docOf>[1]) => annotate(docOf(text, entities)).get('quotes');
const direct = (text: string, entities?: Parameters<typeof docOf>[1]) => quotesOf(text, entities).filter((q) => q.kind === 'direct');

describe('quotes stage: direct quotes', () => {
  it('reads curly quotes with the speaker after them, without the marks', () => {
    const [q] = direct('“The harbour will reopen on Monday,” Mayor Lena Ortiz said.');
    expect(q?.text).toBe('The harbour will reopen on Monday');
    expect(q?.speaker?.text).toBe('Mayor Lena Ortiz');
    expect(q?.cue?.text).toBe('said');
  });

  it('reads straight quotes with the speaker before them and a colon', () => {
    const text = 'The fire chief told reporters: "Nobody was inside the warehouse when it caught fire."';
    const [q] = direct(text);
    expect(q?.text).toBe('Nobody was inside the warehouse when it caught fire.');
    expect(q?.speaker?.text).toBe('The fire chief');
    expect(q?.cue?.text).toBe('told');
  });

  it('reads an inverted attribution: "..., said a spokesman for the port"', () => {
    const [q] = direct('“We are counting the containers one by one,” said a spokesman for the port.');
    expect(q?.speaker?.text).toBe('a spokesman for the port');
  });

  it('keeps a nested quote inside the outer one', () => {
    const [q, ...rest] = direct('“He kept shouting ‘get out now’ until the roof came down,” the neighbour said.');
    expect(rest).toHaveLength(0);
    expect(q?.text).toBe('He kept shouting ‘get out now’ until the roof came down');
    expect(q?.speaker?.text).toBe('the neighbour');
  });

  it('runs a quote over paragraphs when the next paragraph reopens it', () => {
    const text = 'Ms Ortiz said: “We lost two boats last night.\n\n“We will not lose a third, whatever it costs.”\n\nThe port stayed shut.';
    const qs = direct(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toContain('two boats');
    expect(qs[0]?.text).toContain('whatever it costs');
    expect(qs[0]?.speaker?.text).toBe('Ms Ortiz');
  });

  it('gives a second quote in the paragraph to the same speaker', () => {
    const text = 'Spokesman Omar Haddad said: “We condemn the attack,” Haddad said. “Our thoughts are with the families.”';
    const qs = direct(text);
    expect(qs.map((q) => q.text)).toEqual(['We condemn the attack', 'Our thoughts are with the families.']);
    expect(qs.every((q) => q.speaker !== null && q.speaker.text.includes('Haddad'))).toBe(true);
  });

  it('resolves a pronoun speaker to its entity through the entities layer', () => {
    const text = 'Captain Ivo Marek steered the ferry home. “We had no radar for an hour,” he said.';
    const marek = entityOf(text, 'e1', 'PERSON', ['Captain Ivo Marek', 'he']);
    const [q] = direct(text, [marek]);
    expect(q?.speaker?.text).toBe('he');
    expect(q?.speaker?.entityId).toBe('e1');
  });

  it('takes a role noun as speaker and a quote after "said in <language>"', () => {
    const text = 'The gunman said in Spanish “Nobody leaves this room” before the police arrived.';
    const gunman = entityOf(text, 'g', 'PERSON', ['The gunman']);
    const [q] = direct(text, [gunman]);
    expect(q?.text).toBe('Nobody leaves this room');
    expect(q?.speaker).toMatchObject({ text: 'The gunman', entityId: 'g' });
  });

  it('keeps a two-word shout introduced by a verb of saying, with a post-modified speaker', () => {
    const text = 'The crowd was singing when a man wearing a red scarf shouted “Stop them” and ran.';
    const [q] = direct(text);
    expect(q?.text).toBe('Stop them');
    expect(q?.speaker?.text).toBe('a man wearing a red scarf');
    expect(q?.cue?.text).toBe('shouted');
  });

  it('gives a quote after a participle the subject of the clause', () => {
    const [q] = direct('The captain waved at the crowd on the quay, claiming it was “a victory for every sailor here”.');
    expect(q?.speaker?.text).toBe('The captain');
  });

  it('reads a quote signed with a dash and a name', () => {
    const [q] = direct('“The ferry was late every single day last winter.” ― Maria Lopes\n\nOthers agreed.');
    expect(q?.speaker?.text).toBe('Maria Lopes');
  });

  it('leaves out scare quotes of one or two words', () => {
    expect(direct('The council called the plan a “temporary measure” for the winter.')).toHaveLength(0);
    expect(direct('Critics say the "reform" changes nothing.')).toHaveLength(0);
  });

  it('leaves out the titles of works', () => {
    expect(direct('She wrote the book “A Harbour in the Fog and Other Stories” in 1998.')).toHaveLength(0);
    expect(direct('The film titled "Night Over the Quiet Harbour Town" opens today.')).toHaveLength(0);
  });

  it('reads a headline quote "Name: ‘...’"', () => {
    const [q] = direct('Ortiz: ‘We will rebuild the harbour’\n\nThe mayor spoke on Monday.');
    expect(q?.text).toBe('We will rebuild the harbour');
    expect(q?.speaker?.text).toBe('Ortiz');
  });
});

describe('quotes stage: indirect quotes', () => {
  it('reads "X said that ..."', () => {
    const qs = quotesOf('The ministry said that three ships had been damaged.').filter((q) => q.kind === 'indirect');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'three ships had been damaged', cue: { text: 'said' }, speaker: { text: 'The ministry' } });
  });

  it('reads "according to X, ..."', () => {
    const [q] = quotesOf('According to the coastguard, the tanker was empty.').filter((x) => x.kind === 'indirect');
    expect(q).toMatchObject({ text: 'the tanker was empty', cue: { text: 'According to' }, speaker: { text: 'the coastguard' } });
  });

  it('does not repeat a direct quote as an indirect one', () => {
    const qs = quotesOf('The mayor said: “We will rebuild every house on the quay.”');
    expect(qs.map((q) => q.kind)).toEqual(['direct']);
  });
});
