import type { Token } from '../../core/layers.js';
import { lexicon } from '../../core/resources.js';
import type { CorefMention } from './model.js';
import { lowerTokens } from '../../core/lower-tokens.js';

/** Words that end the clause an indefinite subject governs: a verb after them has another subject. */
const CLAUSE_BREAKS = new Set(['when', 'while', 'after', 'before', 'because', 'as', 'since', 'until', 'but', 'which', 'that', ';', '.', '!', '?']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get']);

/**
 * "a man wearing a suit and tie shouted ... and fired multiple shots": an indefinite person noun that
 * is the subject of an attack verb in its clause is the attacker, so it joins the perpetrator chain
 * ("the gunman", "the attacker") as a role mention of that group. Passives ("a man was shot") are
 * victims and stay out.
 */
export function describedAttackers(tokens: readonly Token[], covered: (token: number) => boolean, group: string): CorefMention[] {
  const persons = lexicon('person-nouns');
  const verbs = lexicon('attack-verbs');
  const out: CorefMention[] = [];
  const lower = lowerTokens(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const det = lower[i]!;
    if ((det !== 'a' && det !== 'an') || covered(i) || covered(i + 1)) continue;
    const noun = tokens[i + 1]!;
    if (!persons.has(lower[i + 1]!)) continue;
    for (let j = i + 2; j < Math.min(tokens.length, i + 25); j++) {
      const w = lower[j]!;
      if (CLAUSE_BREAKS.has(w)) break;
      if (!verbs.has(w)) continue;
      if (!PASSIVE_AUXILIARIES.has(lower[j - 1]!)) {
        out.push({
          kind: 'role',
          start: tokens[i]!.start,
          end: noun.end,
          tokenStart: i,
          tokenEnd: i + 2,
          type: 'PERSON',
          key: [],
          display: noun.text,
          roles: new Set([group]),
          blocked: false,
        });
      }
      break;
    }
  }
  return out;
}
