import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';
import { referenceDataPath } from '../../core/resources.js';
import { readConll, type ConllDocument } from '../conll.js';
import { conllTypeOf } from '../entity-types.js';
import { chunkTagger, nerTagger, posTagger } from '../models.js';
import { findMentions, type SentenceMention } from '../ner-annotate.js';
import { makeInput, type TagInput } from '../tagger/input.js';
import { labelNames, spansFromIob, spansFromLabels, type LabelSpan } from '../tagger/labels.js';
import { compromiseCoarseTags, compromiseEntities, coarsePenn } from './compromise-baseline.js';
import { SpanScorer, type Prf } from './conlleval.js';

export type EvalTask = 'ner' | 'pos' | 'chunk';

export interface SystemScores {
  readonly system: string;
  /** NER and chunk: entity-level exact-match P/R/F1 per type and micro-averaged. */
  readonly perType?: Record<string, Prf>;
  readonly micro?: Prf;
  /** POS: exact Penn-tag accuracy (ours only) and coarse word-class accuracy (comparable with compromise). */
  readonly accuracy?: number;
  readonly coarseAccuracy?: number;
  readonly tokensPerSecond: number;
  /** Tokens per second of this process's CPU time: steadier than wall time on a shared machine. */
  readonly cpuTokensPerSecond?: number;
  readonly note?: string;
}

export interface EvalReport {
  readonly task: EvalTask;
  readonly data: string;
  readonly documents: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly systems: SystemScores[];
}

export const NER_EVAL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

export function defaultEvalData(): string {
  return referenceDataPath('conll2003', 'eng.testa');
}

/**
 * Scores our taggers (and, on request, compromise) on a CoNLL-2003 file. The tagger runs on the
 * file's own tokens; NER sees POS and chunk tags predicted by our taggers, as in the pipeline.
 * Speed is measured on a second pass over the data, after a warm-up pass, on one core.
 */
export function evaluate(task: EvalTask, data: string, baseline: boolean): EvalReport {
  if (!existsSync(data)) throw new DossierError('DATA_MISSING', `${data}: evaluation data not found (pass --data FILE or set DOSSIER_DATA)`);
  const docs = readConll(data);
  const sentences = docs.flatMap((d) => d.sentences);
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
  const systems: SystemScores[] = [];
  if (task === 'pos') systems.push(evalPos(docs, tokens));
  else if (task === 'chunk') systems.push(evalChunk(docs, tokens));
  else systems.push(evalNer(docs, tokens));
  if (baseline) systems.push(task === 'ner' ? baselineNer(docs, tokens) : task === 'pos' ? baselinePos(docs, tokens) : baselineChunk());
  return { task, data, documents: docs.length, sentences: sentences.length, tokens, systems };
}

/** Runs `fn` twice (warm-up, then timed) and returns the last result with tokens per second (wall and CPU). */
function timed<T>(tokens: number, fn: () => T): { result: T; tokensPerSecond: number; cpuTokensPerSecond: number } {
  fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  return { result, tokensPerSecond: tokens / Math.max(s, 1e-9), cpuTokensPerSecond: tokens / Math.max(cpuS, 1e-9) };
}

function posInputs(docs: ConllDocument[]): TagInput[][] {
  const pos = posTagger();
  return docs.map((d) => d.sentences.map((s) => {
    const input = makeInput(s.words);
    return { ...input, pos: pos.hashes(pos.tag(input)) };
  }));
}

function evalPos(docs: ConllDocument[], tokens: number): SystemScores {
  const pos = posTagger();
  const { result, tokensPerSecond, cpuTokensPerSecond } = timed(tokens, () => docs.map((d) => d.sentences.map((s) => pos.tag(makeInput(s.words)))));
  let right = 0;
  let coarse = 0;
  docs.forEach((d, k) => d.sentences.forEach((s, j) => {
    const ids = result[k]![j]!;
    s.pos.forEach((gold, i) => {
      const tag = pos.labels[ids[i]!]!;
      if (tag === gold) right++;
      if (coarsePenn(tag) === coarsePenn(gold)) coarse++;
    });
  }));
  return { system: 'dossier', accuracy: right / tokens, coarseAccuracy: coarse / tokens, tokensPerSecond, cpuTokensPerSecond };
}

