import type { EntityType } from '../core/record.js';
import { refineType } from './entity-types.js';
import type { TagInput } from './tagger/input.js';
import { spansFromLabels } from './tagger/labels.js';
import type { NerTagger } from './tagger/ner-tagger.js';

/** A name found in one sentence: tokens [start, end) of that sentence. */
export interface SentenceMention {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/**
 * Runs NER over one document's sentences (inputs carrying POS and chunk hashes) and refines
 * the CoNLL types into the record's. Shared by the pipeline stage and `dossier eval ner`.
 */
export function findMentions(tagger: NerTagger, inputs: readonly TagInput[], words: readonly (readonly string[])[]): SentenceMention[] {
  const labels = tagger.tagDocument(inputs, words);
  const out: SentenceMention[] = [];
  labels.forEach((ids, k) => {
    const names = Array.from(ids, (id) => tagger.labels[id]!);
    for (const span of spansFromLabels(names)) {
      out.push({ sentence: k, start: span.start, end: span.end, type: refineType(span.type, words[k]!.slice(span.start, span.end)) });
    }
  });
  return out;
}
