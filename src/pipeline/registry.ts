import type { AnyStage } from './stage.js';
import type { LayerName } from '../core/layers.js';
import { cleanStage } from '../clean/clean-stage.js';
import { sentencesStage, tokensStage } from '../nlp/tokens-stage.js';
import { createPosStage } from '../nlp/pos-stage.js';
import { createChunkStage } from '../nlp/chunk-stage.js';
import { createNerStage } from '../nlp/ner-stage.js';
import { eventStage } from '../extract/event/event-stage.js';
import { entitiesStage } from '../nlp/coref/entities-stage.js';
import { geocodeStage } from '../nlp/geo/geocode-stage.js';
import { timesStage } from '../nlp/times/times-stage.js';
import { quantitiesStage } from '../nlp/quantities/quantities-stage.js';
import { quotesStage } from '../extract/quotes/stage.js';
import { hedgesStage } from '../extract/hedges/stage.js';
import { attributionsStage, reportsStage } from '../extract/attribution/stage.js';

/** Layers a document has before the pipeline runs (set by ingest). */
export const INITIAL_LAYERS: readonly LayerName[] = ['sections'];

/**
 * Layers a document has after the tagging stages: what the reading stages start from when the two
 * parts run apart (checkPipeline over taggingStages() gives the same; a test holds them together).
 */
export const TAGGED_LAYERS: readonly LayerName[] = ['sections', 'cleaning', 'tokens', 'sentences', 'chunks', 'mentions'];

/**
 * The pipeline: every stage, in the order it runs. This list (the tagging stages, then the reading
 * stages) is the only place that order lives. Stages that need trained models are built from them
 * here, once, by the caller.
 *
 * Order and what each assigns:
 *   clean (text, cleaning, sections) -> tokens -> sentences
 *   -> pos (tokens with .pos) -> chunk (tokens with .chunk, chunks) -> ner (mentions)
 *   -> entities (coreference: entities) -> geocode (entities with geo)
 *   -> times -> quantities
 *   -> reports (cues of saying with source and content) -> quotes (direct, and the reports of speech)
 *   -> hedges -> attributions (the reports, each with its direct quote; reads the hedges)
 *   -> event
 */
export function pipelineStages(): AnyStage[] {
  return [...taggingStages(), ...readingStages()];
}

/**
 * The first part: cleaning, tokens, sentences and the three taggers, which read the words and
 * hold the models. Split here, the two parts can run in two threads (see extract-pool.ts): about
 * half the work each, and each thread compiles only its own part's code.
 */
export function taggingStages(): AnyStage[] {
  return [
    cleanStage,
    tokensStage,
    sentencesStage,
    createPosStage(),
    createChunkStage(),
    createNerStage(),
  ];
}

/** The rest, over a tagged document: entities, times, quantities, attribution and the event. */
export function readingStages(): AnyStage[] {
  return [
    // entities: coreference, geocode, times, quantities
    entitiesStage,
    geocodeStage,
    timesStage,
    quantitiesStage,
    // attribution: reports, quotes, hedges, attributions
    reportsStage,
    quotesStage,
    hedgesStage,
    attributionsStage,
    // event
    eventStage(),
  ];
}
