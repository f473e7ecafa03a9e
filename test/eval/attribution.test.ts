import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hasReferenceData, reportMissing } from '../helpers/shared-data.js';
import { ErrorCodes } from '../../src/core/errors.js';

const hasPolnear = hasReferenceData('polnear/dev');
if (!hasPolnear) reportMissing('polnear/dev (PolNeAR attribution data)');

describe('dossier eval attribution', () => {
  it.runIf(hasPolnear)('scores a few PolNeAR dev files: span and pair P/R/F1 in [0, 1]', () => {
    const res = runCli(['eval', 'attribution', '--limit', '3', '--json']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.annotations).toBe(3);
    for (const k of ['source', 'cue', 'content', 'pair']) {
      for (const m of ['precision', 'recall', 'f1']) {
        expect(report[k][m]).toBeGreaterThanOrEqual(0);
        expect(report[k][m]).toBeLessThanOrEqual(1);
      }
      expect(report.counts[k].gold).toBeGreaterThan(0);
    }
    // The rules find a good share of what the annotators marked even on three articles.
    expect(report.pair.f1).toBeGreaterThan(0.3);
  });

  it.runIf(hasPolnear)('prints a readable table without --json', () => {
    const res = runCli(['eval', 'attribution', '--limit', '2']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^pair\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d$/m);
  });

  it('names the missing folder with DATA_MISSING', () => {
    const res = runCli(['eval', 'attribution', '--data', '/nonexistent/polnear/dev']);
    expect(res.status).toBe(ErrorCodes.DATA_MISSING.exit);
    expect(res.stderr).toMatch(/\/nonexistent\/polnear\/dev.*not found/);
    expect(res.stdout).toBe('');
  });

  it('refuses a bad --limit as USAGE', () => {
    const res = runCli(['eval', 'attribution', '--limit', 'lots']);
    expect(res.status).toBe(ErrorCodes.USAGE.exit);
  });
});
