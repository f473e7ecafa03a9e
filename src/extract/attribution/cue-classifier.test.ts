import { describe, expect, it } from 'vitest';
import { tokenize } from '../../nlp/tokenize.js';
import { cueClassifier, cueFeatures } from './cue-classifier.js';

const SENTENCES = [
  'He said that the talks had failed , officials told Reuters on Monday .',
  '" We will not give up , " she said , according to the ministry .',
  'The minister claimed victory ; critics argued , warned and insisted otherwise .',
  'said said said told told',
];

describe('attribution cue classifier', () => {
  it('scores a token as the sum of its listed features, with or without building them', () => {
    const classifier = cueClassifier();
    let nonZero = 0;
    for (const text of [...SENTENCES, ...SENTENCES]) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        const slow = classifier.score(cueFeatures(tokens, i, 0, tokens.length));
        const fast = classifier.scoreAt(tokens, i, 0, tokens.length);
        expect(fast).toBeCloseTo(slow, 9);
        // Windows inside the sentence (a clause) give the same agreement.
        const lo = Math.max(0, i - 3);
        const hi = Math.min(tokens.length, i + 3);
        expect(classifier.scoreAt(tokens, i, lo, hi)).toBeCloseTo(classifier.score(cueFeatures(tokens, i, lo, hi)), 9);
        if (Math.abs(slow) > 1e-6) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThan(20);
  });

  it('scores "said" after a name as a cue and "the" as none', () => {
    const tokens = tokenize('Officials said the ambassador died .');
    const classifier = cueClassifier();
    expect(classifier.scoreAt(tokens, 1, 0, tokens.length)).toBeGreaterThan(0);
    expect(classifier.scoreAt(tokens, 2, 0, tokens.length)).toBeLessThan(0);
  });
});
