import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { ErrorCodes } from '../../src/core/errors.js';
import { hasSharedFixtures, reportMissing, seedArticle, seedExpected } from '../helpers/shared-data.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-clean-'));
});

describe('dossier clean (built CLI)', () => {
  it('prints the cleaned text of the bundled example', () => {
    const res = runCli(['clean', 'examples/harbour-blast.txt']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout.startsWith('A car bomb exploded near the fish market')).toBe(true);
    for (const gone of ['By Staff Reporter', '.jpg', 'explosion2', 'mersin-governor', 'acrossthe', 'Read more', 'Share this', '  ']) {
      expect(res.stdout).not.toContain(gone);
    }
    expect(res.stdout).toContain('markets across the region');
    expect(res.stdout.match(/Smoke rises over the harbour after the explosion/g)).toHaveLength(1);
  });

  it('prints the edits, readable, with --diff', () => {
    const res = runCli(['clean', 'examples/harbour-blast.txt', '--diff']);
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^8 edits: /);
    expect(res.stdout).toMatch(/^\s*0-17\s+byline\s+"By Staff Reporter" -> ""$/m);
    expect(res.stdout).toMatch(/glued-words\s+"acrossthe" -> "across the"$/m);
    expect(res.stdout).toMatch(/slug\s+"mersin-governor-ali-hamza-gul-speaks-to-reporters-at-the-scene3\\n\\n" -> ""$/m);
    // Every offset names the text it says it replaced.
    const original = readFileSync('examples/harbour-blast.txt', 'utf8');
    for (const line of lines.slice(0, -1)) {
      const m = /^\s*(\d+)-(\d+)\s+\S+\s+(".*?") -> /.exec(line)!;
      const [start, end] = [Number(m[1]), Number(m[2])];
      if (start < end) expect(JSON.stringify(original.slice(start, end)).slice(0, 100)).toBe(m[3]!.slice(0, 100));
    }
  });

  it('prints text, edit log and sections as JSON with --json', () => {
    const res = runCli(['clean', 'examples/harbour-blast.txt', '--json']);
    const out = JSON.parse(res.stdout);
    expect(out.cleaning).toHaveLength(8);
    expect(out.sections.filter((s: { kind: string }) => s.kind === 'caption')).toHaveLength(2);
  });

  it('reads stdin and says so when there is nothing to clean', () => {
    const res = runCli(['clean', '-', '--diff'], { input: 'Police said two people were hurt.' });
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('no edits: the text is clean\n');
  });

  it('gives the same errors as extract', () => {
    writeFileSync(join(dir, 'blank.txt'), ' \n\t ');
    for (const [args, code, message] of [
      [['clean', join(dir, 'nope.txt')], 'NOT_FOUND', /nope\.txt: no such file/],
      [['clean', join(dir, 'blank.txt')], 'EMPTY_INPUT', /blank\.txt: input is empty/],
      [['clean', dir], 'USAGE', /is a folder/],
    ] as const) {
      const res = runCli([...args]);
      expect(res.status).toBe(ErrorCodes[code].exit);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toMatch(message);
    }
  });

  it('extract --no-clean keeps the raw text and logs no edit', () => {
    const raw = readFileSync('examples/harbour-blast.txt', 'utf8');
    const res = runCli(['extract', 'examples/harbour-blast.txt', '--json', '--no-clean']);
    expect(res.status).toBe(0);
    const record = JSON.parse(res.stdout);
    expect(record.cleaning).toEqual([]);
    expect(record.text).toBe(raw);
  });

  it.runIf(hasSharedFixtures())('cleans the seed of every artifact it lists, keeping what it must', () => {
    const expected = JSON.parse(readFileSync(seedExpected, 'utf8')).cleaning;
    const res = runCli(['extract', seedArticle, '--json']);
    const record = JSON.parse(res.stdout);
    for (const s of expected.must_not_contain) expect(record.text).not.toContain(s);
    for (const s of [...expected.must_contain, ...expected.must_keep_sentences]) expect(record.text).toContain(s);
    expect(record.cleaning.length).toBeGreaterThanOrEqual(6);
    const captions = record.sections.filter((s: { kind: string }) => s.kind === 'caption').map((s: { start: number; end: number }) => record.text.slice(s.start, s.end));
    expect(captions.some((c: string) => c.includes('Turkish security forces around the art gallery'))).toBe(true);
    expect(captions.every((c: string) => !c.includes('Mr Karlov was attending'))).toBe(true);
  });
  it.skipIf(hasSharedFixtures())('seed cleaning (skipped: ../shared missing)', () => reportMissing('../shared/fixtures'));
});
