import { describe, expect, it } from 'vitest';
import { chunkTagger, nerPerceptrons, nerTagger, posTagger } from '../models.js';
import { makeInput, type TagInput } from './input.js';
import { WindowModel } from './window-model.js';

const DOCUMENT = [
  'Andrei Karlov , the Russian ambassador to Turkey , was shot dead at an art gallery in Ankara .',
  'Mevlut Mert Altintas , a police officer , fired at him , the Hurriyet newspaper said .',
  'RUSSIAN ENVOY SHOT DEAD IN ANKARA',
].map((s) => s.split(' '));

function inputs(): TagInput[] {
  const pos = posTagger();
  const chunk = chunkTagger();
  return DOCUMENT.map((words) => {
    const x = makeInput(words);
    const p = pos.hashes(pos.tag(x));
    return { ...x, pos: p, chunk: chunk.hashes(chunk.tag({ ...x, pos: p })) };
  });
}

describe('NER with the window model', () => {
  it('is what the shipped tagger runs', () => {
    expect(nerTagger().window).toBeInstanceOf(WindowModel);
    expect(nerTagger().window!.weight).toBeGreaterThan(0);
  });

  it('with weight 0 tags exactly as the perceptrons alone', () => {
    const shipped = nerTagger().window!;
    const silent = nerPerceptrons(new WindowModel({ ...shipped.parts, weight: 0 }, shipped.vectors));
    const alone = nerPerceptrons();
    const a = silent.tagDocument(inputs(), DOCUMENT);
    const b = alone.tagDocument(inputs(), DOCUMENT);
    expect(a.map((x) => Array.from(x))).toEqual(b.map((x) => Array.from(x)));
  });

  it('changes labels when its scores dominate (it is consulted at all)', () => {
    const shipped = nerTagger().window!;
    const loud = nerPerceptrons(new WindowModel({ ...shipped.parts, weight: 1000 }, shipped.vectors));
    const alone = nerPerceptrons();
    const a = loud.tagDocument(inputs(), DOCUMENT).map((x) => Array.from(x));
    const b = alone.tagDocument(inputs(), DOCUMENT).map((x) => Array.from(x));
    expect(a).not.toEqual(b);
  });

  it('finds the names of a hand-made document with their types', () => {
    const ner = nerTagger();
    const ids = ner.tagDocument(inputs(), DOCUMENT);
    const names = DOCUMENT.map((words, k) => words.map((w, i) => `${w}/${ner.labels[ids[k]![i]!]}`).join(' '));
    expect(names[0]).toContain('Andrei/B-PER Karlov/L-PER');
    expect(names[0]).toContain('Ankara/U-LOC');
    expect(names[1]).toContain('Hurriyet/U-ORG');
  });
});
