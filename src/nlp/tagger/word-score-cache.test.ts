import { describe, expect, it } from 'vitest';
import { posTagger } from '../models.js';
import { GreedyDecoder } from './decode.js';
import { POS_FEATURES } from './features.js';
import { makeInput } from './input.js';
import { WordScoreCache } from './word-score-cache.js';

const SENTENCES = [
  'The Russian ambassador to Turkey was shot dead at an art gallery in Ankara on Monday .',
  'Police said the gunman , an off-duty officer , was killed .',
  'The the the THE The tHe the .',
  'He said he would return , and he did return on 12 March 2016 .',
  'Ludwig van Beethoven wrote nine symphonies ; Karlov read them .',
].map((s) => s.split(' '));

describe('word score cache', () => {
  it('tags exactly as scoring every feature at every token does', () => {
    const pos = posTagger();
    const full = new GreedyDecoder(pos.labels.length, POS_FEATURES.full, null, pos.labels);
    const cached = new GreedyDecoder(pos.labels.length, POS_FEATURES, null, pos.labels);
    for (const words of [...SENTENCES, ...SENTENCES]) {
      const input = makeInput(words);
      const a = new Int32Array(words.length);
      const b = new Int32Array(words.length);
      full.tag(input, pos.model, a);
      cached.tag(input, pos.model, b);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });

  it('gives the model\'s word-part sums, also when words keep taking each other\'s slots', () => {
    const pos = posTagger();
    const C = pos.labels.length;
    const tiny = new WordScoreCache(C, 2); // 4 slots for dozens of words
    const keys = new Int32Array(160);
    for (const words of SENTENCES) {
      const input = makeInput(words);
      for (let i = 0; i < words.length; i++) {
        const want = new Float64Array(C);
        pos.model.score(keys, POS_FEATURES.word(input, i, keys, 0), want);
        const got = new Int32Array(tiny.width);
        tiny.add(input, i, pos.model, POS_FEATURES.word, keys, got);
        expect(Array.from(got.subarray(0, C))).toEqual(Array.from(want));
      }
    }
  });

  it('tells apart words that differ only in case or in their first letters', () => {
    const pos = posTagger();
    const C = pos.labels.length;
    const cache = new WordScoreCache(C);
    const keys = new Int32Array(160);
    const input = makeInput(['Bank', 'bank', 'tank', 'BANK']);
    const sums = [0, 1, 2, 3].map((i) => {
      const out = new Int32Array(cache.width);
      cache.add(input, i, pos.model, POS_FEATURES.word, keys, out);
      return Array.from(out.subarray(0, C));
    });
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(sums[i]).not.toEqual(sums[j]);
  });
});
