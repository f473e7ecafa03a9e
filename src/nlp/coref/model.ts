import type { EntityType } from '../../core/record.js';
import type { Gender } from './lexicons.js';

/** A span that may refer to an entity: a name from NER, a role noun phrase, or a pronoun. */
export interface CorefMention {
  readonly kind: 'name' | 'role' | 'pronoun';
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly type: EntityType;
  /** Names: the words that identify (titles stripped), lowercase, dots dropped. */
  readonly key: readonly string[];
  /** Names: the name as written without titles ("Andrei Karlov"); roles: the role noun ("envoy"). */
  readonly display: string;
  /** Role groups the mention's titles or its own role noun give ("diplomat"). */
  readonly roles: ReadonlySet<string>;
  /** Lowercase demonym a title or role phrase carries ("russian"). */
  readonly nationality?: string;
  readonly gender?: Gender;
  /** A role phrase that introduces a different referent ("another gunman"): never joined. */
  readonly blocked?: boolean;
}

/** A growing entity: mentions in text order plus what they tell about it. */
export interface Cluster {
  readonly mentions: CorefMention[];
  /** Key of its fullest name (empty for an unnamed role chain). */
  full: readonly string[];
  display: string;
  readonly typeVotes: Map<EntityType, number>;
  readonly roles: Set<string>;
  nationality?: string;
  gender?: Gender;
  /** Set for an unnamed role chain: the group it stands for. */
  unnamedGroup?: string;
  /**
   * Role mentions nobody named ("the minister" with no minister named): not an entity of the record,
   * but a person all the same, so that a pronoun near it is not given to someone else.
   */
  hidden?: boolean;
}

export function newCluster(m: CorefMention): Cluster {
  const c: Cluster = {
    mentions: [],
    full: m.kind === 'name' ? m.key : [],
    display: m.display,
    typeVotes: new Map(),
    roles: new Set(),
  };
  addMention(c, m);
  return c;
}

export function addMention(c: Cluster, m: CorefMention): void {
  c.mentions.push(m);
  if (m.kind === 'name') {
    c.typeVotes.set(m.type, (c.typeVotes.get(m.type) ?? 0) + 1);
    if (m.key.length > c.full.length || (m.key.length === c.full.length && m.display.length > c.display.length)) {
      c.full = m.key;
      c.display = m.display;
    }
  }
  for (const r of m.roles) c.roles.add(r);
  if (m.nationality && !c.nationality) c.nationality = m.nationality;
  if (m.gender && !c.gender) c.gender = m.gender;
}

export function lastEnd(c: Cluster): number {
  return c.mentions[c.mentions.length - 1]!.end;
}

export function clusterType(c: Cluster): EntityType {
  if (c.typeVotes.size === 0) return 'PERSON';
  let best: EntityType = 'PERSON';
  let n = -1;
  // forEach, not for-of: asked for every mention against every cluster, and for-of makes an entry
  // array per vote until V8 optimises the caller.
  c.typeVotes.forEach((v, t) => {
    if (v > n || (v === n && t === 'PERSON')) {
      best = t;
      n = v;
    }
  });
  return best;
}
