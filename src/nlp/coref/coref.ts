import type { Mention, Sentence, Token } from '../../core/layers.js';
import type { Entity } from '../../core/record.js';
import { lexiconLines } from '../../core/resources.js';
import { addMention, clusterType, lastEnd, newCluster, type Cluster, type CorefMention } from './model.js';
import { corefLexicons, wordKey } from './lexicons.js';
import { nameMentions } from './names.js';
import { isSubsequence, nameJoins } from './match.js';
import { roleMentions } from './roles.js';
import { describedAttackers } from './described-attackers.js';
import { resolvePronouns } from './pronouns.js';
import { quotedSpans } from './quotes.js';
import { isCapitalized, phraseKey } from './titles.js';

export interface CorefInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
}

/**
 * Coreference: one entity per referent with all its mentions. Names cluster first (titles stripped,
 * a surname joins the latest full name that contains it), then role noun phrases join the person whose
 * title or apposition gave that role (or form one unnamed perpetrator), then pronouns where plain.
 */
export function resolveEntities(input: CorefInput): Entity[] {
  const { text, tokens, sentences } = input;
  const mentions = input.mentions.length > 0 ? input.mentions : honorificNames(text, tokens);
  const sentenceStartOf = new Int32Array(tokens.length);
  for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceStartOf[i] = s.tokenStart;
  const sentenceStart = (i: number) => sentenceStartOf[i] ?? 0;

  const names = nameMentions(text, tokens, mentions, sentenceStart);
  const covered = new Uint8Array(tokens.length);
  const personStart = new Set<number>();
  for (const n of names) {
    for (let i = n.tokenEnd - 1; i >= 0 && tokens[i]!.start >= n.start; i--) covered[i] = 1;
    if (n.type === 'PERSON') personStart.add(n.tokenStart);
  }
  // Without NER, any capitalised word after a role noun is taken for a name it titles.
  const isNameStart = mentions.length > 0 ? (i: number) => personStart.has(i) : (i: number) => isCapitalized(tokens[i]!.text);
  const roleNouns = roleMentions(text, tokens, (i) => covered[i] === 1, isNameStart, sentenceStart);
  // "a man ... fired multiple shots": described attackers join the perpetrator chain too.
  const described = describedAttackers(tokens, (i) => covered[i] === 1, 'perpetrator')
    .filter((d) => !roleNouns.some((r) => r.start < d.end && d.start < r.end));
  const roles = [...roleNouns, ...described].sort((a, b) => a.start - b.start);
  const links = linkAppositions(text, tokens, names, roles);

  const clusters = clusterNames(names);
  const clusterOf = new Map<CorefMention, Cluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m, c);
  resolveRoles(roles, links, clusters, clusterOf);
  resolvePronouns(text, tokens, sentences, clusters, quotedSpans(text));
  return toEntities(text, clusters);
}

/**
 * Without NER, names after an honorific that gives a gender ("Mr Karlov", "Mrs Ana Ruiz") are still people: enough for
 * pronouns not to fall to the wrong person.
 */
function honorificNames(text: string, tokens: readonly Token[]): Mention[] {
  const lex = corefLexicons();
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const g = lex.honorifics.get(wordKey(tokens[i]!.text));
    if (g === undefined || !isCapitalized(tokens[i]!.text) || g === '') continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 4 && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]!.text)) j++;
    if (j === i + 1) continue;
    const start = tokens[i + 1]!.start;
    const end = tokens[j - 1]!.end;
    out.push({ start, end, text: text.slice(start, end), type: 'PERSON', tokenStart: i + 1, tokenEnd: j });
    i = j - 1;
  }
  return out;
}

/**
 * Appositions and namings tie a role phrase to a name directly: "Andrei Karlov, the Russian envoy",
 * "the gunman, Mevlut Altintas,", "the gunman was identified as Mevlut Altintas". The name's entity
 * takes the role, so later mentions of the role find it.
 */
function linkAppositions(text: string, tokens: readonly Token[], names: readonly CorefMention[], roles: readonly CorefMention[]): Map<CorefMention, CorefMention> {
  const links = new Map<CorefMention, CorefMention>();
  const people = names.filter((n) => n.type === 'PERSON');
  const byStartToken = new Map<number, CorefMention>();
  const byEndToken = new Map<number, CorefMention>();
  for (const p of people) {
    byStartToken.set(firstTokenOf(tokens, p), p);
    byEndToken.set(p.tokenEnd, p);
  }
  const cues = namingCues();
  for (const r of roles) {
    if (r.blocked) continue;
    let name: CorefMention | undefined;
    if (tokens[r.tokenEnd]?.text === ',') name = byStartToken.get(r.tokenEnd + 1);
    if (!name && tokens[r.tokenStart - 1]?.text === ',') name = byEndToken.get(r.tokenStart - 1);
    if (!name) {
      for (const cue of cues) {
        const n = cue.length;
        for (let i = r.tokenEnd; i + n < tokens.length && i < r.tokenEnd + 4; i++) {
          if (phraseKey(tokens, i, i + n) === cue.join(' ')) {
            name = byStartToken.get(i + n);
            break;
          }
        }
        if (name) break;
      }
    }
    if (!name || text.slice(r.end, name.start).includes('\n') || text.slice(name.end, r.start).includes('\n')) continue;
    links.set(r, name);
    const roleSet = name.roles as Set<string>;
    for (const g of r.roles) roleSet.add(g);
  }
  return links;
}

