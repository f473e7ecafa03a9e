import type { Mention, Token } from '../../core/layers.js';
import type { CorefMention } from './model.js';
import { corefLexicons, wordKey } from './lexicons.js';
import { roleEndingAt, titleRunBefore } from './titles.js';

const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Name mentions from NER, with their titles: a PERSON name takes in the honorifics and role nouns
 * before it ("Mr Karlov", "Ambassador Andrei Karlov"), which give the entity roles, a nationality and
 * a gender; whichever titles NER itself put inside the span are stripped from the matching key.
 */
export function nameMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  sentenceStart: (token: number) => number,
): CorefMention[] {
  const lex = corefLexicons();
  const norpAt = new Set<number>();
  for (const m of mentions) if (m.type === 'NORP') for (let i = m.tokenStart; i < m.tokenEnd; i++) norpAt.add(i);
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) taken.add(i);
  const out: CorefMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.type === 'NORP' || m.tokenEnd <= m.tokenStart) continue;
    let first = m.tokenStart;
    let last = m.tokenEnd; // exclusive
    // Titles NER kept inside the span ("Ambassador Andrei Karlov" tagged whole).
    const inner = m.type === 'PERSON' ? innerTitles(tokens, first, last) : { next: first, roles: new Set<string>(), gender: undefined, nationality: undefined };
    first = inner.next;
    while (first < last && DETERMINERS.has(wordKey(tokens[first]!.text))) first++;
    while (last > first && /^['’]s?$/.test(tokens[last - 1]!.text)) last--;
    if (first >= last) continue;
    let spanStart = m.start;
    const roles = new Set(inner.roles);
    let nationality = inner.nationality;
    let gender = inner.gender;
    if (m.type === 'PERSON') {
      const floor = Math.max(sentenceStart(m.tokenStart), lowestFree(taken, m.tokenStart));
      const run = titleRunBefore(tokens, m.tokenStart, floor, (i) => norpAt.has(i));
      if (run.start < m.tokenStart) spanStart = tokens[run.start]!.start;
      for (const r of run.roles) roles.add(r);
      nationality ??= run.nationality;
      gender ??= run.gender;
    }
    const key: string[] = [];
    for (let i = first; i < last; i++) {
      const k = wordKey(tokens[i]!.text).replace(/\./g, '');
      if (k && !/^\p{P}+$/u.test(k)) key.push(k);
    }
    if (key.length === 0) continue;
    out.push({
      kind: 'name',
      start: spanStart,
      end: m.end,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      type: m.type,
      key,
      display: text.slice(tokens[first]!.start, tokens[last - 1]!.end),
      roles,
      nationality,
      gender,
    });
  }
  return out;
}

/** The first token at or below `i` such that no other mention's token lies between it and `i`. */
function lowestFree(taken: ReadonlySet<number>, i: number): number {
  let j = i - 1;
  while (j >= 0 && !taken.has(j)) j--;
  return j + 1;
}

function innerTitles(tokens: readonly Token[], first: number, last: number) {
  const lex = corefLexicons();
  const roles = new Set<string>();
  let gender: 'm' | 'f' | undefined;
  let nationality: string | undefined;
  let i = first;
  // Keep at least one word of the name.
  while (i < last - 1) {
    const w = wordKey(tokens[i]!.text);
    if (lex.honorifics.has(w)) {
      gender ??= lex.honorifics.get(w) || undefined;
      i++;
      continue;
    }
    if (lex.demonyms.has(w)) {
      nationality ??= w;
      i++;
      continue;
    }
    let matched = false;
    for (let j = Math.min(last - 2, i + lex.maxRoleWords - 1); j >= i; j--) {
      const role = roleEndingAt(tokens, j, i, lex);
      if (role && role[0] === i) {
        roles.add(role[1]);
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return { next: i, roles, gender, nationality };
}
