import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtTables, disableTableCache, sharedParts } from './shared-tables.js';

describe('shared tables', () => {
  it("records the code's own file among a built table's inputs, so a recompiled build never reads a stale table", () => {
    disableTableCache();
    const parts = sharedParts('test-code-stamp', () => ({ n: 1 }), () => ['/nonexistent/words.txt']);
    expect(parts).toEqual({ n: 1 });
    const inputs = builtTables().get('test-code-stamp')!.inputs.map((s) => s[0]);
    expect(inputs).toEqual(['/nonexistent/words.txt', fileURLToPath(new URL('./shared-tables.ts', import.meta.url))]);
  });
});
