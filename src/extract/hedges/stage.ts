import type { Stage } from '../../pipeline/stage.js';
import { findHedges } from './hedges.js';

/** Hedges: words that weaken a claim ("reportedly", "suspected", "is believed to") and what they weaken. */
export const hedgesStage: Stage = {
  name: 'hedges',
  requires: ['tokens', 'sentences'],
  assigns: ['hedges'],
  run: (doc) => ({ hedges: findHedges(doc.text, doc.get('tokens'), doc.get('sentences')) }),
};
