import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/record.js';
import { Document } from '../../core/document.js';
import { handDoc } from '../../../test/helpers/hand-doc.js';
import { entitiesStage } from './entities-stage.js';
import { tokenize } from '../tokenize.js';
import { splitSentences } from '../sentences.js';

function entities(doc: Document): Entity[] {
  return entitiesStage.run(doc, { clean: true }).entities as Entity[];
}

/** The entity that has a mention with exactly this text. */
function holding(list: readonly Entity[], mention: string): Entity | undefined {
  return list.find((e) => e.mentions.some((m) => m.text === mention));
}

function texts(e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => m.text);
}

describe('entities: names', () => {
  const text =
    'Russian Ambassador Olev Marsk was shot on Monday. Mr Marsk had arrived in Tallinn a day before. ' +
    'Marsk, 58, was a veteran of the service. Ambassador Marsk later died in hospital.';
  const list = entities(handDoc(text, [['Olev Marsk', 'PERSON'], ['Marsk', 'PERSON'], ['Tallinn', 'GPE']]));

  it('groups a full name, titled and bare surnames into one entity named by the fullest name', () => {
    const e = holding(list, 'Ambassador Olev Marsk');
    expect(e).toMatchObject({ type: 'PERSON', name: 'Olev Marsk' });
    expect(texts(e)).toEqual(expect.arrayContaining(['Ambassador Olev Marsk', 'Mr Marsk', 'Marsk', 'Ambassador Marsk']));
    expect(list.filter((x) => x.type === 'PERSON')).toHaveLength(1);
  });

  it('numbers entities by first mention, offsets pointing at their text', () => {
    expect(list.map((e) => e.id)).toEqual(list.map((_, i) => `e${i + 1}`));
    for (const e of list) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(list[0]!.name).toBe('Olev Marsk');
  });

  it('joins a surname to the most recent full name that holds it', () => {
    const doc = handDoc('Anna Brell met Tomas Brell in Riga. Brell said nothing.', [['Anna Brell', 'PERSON'], ['Tomas Brell', 'PERSON'], ['Brell', 'PERSON'], ['Riga', 'GPE']]);
    expect(texts(holding(entities(doc), 'Tomas Brell'))).toContain('Brell');
    expect(texts(holding(entities(doc), 'Anna Brell'))).not.toContain('Brell');
  });

  it('folds a surname that comes before the full name into it', () => {
    const doc = handDoc('Vance spoke first. Later, Oren Vance left.', [['Oren Vance', 'PERSON'], ['Vance', 'PERSON']]);
    const list2 = entities(doc);
    expect(list2).toHaveLength(1);
    expect(list2[0]).toMatchObject({ name: 'Oren Vance' });
    expect(texts(list2[0])).toEqual(['Vance', 'Oren Vance']);
  });
});

describe('entities: role nouns', () => {
  it('joins role phrases to the person whose title gives the role, agreeing in nationality', () => {
    const text =
      'Russian Ambassador Olev Marsk was shot in Ankara. The Russian envoy was giving a speech. ' +
      'The career diplomat had served in Seoul. Witnesses said the ambassador fell. The Turkish envoy was unhurt.';
    const list = entities(handDoc(text, [['Olev Marsk', 'PERSON'], ['Ankara', 'GPE'], ['Seoul', 'GPE']]));
    const e = holding(list, 'Ambassador Olev Marsk');
    expect(texts(e)).toEqual(expect.arrayContaining(['The Russian envoy', 'The career diplomat', 'the ambassador']));
    expect(texts(e)).not.toContain('The Turkish envoy');
  });

  it('takes a role from an apposition', () => {
    const text = 'Olev Marsk, the ambassador to Chile, arrived. Reporters waited for the ambassador.';
    const e = holding(entities(handDoc(text, [['Olev Marsk', 'PERSON'], ['Chile', 'GPE']])), 'Olev Marsk');
    expect(texts(e)).toEqual(['Olev Marsk', 'the ambassador', 'the ambassador']);
  });

  it('makes one unnamed person of a perpetrator described only by role', () => {
    const text =
      'The gunman opened fire. The attacker then fled. Police said the assassin acted alone. ' +
      'Witnesses described a lone gunman in a suit. Another gunman was not seen.';
    const list = entities(handDoc(text));
    const e = holding(list, 'The gunman');
    expect(e).toMatchObject({ type: 'PERSON', name: 'gunman' });
    expect(texts(e)).toEqual(['The gunman', 'The attacker', 'the assassin', 'a lone gunman']);
    expect(list).toHaveLength(1);
  });

  it('joins an indefinite person who attacks to the perpetrator chain, not one who is attacked', () => {
    const text =
      'The gunman shouted in the hall. Later a man wearing a suit shouted a slogan and fired three shots. ' +
      'A woman was shot in the leg.';
    const list = entities(handDoc(text));
    const e = holding(list, 'The gunman');
    expect(texts(e)).toEqual(['The gunman', 'a man']);
    expect(list.flatMap(texts)).not.toContain('A woman');
  });

  it('joins a perpetrator chain to the name the text gives it', () => {
    const text = 'The gunman was identified as Kem Dural. The attacker was 22.';
    const e = holding(entities(handDoc(text, [['Kem Dural', 'PERSON']])), 'Kem Dural');
    expect(texts(e)).toEqual(['The gunman', 'Kem Dural', 'The attacker']);
  });

  it('does not make a mention of a role noun used as a title or of an official with no holder', () => {
    const text = 'Spokesman Jon Kerby spoke. The minister did not.';
    const list = entities(handDoc(text, [['Jon Kerby', 'PERSON']]));
    expect(list).toHaveLength(1);
    expect(texts(list[0])).toEqual(['Spokesman Jon Kerby']);
  });
});

