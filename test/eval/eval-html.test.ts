import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hasReferenceData, reportMissing } from '../helpers/shared-data.js';
import { ErrorCodes } from '../../src/core/errors.js';

describe('dossier eval html (built CLI)', () => {
  it.runIf(hasReferenceData('article-extraction'))('prints Dossier and plain Readability figures side by side', () => {
    const res = runCli(['eval', 'html', '--limit', '4', '--json']);
    expect(res.status).toBe(0);
    const r = JSON.parse(res.stdout);
    expect(r.dossier.pages).toBe(4);
    expect(r.readability.pages).toBe(4);
    for (const s of [r.dossier, r.readability]) {
      expect(s.f1).toBeGreaterThan(0);
      expect(s.f1).toBeLessThanOrEqual(1);
    }
    const table = runCli(['eval', 'html', '--limit', '2']);
    expect(table.stdout).toMatch(/dossier\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/);
    expect(table.stdout).toMatch(/readability \(plain\)\s+\d\.\d{3}/);
  });
  it.skipIf(hasReferenceData('article-extraction'))('skipped: article-extraction data absent', () => reportMissing('article-extraction'));

  it('names the missing folder with DATA_MISSING', () => {
    const res = runCli(['eval', 'html', '--data', '/nonexistent/dir']);
    expect(res.status).toBe(ErrorCodes.DATA_MISSING.exit);
    expect(res.stderr).toMatch(/\/nonexistent\/dir\/ground-truth\.json: .*not found/);
  });
});
