import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';
import { Document } from '../../src/core/document.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { createPosStage } from '../../src/nlp/pos-stage.js';
import { eventOf } from './event-of.js';

describe('a fire or a blast acts in a disaster, and a past form that is never a noun is a verb', () => {
  it('tags a past form the tagger took for a noun ("A fire tore through") as a past verb', () => {
    const text = 'A fire tore through a garment factory on Wednesday.';
    const tokens = tokenize(text);
    const doc = new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) });
    const tagged = createPosStage().run(doc, { clean: false }).tokens!;
    expect(tagged.find((t) => t.text === 'tore')?.pos).toBe('VBD');
    expect(tagged.find((t) => t.text === 'factory')?.pos).toMatch(/^NN/);
  });

  it('answers who with the fire that tore through a factory, not the firefighters of a later sentence', () => {
    const text = [
      'Kelton garment factory fire: 11 dead, 38 injured',
      'KELTON (AFP) - A fire tore through a garment factory in Kelton on Wednesday, killing 11 workers and injuring 38 others, fire service officials said.',
      'The blaze started on the third floor at around 9:30 am and spread quickly through stacks of fabric.',
      'Firefighters needed four hours to bring it under control.',
    ].join('\n\n');
    const { record } = new ExtractService().extractArticle(parseArticleText(text, 'fire.txt', 'text'));
    expect(record.event.who[0]?.text).toBe('A fire');
  });

  it('answers who with the cabin or the cylinder that gave way in an accident', () => {
    const who = (text: string) => new ExtractService().extractArticle(parseArticleText(text, 'cabin.txt', 'text')).record.event.who[0]?.text;
    const rescue = '\n\nRescue workers searched the wreckage through the night.';
    expect(who('KELTON (AP) - A cable car cabin came off its haul rope and fell 30 metres near Kelton on Sunday, killing two passengers and injuring five, officials said.' + rescue)).toBe('A cable car cabin');
    expect(who('KELTON (AP) - A gas cylinder exploded in a restaurant kitchen in Kelton on Friday, killing three people and injuring 12, officials said.' + rescue)).toBe('A gas cylinder');
  });

  it('cuts where the thing stood from who in an accident ("The roof of a school sports hall in the ... city of Iasi")', () => {
    const event = eventOf(
      'School gym roof collapse in Romania\'s Iasi',
      'BUCHAREST (Reuters) - The roof of a school sports hall in the northeastern Romanian city of Iasi caved in during a class on Tuesday, injuring 23 pupils, officials said.',
      'Firefighters and volunteers pulled the children from the rubble.',
    );
    const who = event.who.map((a) => a.text);
    expect(who).toContain('The roof of a school sports hall');
    expect(who.filter((w) => /city of Iasi/.test(w))).toEqual([]);
  });
});
