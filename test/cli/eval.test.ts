import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { ErrorCodes } from '../../src/core/errors.js';
import { referenceDataPath } from '../../src/core/resources.js';
import { hasReferenceData, reportMissing } from '../helpers/shared-data.js';

const hasConll = hasReferenceData('conll2003/eng.testa');
if (!hasConll) reportMissing('conll2003/eng.testa (for the dossier eval tests)');

let dir: string;
let slice: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  if (!hasConll) return;
  // The first few documents of the development set, written to a temporary file (never into the repo).
  const text = readFileSync(referenceDataPath('conll2003', 'eng.testa'), 'utf8');
  const docs = text.split(/^(?=-DOCSTART-)/m).slice(0, 4);
  slice = join(dir, 'slice.conll');
  writeFileSync(slice, docs.join(''));
});

describe.skipIf(!hasConll)('dossier eval (built CLI, CoNLL slice)', () => {
  it('prints per-type and micro P/R/F1 beside compromise for NER', () => {
    const res = runCli(['eval', 'ner', '--data', slice, '--baseline']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^ner on .*slice\.conll: 4 documents, \d+ sentences, \d+ tokens/);
    expect(res.stdout).toMatch(/dossier\s+compromise/);
    for (const type of ['PER', 'ORG', 'LOC', 'MISC', 'micro']) {
      expect(res.stdout).toMatch(new RegExp(`^${type}\\s+\\d+\\.\\d\\d / \\d+\\.\\d\\d / \\d+\\.\\d\\d\\s+\\d+\\.\\d\\d / `, 'm'));
    }
    expect(res.stdout).toMatch(/^tokens\/s\s+\d+\s+\d+$/m);
  });

  it('reports scores as JSON, with an F1 well above chance on real text', () => {
    const res = runCli(['eval', 'ner', '--data', slice, '--json']);
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.systems).toHaveLength(1);
    const micro = report.systems[0].micro;
    expect(micro.f1).toBeGreaterThan(0.6);
    expect(micro.f1).toBeLessThanOrEqual(1);
    expect(report.systems[0].tokensPerSecond).toBeGreaterThan(0);
  });

  it('reports POS accuracy and chunk F1', () => {
    const pos = runCli(['eval', 'pos', '--data', slice]);
    expect(pos.status).toBe(0);
    expect(pos.stdout).toMatch(/^accuracy \(Penn\) %\s+\d+\.\d\d$/m);
    const chunk = runCli(['eval', 'chunk', '--data', slice]);
    expect(chunk.status).toBe(0);
    expect(chunk.stdout).toMatch(/^NP\s+\d+\.\d\d \/ /m);
  });
});

describe('dossier eval errors', () => {
  it('names a missing data file with DATA_MISSING', () => {
    const res = runCli(['eval', 'ner', '--data', join(dir, 'nope.conll')]);
    expect(res.status).toBe(ErrorCodes.DATA_MISSING.exit);
    expect(res.stderr).toMatch(/nope\.conll: evaluation data not found/);
  });

  it('rejects an unknown task with a usage error', () => {
    const res = runCli(['eval', 'sentiment']);
    expect(res.status).toBe(ErrorCodes.USAGE.exit);
    expect(res.stderr).toMatch(/unknown command 'sentiment'/);
  });

  it('rejects a file that is not CoNLL, naming the line', () => {
    const bad = join(dir, 'bad.conll');
    writeFileSync(bad, 'just some words\n');
    const res = runCli(['eval', 'pos', '--data', bad]);
    expect(res.status).toBe(ErrorCodes.USAGE.exit);
    expect(res.stderr).toMatch(/bad\.conll:1: expected 4 columns/);
  });
});
