import type { Sentence, Token } from '../../core/layers.js';
import { addMention, clusterType, type Cluster, type CorefMention } from './model.js';
import { corefLexicons, wordKey, type Gender } from './lexicons.js';
import { insideAny } from './quotes.js';
import type { Span } from '../../core/span.js';

const PERSONAL = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/**
 * Third-person singular pronouns, resolved only where the evidence is plain: the one person (of
 * agreeing gender) mentioned earlier in the same sentence; failing any, the one person of the previous
 * sentence, or its subject when it opens that sentence. Two candidates, or a pronoun inside a quote,
 * and the pronoun is left alone.
 */
export function resolvePronouns(text: string, tokens: readonly Token[], sentences: readonly Sentence[], clusters: readonly Cluster[], quotes: readonly Span[]): void {
  const lex = corefLexicons();
  // Person mentions by position, kept sorted as pronouns are added.
  const people: { start: number; tokenStart: number; cluster: Cluster }[] = [];
  for (const c of clusters) {
    if (clusterType(c) !== 'PERSON') continue;
    for (const m of c.mentions) people.push({ start: m.start, tokenStart: m.tokenStart, cluster: c });
  }
  people.sort((a, b) => a.start - b.start);
  let prev: Sentence | undefined;
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const w = wordKey(t.text);
      if (!PERSONAL.has(w) || insideAny(quotes, t.start)) continue;
      const gender = lex.gendered.get(w);
      const here = distinct(people, s.start, t.start, gender);
      let pick: Cluster | undefined;
      if (here.length === 1) pick = here[0]!.cluster;
      else if (here.length === 0 && prev) {
        const before = distinct(people, prev.start, prev.end, gender);
        if (before.length === 1) pick = before[0]!.cluster;
        // The subject: a person whose mention opens the sentence (a determiner or title may come first).
        else if (before.length > 1 && before[0]!.start <= tokens[Math.min(prev.tokenStart + 1, prev.tokenEnd - 1)]!.start) pick = before[0]!.cluster;
      }
      if (!pick) continue;
      const m: CorefMention = {
        kind: 'pronoun', start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, type: 'PERSON',
        key: [], display: text.slice(t.start, t.end), roles: new Set(), gender,
      };
      addMention(pick, m);
      insertSorted(people, { start: t.start, tokenStart: i, cluster: pick });
    }
    prev = s;
  }
}

/** The first mention of each distinct person in [from, to) whose gender agrees, in text order. */
function distinct(people: readonly { start: number; tokenStart: number; cluster: Cluster }[], from: number, to: number, gender: Gender | undefined) {
  const seen = new Set<Cluster>();
  const out: { start: number; tokenStart: number; cluster: Cluster }[] = [];
  for (const p of people) {
    if (p.start < from) continue;
    if (p.start >= to) break;
    if (seen.has(p.cluster)) continue;
    seen.add(p.cluster);
    if (gender && p.cluster.gender && p.cluster.gender !== gender) continue;
    out.push(p);
  }
  return out;
}

function insertSorted<T extends { start: number }>(list: T[], item: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.start > item.start) i--;
  list.splice(i, 0, item);
}
