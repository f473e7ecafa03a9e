import { describe, expect, it } from 'vitest';
import { Document } from '../core/document.js';
import { cleanStage } from './clean-stage.js';
import { assembleArticle } from '../ingest/article.js';

const article = assembleArticle({
  title: 'Blast  at harbour: Read more',
  body: 'By Staff ReporterA car bomb exploded.\n\nSmoke over the harbour2.jpgSmoke over the harbour at dawn\n\nPolice  said two were hurt.\n\nShare this article',
  meta: {},
});

describe('cleanStage', () => {
  it('cleans the text, logs every edit over the original, and marks captions', () => {
    const doc = new Document(article.text, {}, { sections: article.sections });
    const { text, layers } = cleanStage.rewrite(doc, { clean: true });
    expect(text).toBe('Blast at harbour: Read more\n\nA car bomb exploded.\n\nSmoke over the harbour at dawn\n\nPolice said two were hurt.');
    expect(layers.cleaning!.map((e) => e.kind)).toEqual(['spaces', 'byline', 'caption-duplicate', 'image-filename', 'spaces', 'boilerplate']);
    for (const e of layers.cleaning!) expect(article.text.slice(e.original.start, e.original.end)).toBe(e.original.text);
    const sections = layers.sections!.map((s) => [s.kind, text.slice(s.start, s.end)]);
    expect(sections).toEqual([
      ['title', 'Blast at harbour: Read more'],
      ['body', 'A car bomb exploded.'],
      ['caption', 'Smoke over the harbour at dawn'],
      ['body', 'Police said two were hurt.'],
    ]);
  });

  it('with cleaning off keeps the text as it is, and still marks the captions', () => {
    const text = 'Police said two were hurt.\n\nfire-chief-speaks-to-reporters-at-the-depot2\nThe fire chief speaks to reporters\n\nThe fire is out.';
    const doc = new Document(text, {}, { sections: [{ kind: 'body', start: 0, end: text.length }] });
    const out = cleanStage.rewrite(doc, { clean: false });
    expect(out.text).toBe(text);
    expect(out.layers.cleaning).toEqual([]);
    expect(out.layers.sections!.filter((s) => s.kind === 'caption').map((s) => text.slice(s.start, s.end))).toEqual(['The fire chief speaks to reporters']);
  });
});
