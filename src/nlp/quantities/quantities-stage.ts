import type { Stage } from '../../pipeline/stage.js';
import { findQuantities } from './quantities.js';

/** Numbers and amounts with the ranges they state, each marked as a count or as something else. */
export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['tokens', 'times'],
  assigns: ['quantities'],
  run: (doc) => ({ quantities: findQuantities(doc.text, doc.get('tokens'), doc.get('times')) }),
};
