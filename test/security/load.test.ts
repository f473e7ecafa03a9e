import { describe, expect, it } from 'vitest';
import { runLoad } from '../../src/app/load-service.js';

/**
 * The short form of `dossier bench load`: the built `dossier serve` under a few hundred requests
 * (extract, extract and save, health, search). No timing is asserted, only that every answer is
 * 2xx, nothing errs, the record stays the same and the server's memory stays bounded.
 */
describe('dossier serve under load (short run)', () => {
  it('answers every request, keeps its record and its memory bounded', async () => {
    const report = await runLoad({ requests: 10, warmup: 5, maxSeconds: 60, maxGrowthMb: 64 });
    expect(report.problems).toEqual([]);
    expect(report.scenarios.map((s) => s.name)).toEqual(['POST /api/extract', 'POST /api/extract save', 'GET /api/health', 'GET /api/records?q=']);
    for (const s of report.scenarios) {
      expect({ name: s.name, errors: s.errors, timeouts: s.timeouts, non2xx: s.non2xx, cutShort: s.cutShort }).toEqual({ name: s.name, errors: 0, timeouts: 0, non2xx: 0, cutShort: false });
      expect(s.requests).toBeGreaterThanOrEqual(s.connections);
    }
    expect(report.searchHits).toBeGreaterThan(0);
    expect(report.sameRecord).toBe(true);
    if (process.platform === 'linux') {
      expect(report.rss.warm).toBeGreaterThan(0);
      expect(report.rss.growth!).toBeLessThan(64);
    }
  }, 180_000);
});
