import { describe, expect, it } from 'vitest';
import { Document } from './document.js';
import type { Chunk, Token } from './layers.js';

const text = 'Gunman kills three at “Lyon” market.';

function tokensOf(words: Array<[string, string | undefined, string | undefined]>): Token[] {
  let at = 0;
  return words.map(([w, pos, chunk]) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { start, end: at, text: w, pos, chunk };
  });
}

describe('a document handed to another thread (tokens and chunks as columns)', () => {
  it('comes back with the same layers, through structured clone', () => {
    const tokens = tokensOf([['Gunman', 'NN', 'B-NP'], ['kills', 'VBZ', 'B-VP'], ['three', 'CD', 'B-NP'], ['at', 'IN', undefined], ['“', undefined, undefined], ['Lyon', 'NNP', 'B-NP'], ['”', undefined, undefined], ['market', 'NN', 'I-NP'], ['.', '.', 'O']]);
    // A token whose text is not the text between its offsets (a normalised quote mark) crosses as written.
    tokens[4] = { ...tokens[4]!, text: '"' };
    const chunks: Chunk[] = [
      { label: 'NP', start: 0, end: 6, tokenStart: 0, tokenEnd: 1 },
      { label: 'VP', start: 7, end: 12, tokenStart: 1, tokenEnd: 2 },
      { label: 'NP', start: 24, end: 35, tokenStart: 5, tokenEnd: 8 },
    ];
    const sections = [{ kind: 'body' as const, start: 0, end: text.length }];
    const doc = new Document(text, { title: 'Lyon', origin: 'a.txt' }, { sections, tokens, chunks });
    const parts = structuredClone(doc.toParts());
    expect(parts.layers).not.toHaveProperty('tokens');
    const back = Document.fromParts(parts);
    expect(back.get('tokens')).toEqual(tokens);
    expect(back.get('tokens').map((t) => Object.keys(t).join())).toEqual(tokens.map(() => 'start,end,text,pos,chunk'));
    expect(back.get('chunks')).toEqual(chunks);
    expect(back.get('sections')).toEqual(sections);
    expect(back.meta).toEqual(doc.meta);
    expect(back.has('mentions')).toBe(false);
  });
});
