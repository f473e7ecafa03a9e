import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { referenceDataDir } from '../../src/core/resources.js';
import { repoRoot } from './cli.js';

/** ../shared, where fixtures and reference data live beside the repo (never copied into it). */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const seedArticle = resolve(sharedDir, 'fixtures', 'seed-ankara', 'article.txt');
export const seedExpected = resolve(sharedDir, 'fixtures', 'seed-ankara', 'expected.json');

export function hasSharedFixtures(): boolean {
  return existsSync(seedArticle);
}

export function hasReferenceData(sub: string): boolean {
  return existsSync(resolve(referenceDataDir(), sub));
}

/** Says once, plainly, why a suite is skipped. */
export function reportMissing(what: string): void {
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED: ${what} not found (set DOSSIER_DATA or put ../shared beside the repo)`);
}
