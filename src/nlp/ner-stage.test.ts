import { describe, expect, it } from 'vitest';
import { Document } from '../core/document.js';
import type { Mention, Token } from '../core/layers.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { createPosStage } from './pos-stage.js';
import { createChunkStage } from './chunk-stage.js';
import { createNerStage } from './ner-stage.js';

const ctx = { clean: false };
const pos = createPosStage();
const chunk = createChunkStage();
const ner = createNerStage();

/** Runs tokens -> sentences -> pos -> chunk -> ner over a hand-written text. */
function annotate(text: string): Document {
  const tokens = tokenize(text);
  let doc = new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) });
  doc = doc.withLayers(pos.run(doc, ctx));
  doc = doc.withLayers(chunk.run(doc, ctx));
  return doc.withLayers(ner.run(doc, ctx));
}

const named = (ms: readonly Mention[]) => ms.map((m) => `${m.type} ${m.text}`);

describe('pos stage', () => {
  it('reads a sum with its scale written on as a number, not a verb', () => {
    const doc = annotate('Profits jumped 76% to $1.13bn in the quarter.');
    const tag = (w: string) => doc.get('tokens').find((t: Token) => t.text === w)?.pos;
    expect(tag('$1.13bn')).toBe('CD');
    expect(tag('jumped')).toBe('VBD');
  });

  it('tags a plain sentence with Penn tags on new token objects', () => {
    const doc = annotate('The ambassador was shot in the capital on Monday.');
    const tags = doc.get('tokens').map((t: Token) => t.pos);
    expect(tags).toEqual(['DT', 'NN', 'VBD', 'VBN', 'IN', 'DT', 'NN', 'IN', 'NNP', '.']);
  });

  it('does not mutate the tokens it was given', () => {
    const text = 'Police said nothing.';
    const tokens = tokenize(text);
    const doc = new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) });
    const out = pos.run(doc, ctx).tokens!;
    expect(tokens[0]!.pos).toBeUndefined();
    expect(out[0]!.pos).toMatch(/^NN/);
    expect(out.map((t) => t.pos)).toEqual(['NNS', 'VBD', 'NN', '.'].map((t, i) => (i === 0 ? out[0]!.pos : t)));
  });
});

describe('chunk stage', () => {
  it('groups base noun and verb phrases', () => {
    const doc = annotate('The Russian ambassador was shot in Ankara.');
    const chunks = doc.get('chunks').map((c) => `${c.label}:${doc.text.slice(c.start, c.end)}`);
    expect(chunks).toEqual(['NP:The Russian ambassador', 'VP:was shot', 'PP:in', 'NP:Ankara']);
    expect(doc.get('tokens').map((t) => t.chunk)).toEqual(['B-NP', 'I-NP', 'I-NP', 'B-VP', 'I-VP', 'B-PP', 'B-NP', 'O']);
  });
});

describe('ner stage', () => {
  it('takes no place from a currency\'s letters written onto its dollar sign ("US$14,6m"), and keeps one that stands apart', () => {
    const money = named(annotate('Farmers in Kelton earned US$14,6m on the opening day, up from NZ$9m.').get('mentions'));
    expect(money).not.toContain('GPE US');
    expect(money).not.toContain('GPE NZ');
    expect(named(annotate('Exports to the US rose on Monday.').get('mentions'))).toContain('GPE US');
  });
  it('finds a person, a city and a nationality', () => {
    const doc = annotate('Russian Ambassador Andrei Karlov was shot in Ankara.');
    const found = named(doc.get('mentions'));
    expect(found).toContain('PERSON Andrei Karlov');
    expect(found).toContain('GPE Ankara');
    expect(found).toContain('NORP Russian');
  });

  it('calls a news agency that reports an organisation', () => {
    const doc = annotate('The state news agency RIA reported that the attacker was arrested.');
    expect(named(doc.get('mentions'))).toContain('ORG RIA');
  });

  it('gives mentions offsets and token ranges that match the text', () => {
    const doc = annotate('Vladimir Putin spoke to Recep Tayyip Erdogan by phone.');
    for (const m of doc.get('mentions')) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.get('tokens')[m.tokenStart]!.start).toBe(m.start);
      expect(doc.get('tokens')[m.tokenEnd - 1]!.end).toBe(m.end);
    }
    expect(doc.get('mentions').length).toBe(2);
    expect(named(doc.get('mentions'))[0]).toBe('PERSON Vladimir Putin');
  });

  it('tells regions and seas from countries', () => {
    const doc = annotate('Ships crossed the Black Sea from Turkey to reach the Middle East.');
    const found = named(doc.get('mentions'));
    expect(found).toContain('LOC Black Sea');
    expect(found).toContain('GPE Turkey');
    expect(found).toContain('LOC Middle East');
  });
});
