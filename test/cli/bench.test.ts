import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/core/errors.js';
import { runCli } from '../helpers/cli.js';
import { hasReferenceData, reportMissing } from '../helpers/shared-data.js';

describe('dossier bench (built CLI)', () => {
  it('says DATA_MISSING, naming the folder, when the BBC articles are absent', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dossier-nodata-'));
    const res = runCli(['bench', '--articles', '3'], { env: { DOSSIER_DATA: empty } });
    expect(res.status).toBe(ErrorCodes.DATA_MISSING.exit);
    expect(res.stderr).toBe(`dossier: ${join(empty, 'bbc-news')}: reference data not found (set DOSSIER_DATA to the folder that holds it)\n`);
    expect(res.stdout).toBe('');
  });

  // Figures are not checked here (no timed tests): only that every part ran on the same articles.
  it.runIf(hasReferenceData('bbc-news'))('runs the three parts on the same articles and reports each', () => {
    const res = runCli(['bench', '--articles', '3', '--workers', '1', '--json']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.articles).toBe(3);
    expect(report.tokens).toBeGreaterThan(100);
    expect(report.rows.map((r: { name: string }) => r.name)).toEqual([
      'dossier pipeline (1 core, in-process)', 'compromise people/places/orgs (1 core)', 'dossier ingest -> SQLite + events (1 worker, pipeline split with the main thread)',
    ]);
    for (const r of report.rows) {
      expect(r.articles).toBe(3);
      expect(r.maxRssMb).toBeGreaterThan(10);
      expect(r.tokensPerSecond).toBeCloseTo(report.tokens / r.seconds, 3);
    }
  });
  it.skipIf(hasReferenceData('bbc-news'))('bench run (skipped: bbc-news missing)', () => reportMissing('../shared/data/bbc-news'));
});
