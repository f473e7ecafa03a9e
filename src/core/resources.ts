import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DossierError } from './errors.js';

/**
 * Files that ship with Dossier: word lists under resources/ and trained weights under models/.
 * Paths resolve from this file, which sits two levels below the package root both in src/ and dist/.
 */
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export function packagePath(...parts: string[]): string {
  return resolve(packageRoot, ...parts);
}

/** Reference data (../shared/data by default; DOSSIER_DATA overrides): never shipped, only read. */
export function referenceDataDir(): string {
  return resolve(process.env.DOSSIER_DATA ?? resolve(packageRoot, '..', 'shared', 'data'));
}

export function referenceDataPath(...parts: string[]): string {
  return resolve(referenceDataDir(), ...parts);
}

/** Throws DATA_MISSING, naming the path and the setting, when reference data is absent. */
export function requireReferenceData(...parts: string[]): string {
  const p = referenceDataPath(...parts);
  if (!existsSync(p)) {
    throw new DossierError('DATA_MISSING', `${p}: reference data not found (set DOSSIER_DATA to the folder that holds it)`);
  }
  return p;
}

const lexiconCache = new Map<string, ReadonlySet<string>>();

/**
 * A word list from resources/lexicon/NAME.txt: one entry a line; a line starting with `#`, or the
 * rest of a line after " #", is a comment.
 * Read on first use and kept, so importing a module costs nothing.
 */
export function lexicon(name: string): ReadonlySet<string> {
  let set = lexiconCache.get(name);
  if (!set) {
    set = new Set(lexiconLines(name));
    lexiconCache.set(name, set);
  }
  return set;
}

/** Where word list `name` lives (resources/lexicon/NAME.txt). */
export function lexiconPath(name: string): string {
  return packagePath('resources', 'lexicon', `${name}.txt`);
}

export function lexiconLines(name: string): string[] {
  const path = lexiconPath(name);
  if (!existsSync(path)) throw new DossierError('DATA_MISSING', `${path}: word list "${name}" is missing from the package`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => stripComment(l).trim())
    .filter((l) => l.length > 0);
}

function stripComment(line: string): string {
  if (line.startsWith('#')) return '';
  const at = line.indexOf(' #');
  return at < 0 ? line : line.slice(0, at);
}
