import { describe, expect, it } from 'vitest';
import { Document } from '../core/document.js';
import { checkPipeline, runPipeline } from './runner.js';
import type { Stage } from './stage.js';
import { INITIAL_LAYERS, pipelineStages, readingStages, TAGGED_LAYERS, taggingStages } from './registry.js';

const tokens: Stage = { name: 'tok', requires: [], assigns: ['tokens'], run: () => ({ tokens: [] }) };
const sentences: Stage = { name: 'sent', requires: ['tokens'], assigns: ['sentences'], run: () => ({ sentences: [] }) };

describe('pipeline runner', () => {
  it('the registered pipeline satisfies every declaration', () => {
    expect(() => checkPipeline(pipelineStages(), INITIAL_LAYERS)).not.toThrow();
  });

  it('splits into a tagging part that leaves TAGGED_LAYERS and a reading part that needs no more', () => {
    expect(checkPipeline(taggingStages(), INITIAL_LAYERS)).toEqual([...TAGGED_LAYERS]);
    expect(() => checkPipeline(readingStages(), TAGGED_LAYERS)).not.toThrow();
    expect([...taggingStages(), ...readingStages()].map((s) => s.name)).toEqual(pipelineStages().map((s) => s.name));
  });

  it('checkPipeline returns the layers the stages leave', () => {
    expect(checkPipeline([tokens, sentences], ['sections'])).toEqual(['sections', 'tokens', 'sentences']);
  });

  it('refuses a stage whose requirement no earlier stage assigns', () => {
    expect(() => checkPipeline([sentences, tokens], [])).toThrow(/requires layer "tokens"/);
  });

  it('refuses a stage that returns a layer it did not declare', () => {
    const liar: Stage = { name: 'liar', requires: [], assigns: ['tokens'], run: () => ({ tokens: [], sentences: [] }) };
    expect(() => runPipeline([liar], new Document('x'), { clean: true })).toThrow(/declared \[tokens\]/);
  });

  it('runs stages in order, times each, and never mutates the input document', () => {
    const doc = new Document('text');
    const { doc: out, timings } = runPipeline([tokens, sentences], doc, { clean: true });
    expect(timings.map((t) => t.stage)).toEqual(['tok', 'sent']);
    expect(out.has('sentences')).toBe(true);
    expect(doc.has('tokens')).toBe(false);
  });

  it('passes the reference date through the context', () => {
    let seen: string | undefined;
    const probe: Stage = { name: 'probe', requires: [], assigns: [], run: (_d, ctx) => ((seen = ctx.referenceDate), {}) };
    runPipeline([probe], new Document('x'), { clean: true, referenceDate: '2016-12-19' });
    expect(seen).toBe('2016-12-19');
  });
});
