import { taggedToken, type Token } from '../core/layers.js';
import { lexicon } from '../core/resources.js';
import type { Stage } from '../pipeline/stage.js';
import { posTagger } from './models.js';
import { sentenceInputs } from './sentence-inputs.js';

/**
 * Penn Treebank part-of-speech tags, per sentence, from the averaged-perceptron tagger in
 * models/pos.bin, with one correction: a noun tag on a past form that is never a noun
 * (resources/lexicon/past-only-verbs.txt) becomes VBD.
 */
export function createPosStage(): Stage {
  const tagger = posTagger();
  return {
    name: 'pos',
    requires: ['tokens', 'sentences'],
    assigns: ['tokens'],
    run(doc) {
      const tokens = doc.get('tokens');
      const pastOnly = lexicon('past-only-verbs');
      const { inputs } = sentenceInputs(doc);
      const out: Token[] = tokens.slice();
      doc.get('sentences').forEach((s, k) => {
        const ids = tagger.tag(inputs[k]!);
        for (let i = 0; i < ids.length; i++) {
          const t = tokens[s.tokenStart + i]!;
          const tag = tagger.labels[ids[i]!]!;
          // "A fire tore through": a past form that is never a noun is the verb the tagger missed.
          const fixed = tag.startsWith('NN') && pastOnly.has(t.text) ? 'VBD' : tag;
          out[s.tokenStart + i] = taggedToken(t, fixed, t.chunk);
        }
      });
      return { tokens: out };
    },
  };
}
