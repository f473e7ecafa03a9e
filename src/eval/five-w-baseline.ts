import { tokenize } from '../nlp/tokenize.js';
import { isFiniteVerb } from '../extract/event/verbs.js';
import type { Answers } from '../app/eval-5w1h-service.js';

/**
 * The simple baseline: split the title at its first verb; the words before it answer "who", the
 * rest "what"; the other questions get no answer.
 */
export function titleSplitBaseline(title: string): Answers {
  const tokens = tokenize(title);
  const v = tokens.findIndex((_, i) => i > 0 && isFiniteVerb(tokens, i));
  const none = { when: null, where: null, why: null, how: null };
  if (v < 0) return { who: null, what: title.trim() || null, ...none };
  return { who: title.slice(0, tokens[v]!.start).trim() || null, what: title.slice(tokens[v]!.start).trim(), ...none };
}