let cueCache: string[][] | undefined;
function namingCues(): string[][] {
  cueCache ??= lexiconLines('naming-cues').map((l) => l.toLowerCase().split(/\s+/));
  return cueCache;
}

function firstTokenOf(tokens: readonly Token[], m: CorefMention): number {
  let i = m.tokenStart;
  while (i > 0 && tokens[i - 1]!.start >= m.start) i--;
  return i;
}

/** Names in text order, each joining the latest cluster it agrees with; then early surnames join a later full name. */
function clusterNames(names: readonly CorefMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const m of names) {
    let best: Cluster | undefined;
    for (const c of clusters) if (nameJoins(m, c) && (!best || lastEnd(c) > lastEnd(best))) best = c;
    if (best) addMention(best, m);
    else clusters.push(newCluster(m));
  }
  // "Karlov ... Andrei Karlov" in that order: the short-named cluster folds into the one longer name holding it.
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (clusterType(c) !== 'PERSON' || c.full.length !== 1) continue;
    const hosts = clusters.filter((h) => h !== c && clusterType(h) === 'PERSON' && h.full.length > 1 && isSubsequence(c.full, h.full));
    if (hosts.length !== 1) continue;
    for (const m of c.mentions) addMention(hosts[0]!, m);
    hosts[0]!.mentions.sort((a, b) => a.start - b.start);
    clusters.splice(i, 1);
  }
  return clusters;
}

function resolveRoles(roles: readonly CorefMention[], links: ReadonlyMap<CorefMention, CorefMention>, clusters: Cluster[], clusterOf: Map<CorefMention, Cluster>): void {
  const lex = corefLexicons();
  const unnamed = new Map<string, Cluster>();
  const hidden = new Map<string, Cluster>();
  for (const r of roles) {
    const group = [...r.roles][0]!;
    if (r.blocked) {
      // "another gunman": someone else, seen by pronouns only.
      clusters.push(Object.assign(newCluster(r), { hidden: true }));
      continue;
    }
    const linked = links.get(r);
    let target = linked ? clusterOf.get(linked) : undefined;
    if (!target) {
      const holders = clusters.filter((c) => c.unnamedGroup === undefined && c.full.length > 0 && clusterType(c) === 'PERSON'
        && c.roles.has(group) && (!r.nationality || !c.nationality || c.nationality === r.nationality));
      let bestBefore = -1;
      for (const c of holders) {
        const last = lastStartBefore(c, r.start);
        if (last > bestBefore) {
          bestBefore = last;
          target = c;
        }
      }
      if (!target) {
        // A role before its holder is named (a headline): the first holder after it.
        let firstAfter = Infinity;
        for (const c of holders) {
          const first = c.mentions[0]!.start;
          if (first > r.start && first < firstAfter) {
            firstAfter = first;
            target = c;
          }
        }
      }
    }
    if (!target && lex.unnamedGroups.has(group)) {
      target = unnamed.get(group);
      if (!target) {
        target = newCluster(r);
        target.unnamedGroup = group;
        unnamed.set(group, target);
        clusters.push(target);
        clusterOf.set(r, target);
        continue;
      }
    }
    if (!target) {
      target = hidden.get(group);
      if (!target) {
        target = Object.assign(newCluster(r), { hidden: true });
        hidden.set(group, target);
        clusters.push(target);
        continue;
      }
    }
    addMention(target, r);
    clusterOf.set(r, target);
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}

function lastStartBefore(c: Cluster, pos: number): number {
  let best = -1;
  for (const m of c.mentions) if (m.start < pos && m.start > best) best = m.start;
  return best;
}

function toEntities(text: string, clusters: readonly Cluster[]): Entity[] {
  const live = clusters.filter((c) => c.mentions.length > 0 && !c.hidden);
  for (const c of live) c.mentions.sort((a, b) => a.start - b.start);
  live.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return live.map((c, i) => ({
    id: `e${i + 1}`,
    type: clusterType(c),
    name: c.display,
    mentions: dedupe(c.mentions).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
  }));
}

function dedupe(ms: readonly CorefMention[]): CorefMention[] {
  const out: CorefMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && prev.start === m.start && prev.end === m.end) continue;
    out.push(m);
  }
  return out;
}
