import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/resources.js';
import type { EventContext } from './context.js';
import { lemma } from './verbs.js';

export interface EventTypeDef {
  readonly name: string;
  readonly violent: boolean;
  readonly triggers: Readonly<Record<string, number>>;
}

let types: EventTypeDef[] | undefined;

/** The taxonomy of resources/event/event-types.json. */
export function eventTypes(): readonly EventTypeDef[] {
  types ??= (JSON.parse(readFileSync(packagePath('resources', 'event', 'event-types.json'), 'utf8')) as { types: EventTypeDef[] }).types;
  return types;
}

export interface TypeChoice {
  readonly type: EventTypeDef | null;
  readonly score: number;
  /** Lower-cased words in the text that triggered the chosen type (for the "what" scorer). */
  readonly words: ReadonlySet<string>;
}

/** Sums each type's trigger weights over the sentences read, weighted by position; the best type wins. */
export function chooseType(ctx: EventContext): TypeChoice {
  const defs = eventTypes();
  const scores = new Array<number>(defs.length).fill(0);
  const seen: Set<string>[] = defs.map(() => new Set());
  for (const u of ctx.units) {
    const w = ctx.weight(u);
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const word = ctx.tokens[i]!.text.toLowerCase();
      const base = lemma(word);
      defs.forEach((d, k) => {
        const t = d.triggers[word] ?? (base ? d.triggers[base] : undefined);
        if (t !== undefined) {
          scores[k]! += w * t;
          seen[k]!.add(word);
        }
      });
    }
  }
  let best = -1;
  scores.forEach((s, k) => {
    if (s >= ctx.params.type.minScore && (best < 0 || s > scores[best]!)) best = k;
  });
  return best < 0 ? { type: null, score: 0, words: new Set() } : { type: defs[best]!, score: scores[best]!, words: seen[best]! };
}
