/**
 * The Giveme5W1H accuracy of ../shared/data/README.md: for each question, the system's top answer
 * is correct when its token-level F1 against any phrase chosen by at least 2 coders is >= 0.5, or
 * when both the system and the coders say "no answer" (an entry without text chosen by >= 2 coders,
 * or no annotation at all).
 */

export const QUESTIONS = ['who', 'what', 'when', 'where', 'why', 'how'] as const;
export type Question = (typeof QUESTIONS)[number];

export interface CodedPhrase {
  readonly text?: string;
  readonly coderPhraseCount?: number;
}

/** Lower-cased word tokens: letters and digits, so punctuation and quotes never count. */
export function wordTokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenF1(predicted: string, gold: string): number {
  const p = wordTokens(predicted);
  const g = wordTokens(gold);
  if (p.length === 0 || g.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / p.length;
  const recall = overlap / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** What the coders agreed on: phrases chosen by >= 2 coders, and whether >= 2 said "no answer". */
export function agreed(annotated: readonly CodedPhrase[]): { phrases: string[]; noAnswer: boolean } {
  const strong = annotated.filter((a) => (a.coderPhraseCount ?? 0) >= 2);
  return {
    phrases: strong.filter((a) => a.text?.trim()).map((a) => a.text!),
    noAnswer: annotated.length === 0 || strong.some((a) => !a.text?.trim()),
  };
}

/** Is `answer` (null for "no answer") correct against the coders' annotation? */
export function isCorrect(answer: string | null, annotated: readonly CodedPhrase[]): boolean {
  const { phrases, noAnswer } = agreed(annotated);
  if (answer === null || !answer.trim()) return noAnswer;
  return phrases.some((g) => tokenF1(answer, g) >= 0.5);
}
