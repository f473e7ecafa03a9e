import type { Span, TextSpan } from './span.js';
import type {
  Attribution, CleaningEdit, DossierEvent, Entity, EntityType, Hedge, Quote, SectionKind,
} from './record.js';

/** A token of the text. `pos` and `chunk` are filled by the taggers (Penn tags, IOB chunk tags). */
export interface Token extends Span {
  readonly text: string;
  pos?: string;
  chunk?: string;
}

/**
 * A token with its tags, as a fresh object of one fixed shape. Stages that tag tokens build their
 * layer with this rather than `{ ...t }` plus assignments: copying by spread and then adding a
 * property is many times slower, and it is done for every token of every article.
 */
export function taggedToken(t: Token, pos: string | undefined, chunk: string | undefined): Token {
  return { start: t.start, end: t.end, text: t.text, pos, chunk };
}

export interface Sentence extends Span {
  /** Index of its first token in the tokens layer, and one past its last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Section extends Span {
  readonly kind: SectionKind;
}

/** A chunk (base phrase) over tokens: NP, VP, PP, ... */
export interface Chunk extends Span {
  readonly label: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** One name found by NER, before coreference groups mentions into entities. */
export interface Mention extends TextSpan {
  readonly type: EntityType;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Date/time expression resolved against the reference date; `known` parts are stated, `implied` inferred. */
export interface TimeExpression extends TextSpan {
  readonly iso?: string;
  readonly known: Record<string, number>;
  readonly implied: Record<string, number>;
}

/** A number in the text ("three", "at least 3", "dozens") with the range it states. */
export interface Quantity extends TextSpan {
  readonly min: number;
  readonly max?: number;
  readonly exact: boolean;
  /** The noun the number counts, when next to it ("three others" -> "others"). */
  readonly unit?: TextSpan;
  /** What the number is: a count of people or things, or not a count at all (an age, a year, money...). */
  readonly kind?: QuantityKind;
  /** What the count says it includes: "two people including the gunman" -> "the gunman". */
  readonly including?: TextSpan;
}

/**
 * One reported claim found by the attribution rules: who (source), the cue, and what (content), as
 * spans. Read by the quotes stage (its verbs of saying) and the attributions stage (all of them).
 */
export interface Report {
  readonly source: Span;
  readonly cue: Span;
  readonly content: Span;
  /** The cue word's lemma ("say", "according to"). */
  readonly lemma: string;
  readonly speech: boolean;
  readonly hedging: boolean;
  /** Where the content lies relative to the cue: before it ("..., X said") or after ("X said ..."). */
  readonly contentSide: 'left' | 'right';
}

export type QuantityKind = 'count' | 'age' | 'year' | 'time' | 'money' | 'percent' | 'measure' | 'duration' | 'other';

/** Everything stages may annotate. Each stage declares which of these it requires and assigns. */
export interface Layers {
  sections: readonly Section[];
  cleaning: readonly CleaningEdit[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  chunks: readonly Chunk[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  quantities: readonly Quantity[];
  reports: readonly Report[];
  quotes: readonly Quote[];
  attributions: readonly Attribution[];
  hedges: readonly Hedge[];
  event: DossierEvent;
}

export type LayerName = keyof Layers;
