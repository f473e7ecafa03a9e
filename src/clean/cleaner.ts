import type { Section } from '../core/layers.js';
import type { Repair } from './edits.js';
import { whitespaceRepairs } from './whitespace.js';

/**
 * Every repair the cleaner makes on a text, over original offsets. Each repairer finds its own kind;
 * applyRepairs drops any repair that overlaps an earlier one.
 */
export function findRepairs(text: string, _sections: readonly Section[]): Repair[] {
  return [...whitespaceRepairs(text)];
}
