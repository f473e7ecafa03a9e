import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/resources.js';
import { DossierError } from '../../core/errors.js';
import { placeKey } from './place-key.js';

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
}

interface CountryFile {
  countries: Country[];
}

let index: { byKey: Map<string, Country>; byCode: Map<string, Country> } | undefined;

/** Countries by folded name and by ISO code (resources/geo/countries.json, built by build-countries.mjs). */
export function countryIndex(): { byKey: ReadonlyMap<string, Country>; byCode: ReadonlyMap<string, Country> } {
  if (!index) {
    const path = packagePath('resources', 'geo', 'countries.json');
    let file: CountryFile;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as CountryFile;
    } catch (err) {
      throw new DossierError('DATA_MISSING', `${path}: country list missing or unreadable`, { cause: err });
    }
    const byKey = new Map<string, Country>();
    const byCode = new Map<string, Country>();
    for (const c of file.countries) {
      byCode.set(c.code, c);
      for (const n of c.names) if (!byKey.has(placeKey(n))) byKey.set(placeKey(n), c);
    }
    index = { byKey, byCode };
  }
  return index;
}
