import type { Chunk, Layers, Token } from './layers.js';

/**
 * The two big layers of a tagged document as columns, for handing it to another thread. Structured
 * clone copies an object at a time: a tagged BBC article has ~400 tokens and ~260 chunks, and for
 * 400 articles the receiving thread spent ~120 ms rebuilding 17 MB of them, the sender ~60 ms
 * writing them. As columns (offsets in typed arrays, tags as numbers into a table of their names)
 * they cross as a few arrays each, and rebuilding the objects from them is cheap. A token's text
 * is the document's text between its offsets, re-cut on arrival; one that is not (no tokenizer
 * rule makes one today) crosses as written.
 */
export interface TokenColumns {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index into `tags` + 1; 0 for none. */
  readonly pos: Uint16Array;
  readonly chunk: Uint16Array;
  readonly tags: readonly string[];
  /** Texts that are not the document's text between the token's offsets, by token index. */
  readonly texts: ReadonlyArray<readonly [number, string]>;
}

export interface ChunkColumns {
  readonly labels: Uint16Array;
  readonly tags: readonly string[];
  /** start, end, tokenStart, tokenEnd of each chunk in turn. */
  readonly spans: Int32Array;
}

/** Layers as they cross threads: tokens and chunks as columns, the others as they are. */
export type LayerColumns = Omit<Partial<Layers>, 'tokens' | 'chunks'> & {
  readonly tokenColumns?: TokenColumns;
  readonly chunkColumns?: ChunkColumns;
};

/** Numbers for tag names, 1-based (0: no tag), in the order first seen. */
class TagTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(tag: string | undefined): number {
    if (tag === undefined) return 0;
    let id = this.ids.get(tag);
    if (id === undefined) {
      this.names.push(tag);
      this.ids.set(tag, (id = this.names.length));
    }
    return id;
  }
}

export function toColumns(layers: Partial<Layers>, text: string): LayerColumns {
  const { tokens, chunks, ...rest } = layers;
  const out: { -readonly [K in keyof LayerColumns]: LayerColumns[K] } = rest;
  if (tokens) out.tokenColumns = tokenColumns(tokens, text);
  if (chunks) out.chunkColumns = chunkColumns(chunks);
  return out;
}

export function fromColumns(columns: LayerColumns, text: string): Partial<Layers> {
  const { tokenColumns: tc, chunkColumns: cc, ...rest } = columns;
  const layers: Partial<Layers> = { ...rest };
  if (tc) layers.tokens = tokensOf(tc, text);
  if (cc) layers.chunks = chunksOf(cc);
  return layers;
}

function tokenColumns(tokens: readonly Token[], text: string): TokenColumns {
  const n = tokens.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const pos = new Uint16Array(n);
  const chunk = new Uint16Array(n);
  const tags = new TagTable();
  const texts: Array<[number, string]> = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    starts[i] = t.start;
    ends[i] = t.end;
    pos[i] = tags.id(t.pos);
    chunk[i] = tags.id(t.chunk);
    if (t.text.length !== t.end - t.start || !text.startsWith(t.text, t.start)) texts.push([i, t.text]);
  }
  return { starts, ends, pos, chunk, tags: tags.names, texts };
}

function tokensOf(c: TokenColumns, text: string): Token[] {
  const written = new Map(c.texts);
  const out: Token[] = new Array(c.starts.length);
  for (let i = 0; i < out.length; i++) {
    const start = c.starts[i]!;
    const end = c.ends[i]!;
    const p = c.pos[i]!;
    const k = c.chunk[i]!;
    // One shape for every token (see taggedToken): the reading stages walk them all.
    out[i] = { start, end, text: written.get(i) ?? text.slice(start, end), pos: p ? c.tags[p - 1] : undefined, chunk: k ? c.tags[k - 1] : undefined };
  }
  return out;
}

function chunkColumns(chunks: readonly Chunk[]): ChunkColumns {
  const labels = new Uint16Array(chunks.length);
  const spans = new Int32Array(chunks.length * 4);
  const tags = new TagTable();
  chunks.forEach((ch, i) => {
    labels[i] = tags.id(ch.label);
    spans.set([ch.start, ch.end, ch.tokenStart, ch.tokenEnd], i * 4);
  });
  return { labels, tags: tags.names, spans };
}

function chunksOf(c: ChunkColumns): Chunk[] {
  const out: Chunk[] = new Array(c.labels.length);
  for (let i = 0; i < out.length; i++) {
    const s = c.spans;
    out[i] = { label: c.tags[c.labels[i]! - 1]!, start: s[i * 4]!, end: s[i * 4 + 1]!, tokenStart: s[i * 4 + 2]!, tokenEnd: s[i * 4 + 3]! };
  }
  return out;
}
