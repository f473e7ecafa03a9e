import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestService, type IngestProgress } from '../../src/app/ingest-service.js';
import type { DossierRecord } from '../../src/core/record.js';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';

function feed(dir: string): string {
  const path = join(dir, 'feed.jsonl');
  const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ title: `Notice ${i}`, text: `The harbour office in Portmere posted notice ${i} on Monday about berth ${i}.` }));
  // Line 13 repeats line 1 exactly: same raw input, skipped without extraction.
  writeFileSync(path, `${lines.join('\n')}\n${lines[0]}\n{"title": "no body"}\n`);
  return path;
}

describe('IngestService', () => {
  for (const workers of [0, 1]) {
    it(`stores each article once, reports bad rows, and hands stored records on (${workers} workers)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-svc-'));
      const repo = SqliteRepository.open(join(dir, 's.db'));
      await repo.migrate();
      const handed: DossierRecord[] = [];
      const seen: IngestProgress[] = [];
      try {
        const summary = await new IngestService(repo).ingest([feed(dir)], {
          workers, batchSize: 5, onStored: (records) => void handed.push(...records), onProgress: (p) => seen.push(p),
        });
        expect(summary).toMatchObject({ files: 1, stored: 12, skipped: 1, repeated: 1, failed: 1, workers });
        expect(summary.failures[0]!.message).toMatch(/feed\.jsonl:line 14: not an article object/);
        expect(handed.map((r) => r.source.title).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Notice ${i}`).sort());
        expect(await repo.countRecords()).toBe(12);
        const last = seen.at(-1)!;
        expect(last).toMatchObject({ done: 14, stored: 12, skipped: 1, failed: 1 });
        expect(last.bytesDone).toBe(last.bytesTotal);

        const again = await new IngestService(repo).ingest([feed(dir)], { workers });
        expect(again).toMatchObject({ stored: 0, skipped: 13, repeated: 0, failed: 1 });
      } finally {
        await repo.close();
      }
    });
  }
});
