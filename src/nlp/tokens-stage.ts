import type { Stage } from '../pipeline/stage.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';

export const tokensStage: Stage = {
  name: 'tokens',
  requires: [],
  assigns: ['tokens'],
  run: (doc) => ({ tokens: tokenize(doc.text) }),
};

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: ['sentences'],
  run: (doc) => ({ sentences: splitSentences(doc.text, doc.get('tokens')) }),
};
