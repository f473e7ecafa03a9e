import { Document } from '../../src/core/document.js';
import type { Entity } from '../../src/core/record.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { quotesStage } from '../../src/extract/quotes/stage.js';
import { hedgesStage } from '../../src/extract/hedges/stage.js';
import { attributionsStage, reportsStage } from '../../src/extract/attribution/stage.js';

/** A hand-made document with tokens and sentences, and optionally a hand-made entities layer. */
export function docOf(text: string, entities?: Entity[]): Document {
  const tokens = tokenize(text);
  const doc = new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) });
  return entities ? doc.withLayers({ entities }) : doc;
}

/** An entity whose mentions are the given strings, found in order in the text. */
export function entityOf(text: string, id: string, type: Entity['type'], names: string[]): Entity {
  let from = 0;
  const mentions = names.map((n) => {
    const found = new RegExp(`\\b${n}\\b`).exec(text.slice(from));
    const start = found ? from + found.index : -1;
    if (start < 0) throw new Error(`"${n}" not in the test text`);
    from = start + n.length;
    return { text: n, start, end: start + n.length };
  });
  return { id, type, name: names[0]!, mentions };
}

/** Runs the four attribution stages in pipeline order. */
export function annotate(doc: Document): Document {
  let d = doc.withLayers(reportsStage.run(doc, { clean: false }));
  d = d.withLayers(quotesStage.run(d, { clean: false }));
  d = d.withLayers(hedgesStage.run(d, { clean: false }));
  return d.withLayers(attributionsStage.run(d, { clean: false }));
}
