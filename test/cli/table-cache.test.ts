import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

describe('built-table file (dist/tables.bin)', () => {
  it('is written by the build and gives the same record as building every table', () => {
    expect(existsSync(join(repoRoot, 'dist', 'tables.bin'))).toBe(true);
    const cached = runCli(['extract', '--json', 'examples/harbour-blast.txt']);
    const built = runCli(['extract', '--json', 'examples/harbour-blast.txt'], { env: { DOSSIER_TABLE_CACHE: 'off' } });
    expect(cached.status).toBe(0);
    expect(built.status).toBe(0);
    expect(JSON.parse(cached.stdout).event.who[0].text).toBeTruthy();
    expect(cached.stdout).toBe(built.stdout);
  });
});