describe('entities: pronouns', () => {
  it('resolves a pronoun to the one person of the sentence or the previous one', () => {
    const text = 'Mara Ost arrived late. She sat down and opened her notes. The meeting began.';
    const e = holding(entities(handDoc(text, [['Mara Ost', 'PERSON']])), 'Mara Ost');
    expect(texts(e)).toEqual(['Mara Ost', 'She', 'her']);
  });

  it('leaves a pronoun alone when two people could be meant, or inside a quote', () => {
    const text = 'Mr Lind met Mr Dorn at noon, and he left early. Mr Lind said: “We stand with him.”';
    const list = entities(handDoc(text, [['Lind', 'PERSON'], ['Dorn', 'PERSON']]));
    const all = list.flatMap(texts);
    expect(all).not.toContain('he');
    expect(all).not.toContain('him');
  });

  it('prefers the subject of the previous sentence when it opens that sentence', () => {
    const text = 'Mr Lind met Mr Dorn at noon. He left early.';
    const list = entities(handDoc(text, [['Lind', 'PERSON'], ['Dorn', 'PERSON']]));
    expect(texts(holding(list, 'Mr Lind'))).toContain('He');
  });

  it('respects gender', () => {
    const text = 'Mrs Olsen spoke to reporters. He had not been invited.';
    const list = entities(handDoc(text, [['Olsen', 'PERSON']]));
    expect(list.flatMap(texts)).not.toContain('He');
  });
});

describe('entities: organisations and places', () => {
  it('joins short forms and acronyms', () => {
    const text =
      'The North Atlantic Treaty Organization met. NATO said little. RIA Novosti reported it; RIA later added more. ' +
      'The U.S. State Department condemned it. The State Department said so. The Foreign Ministry spoke, and the Ministry of Health did not.';
    const list = entities(handDoc(text, [
      ['North Atlantic Treaty Organization', 'ORG'], ['NATO', 'ORG'], ['RIA Novosti', 'ORG'], ['RIA', 'ORG'],
      ['U.S. State Department', 'ORG'], ['State Department', 'ORG'], ['Foreign Ministry', 'ORG'], ['Ministry of Health', 'ORG'],
    ]));
    expect(texts(holding(list, 'NATO'))).toContain('North Atlantic Treaty Organization');
    expect(holding(list, 'RIA')).toMatchObject({ name: 'RIA Novosti' });
    expect(texts(holding(list, 'State Department'))).toContain('U.S. State Department');
    expect(texts(holding(list, 'Ministry of Health'))).not.toContain('Foreign Ministry');
  });

  it('builds entities from role chains even when NER has not run', () => {
    const text = 'A gunman shot two people. The gunman fled.';
    const tokens = tokenize(text);
    const doc = new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) });
    expect(texts(entities(doc)[0])).toEqual(['A gunman', 'The gunman']);
  });

  it('without NER, takes names after Mr/Mrs for people, so pronouns do not fall to the wrong one', () => {
    const text = 'The gunman fled. Mrs Ana Ruiz was hit. She survived.';
    const tokens = tokenize(text);
    const list = entities(new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) }));
    expect(texts(holding(list, 'Mrs Ana Ruiz'))).toEqual(['Mrs Ana Ruiz', 'She']);
    expect(texts(holding(list, 'The gunman'))).toEqual(['The gunman']);
  });
});

describe('entities: places', () => {
  it('keeps a country apart from a longer place name that holds it ("Sudan", "Port Sudan"; "Mexico", "Mexico City")', () => {
    const text = 'Reporters in Port Sudan heard of a strike in Sudan. Mexico City flooded, and Mexico sent aid.';
    const list = entities(handDoc(text, [['Port Sudan', 'GPE'], ['Sudan', 'GPE'], ['Mexico City', 'GPE'], ['Mexico', 'GPE']]));
    expect(holding(list, 'Sudan')).not.toBe(holding(list, 'Port Sudan'));
    expect(holding(list, 'Mexico')).not.toBe(holding(list, 'Mexico City'));
  });
});
