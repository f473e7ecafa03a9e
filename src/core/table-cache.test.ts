import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsUnchanged, readTableCache, stampInputs, writeTableCache } from './table-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-table-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('table cache file', () => {
  it('reads back every kind of part, the arrays as views of one SharedArrayBuffer', () => {
    const backing = Int32Array.from([9, 8, 7, 6, 5]);
    const parts = {
      size: 3,
      labels: ['B-PER', 'O'],
      nested: { ints: Int32Array.from([1, -2, 3]), view: backing.subarray(1, 4), bytes: Uint8Array.from([255, 0, 7]) },
      list: [{ f32: Float32Array.from([0.5, -1.25]), f64: Float64Array.from([Math.PI]) }, { u16: Uint16Array.from([65535]), u32: Uint32Array.from([4e9]) }],
      buf: Buffer.from('Ankara', 'utf8'),
      none: undefined,
    };
    const path = join(dir, 'tables.bin');
    writeTableCache(path, new Map([['t', { inputs: [['/x', 1, 2]], parts }]]));
    const back = readTableCache(path)!.get('t')!;
    expect(back.inputs).toEqual([['/x', 1, 2]]);
    const p = back.parts as typeof parts;
    expect(p.size).toBe(3);
    expect(p.labels).toEqual(['B-PER', 'O']);
    expect(Array.from(p.nested.ints)).toEqual([1, -2, 3]);
    expect(Array.from(p.nested.view)).toEqual([8, 7, 6]);
    expect(Array.from(p.nested.bytes)).toEqual([255, 0, 7]);
    expect(Array.from(p.list[0]!.f32)).toEqual([0.5, -1.25]);
    expect(Array.from(p.list[0]!.f64)).toEqual([Math.PI]);
    expect(Array.from(p.list[1]!.u16)).toEqual([65535]);
    expect(Array.from(p.list[1]!.u32)).toEqual([4e9]);
    expect(Buffer.isBuffer(p.buf) && p.buf.toString('utf8')).toBe('Ankara');
    expect(p.nested.ints).toBeInstanceOf(Int32Array);
    expect(p.list[0]!.f64.byteOffset % 8).toBe(0);
    expect(p.nested.ints.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(p.nested.ints.buffer).toBe(p.list[1]!.u16.buffer);
    expect('none' in p).toBe(false);
  });

  it('gives nothing for a missing, foreign or cut-short file', () => {
    expect(readTableCache(join(dir, 'absent.bin'))).toBeUndefined();
    writeFileSync(join(dir, 'foreign.bin'), 'not a table file at all');
    expect(readTableCache(join(dir, 'foreign.bin'))).toBeUndefined();
    const path = join(dir, 'whole.bin');
    writeTableCache(path, new Map([['t', { inputs: [], parts: { a: Int32Array.from([1, 2, 3, 4]) } }]]));
    writeFileSync(join(dir, 'cut.bin'), readFileSync(path).subarray(0, 20));
    expect(readTableCache(join(dir, 'cut.bin'))).toBeUndefined();
  });

  it('tells when a table\'s input files changed since it was built', () => {
    const input = join(dir, 'words.txt');
    writeFileSync(input, 'alpha\nbeta\n');
    utimesSync(input, 1_700_000_000, 1_700_000_000);
    const stamps = stampInputs([input, join(dir, 'never-written.txt')]);
    expect(stamps[1]![1]).toBe(-1);
    expect(inputsUnchanged(stamps)).toBe(true);
    writeFileSync(input, 'alpha\ngamma\n'); // same size, new mtime
    expect(inputsUnchanged(stamps)).toBe(false);
    writeFileSync(join(dir, 'never-written.txt'), '');
    utimesSync(input, 1_700_000_000, 1_700_000_000);
    expect(inputsUnchanged(stamps)).toBe(false);
  });
});
