import { taggedToken, type Token } from '../core/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { posTagger } from './models.js';
import { sentenceInputs } from './sentence-inputs.js';

/** Penn Treebank part-of-speech tags, per sentence, from the averaged-perceptron tagger in models/pos.bin. */
export function createPosStage(): Stage {
  const tagger = posTagger();
  return {
    name: 'pos',
    requires: ['tokens', 'sentences'],
    assigns: ['tokens'],
    run(doc) {
      const tokens = doc.get('tokens');
      const { inputs } = sentenceInputs(doc);
      const out: Token[] = tokens.slice();
      doc.get('sentences').forEach((s, k) => {
        const ids = tagger.tag(inputs[k]!);
        for (let i = 0; i < ids.length; i++) {
          const t = tokens[s.tokenStart + i]!;
          out[s.tokenStart + i] = taggedToken(t, tagger.labels[ids[i]!]!, t.chunk);
        }
      });
      return { tokens: out };
    },
  };
}
