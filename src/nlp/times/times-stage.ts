import type { Stage } from '../../pipeline/stage.js';
import { findTimes, warmDateParser } from './times.js';

/** Dates and times, resolved against ctx.referenceDate (never the clock); stated and implied parts apart. */
export const timesStage: Stage = {
  name: 'times',
  requires: ['sentences'],
  assigns: ['times'],
  run: (doc, ctx) => ({ times: findTimes(doc.text, doc.get('sentences'), ctx.referenceDate) }),
  warmUp: warmDateParser,
};
