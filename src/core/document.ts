import type { Layers, LayerName } from './layers.js';
import { DossierError } from './errors.js';
import { fromColumns, toColumns, type LayerColumns } from './layer-columns.js';

/** What is known about an article apart from its text. */
export interface DocumentMeta {
  readonly url?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly byline?: string;
  /** ISO date (YYYY-MM-DD) the article was published, when it says. */
  readonly published?: string;
  /** Where the text came from: a path, a URL or "-" for stdin. */
  readonly origin?: string;
  /** The input format: text, html, json. */
  readonly format?: 'text' | 'html' | 'json';
}

/**
 * A document as plain data, to hand to another thread (structured clone) and rebuild there; its
 * tokens and chunks as columns (see layer-columns.ts).
 */
export interface DocumentParts {
  readonly text: string;
  readonly original: string;
  readonly meta: DocumentMeta;
  readonly layers: LayerColumns;
}

/**
 * One article: an immutable text and layers of annotations over it (spaCy's Doc).
 * Stages never mutate a Document; `withLayers` returns a new one.
 * `original` is the text before cleaning: layers.cleaning maps offsets between the two.
 */
export class Document {
  readonly text: string;
  readonly original: string;
  readonly meta: DocumentMeta;
  private readonly layerMap: Partial<Layers>;

  constructor(text: string, meta: DocumentMeta = {}, layers: Partial<Layers> = {}, original?: string) {
    this.text = text;
    this.original = original ?? text;
    this.meta = meta;
    this.layerMap = Object.freeze({ ...layers });
  }

  has(name: LayerName): boolean {
    return this.layerMap[name] !== undefined;
  }

  /** The layer, or a DossierError when a stage asks for one nobody assigned (a pipeline bug). */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.layerMap[name];
    if (layer === undefined) throw new DossierError('INTERNAL', `layer "${name}" has not been assigned`);
    return layer as Layers[K];
  }

  /** The layer, or undefined. */
  maybe<K extends LayerName>(name: K): Layers[K] | undefined {
    return this.layerMap[name] as Layers[K] | undefined;
  }

  get layers(): Readonly<Partial<Layers>> {
    return this.layerMap;
  }

  withLayers(layers: Partial<Layers>): Document {
    return new Document(this.text, this.meta, { ...this.layerMap, ...layers }, this.original);
  }

  toParts(): DocumentParts {
    return { text: this.text, original: this.original, meta: this.meta, layers: toColumns(this.layerMap, this.text) };
  }

  static fromParts(p: DocumentParts): Document {
    return new Document(p.text, p.meta, fromColumns(p.layers, p.text), p.original);
  }

  /** A new document over a rewritten text (cleaning). Layers over the old text are dropped, except `keep`. */
  withText(text: string, layers: Partial<Layers>): Document {
    return new Document(text, this.meta, layers, this.original);
  }
}