function evalChunk(docs: ConllDocument[], tokens: number): SystemScores {
  const chunk = chunkTagger();
  const inputs = posInputs(docs);
  const { result, tokensPerSecond, cpuTokensPerSecond } = timed(tokens, () => inputs.map((d) => d.map((s) => chunk.tag(s))));
  const scorer = new SpanScorer();
  docs.forEach((d, k) => d.sentences.forEach((s, j) => {
    scorer.add(spansFromIob(s.chunk), spansFromLabels(labelNames(result[k]![j]!, chunk.labels)));
  }));
  return spanScores('dossier', scorer, [...scorer.byType.keys()].sort(), tokensPerSecond, 'POS tags from our tagger; speed of the chunker alone', cpuTokensPerSecond);
}

function evalNer(docs: ConllDocument[], tokens: number): SystemScores {
  const chunk = chunkTagger();
  const ner = nerTagger();
  const inputs = posInputs(docs).map((d) => d.map((s) => ({ ...s, chunk: chunk.hashes(chunk.tag(s)) })));
  const words = docs.map((d) => d.sentences.map((s) => s.words));
  const { result, tokensPerSecond, cpuTokensPerSecond } = timed(tokens, () => inputs.map((d, k) => findMentions(ner, d, words[k]!)));
  const scorer = new SpanScorer();
  docs.forEach((d, k) => {
    const bySentence = groupBySentence(result[k]!, d.sentences.length);
    d.sentences.forEach((s, j) => scorer.add(spansFromIob(s.ner), bySentence[j]!));
  });
  return spanScores('dossier', scorer, NER_EVAL_TYPES, tokensPerSecond, 'both passes, types mapped back to CoNLL; POS and chunk tags from our taggers', cpuTokensPerSecond);
}

function groupBySentence(mentions: readonly SentenceMention[], n: number): LabelSpan[][] {
  const out: LabelSpan[][] = Array.from({ length: n }, () => []);
  for (const m of mentions) out[m.sentence]!.push({ type: conllTypeOf(m.type), start: m.start, end: m.end });
  return out;
}

function baselineNer(docs: ConllDocument[], tokens: number): SystemScores {
  const sentences = docs.flatMap((d) => d.sentences);
  const t0 = performance.now();
  const predicted = sentences.map(compromiseEntities);
  const tokensPerSecond = tokens / ((performance.now() - t0) / 1000);
  const scorer = new SpanScorer();
  sentences.forEach((s, i) => scorer.add(spansFromIob(s.ner), predicted[i]!));
  return spanScores('compromise', scorer, NER_EVAL_TYPES, tokensPerSecond, 'people/places/organizations as PER/LOC/ORG; no MISC');
}

function baselinePos(docs: ConllDocument[], tokens: number): SystemScores {
  const sentences = docs.flatMap((d) => d.sentences);
  const t0 = performance.now();
  const predicted = sentences.map((s) => compromiseCoarseTags(s.words));
  const tokensPerSecond = tokens / ((performance.now() - t0) / 1000);
  let coarse = 0;
  sentences.forEach((s, j) => s.pos.forEach((gold, i) => { if (predicted[j]![i] === coarsePenn(gold)) coarse++; }));
  return { system: 'compromise', coarseAccuracy: coarse / tokens, tokensPerSecond, note: 'its tags are not Penn tags: only coarse classes compared' };
}

function baselineChunk(): SystemScores {
  return { system: 'compromise', tokensPerSecond: 0, note: 'no chunker comparable with CoNLL chunks: not compared' };
}

function spanScores(system: string, scorer: SpanScorer, types: readonly string[], tokensPerSecond: number, note: string, cpuTokensPerSecond?: number): SystemScores {
  const perType: Record<string, Prf> = {};
  for (const t of types) perType[t] = scorer.typeScore(t);
  return { system, perType, micro: scorer.micro(), tokensPerSecond, cpuTokensPerSecond, note };
}
