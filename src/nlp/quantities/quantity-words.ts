import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/resources.js';
import { DossierError } from '../../core/errors.js';
import type { QuantityKind } from '../../core/layers.js';

export type Bound = 'min' | 'above' | 'max' | 'below' | 'approx';

interface QuantityFile {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  gluedMultipliers: Record<string, number>;
  vague: { phrase: string; min: number; max?: number; of: boolean }[];
  bounds: { phrase: string; bound: Bound }[];
  unitKinds: Record<string, QuantityKind>;
  currencySymbols: string;
  currencyWords: string[];
  ageCues: string[];
  notUnits: string[];
  unitAdjectives: string[];
  notCountBefore: string[];
}

/** resources/quantities.json, parsed once, with its phrases split into words for token matching. */
export interface QuantityWords {
  readonly units: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  /** Abbreviations written onto the number: "£11bn", "$5m". */
  readonly gluedMultipliers: ReadonlyMap<string, number>;
  readonly vague: readonly { words: string[]; min: number; max?: number; of: boolean }[];
  readonly bounds: readonly { words: string[]; bound: Bound }[];
  readonly unitKinds: ReadonlyMap<string, QuantityKind>;
  readonly currencySymbols: string;
  /** Currency codes and abbreviations written before a sum: "Rs 50,000", "KSh 200", "US$ 5". */
  readonly currencyWords: ReadonlySet<string>;
  readonly ageCues: readonly string[][];
  readonly notUnits: ReadonlySet<string>;
  readonly unitAdjectives: ReadonlySet<string>;
  readonly notCountBefore: ReadonlySet<string>;
  /** Lowercase words that may open a quantity (number words, "a", first words of vague amounts). */
  readonly starters: ReadonlySet<string>;
}

let cached: QuantityWords | undefined;

export function quantityWords(): QuantityWords {
  if (cached) return cached;
  const path = packagePath('resources', 'quantities.json');
  let f: QuantityFile;
  try {
    f = JSON.parse(readFileSync(path, 'utf8')) as QuantityFile;
  } catch (err) {
    throw new DossierError('DATA_MISSING', `${path}: quantity word list missing or unreadable`, { cause: err });
  }
  const split = (p: string) => p.split(/\s+/);
  const byLength = <T extends { words: string[] }>(xs: T[]) => xs.sort((a, b) => b.words.length - a.words.length);
  cached = {
    units: new Map(Object.entries(f.units)),
    multipliers: new Map(Object.entries(f.multipliers)),
    gluedMultipliers: new Map(Object.entries(f.gluedMultipliers)),
    vague: byLength(f.vague.map((v) => ({ ...v, words: split(v.phrase) }))),
    bounds: byLength(f.bounds.map((b) => ({ bound: b.bound, words: split(b.phrase) }))),
    unitKinds: new Map(Object.entries(f.unitKinds)),
    currencySymbols: f.currencySymbols,
    currencyWords: new Set(f.currencyWords),
    ageCues: f.ageCues.map(split),
    notUnits: new Set(f.notUnits),
    unitAdjectives: new Set(f.unitAdjectives),
    notCountBefore: new Set(f.notCountBefore),
    starters: new Set(['a', ...Object.keys(f.units), ...Object.keys(f.multipliers), ...f.vague.map((v) => split(v.phrase)[0]!)]),
  };
  return cached;
}
