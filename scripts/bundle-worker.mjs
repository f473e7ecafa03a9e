// Bundles the extraction worker (dist/app/extract-worker.js and everything it imports) into one
// file, dist/app/extract-worker.bundle.js, which worker threads load when it is there (see
// workerScript in src/app/extract-pool.ts). A worker thread starts with no modules loaded: read as
// ~150 separate ES modules, its imports took ~100 ms before its first article, as one file ~40 ms.
// Run by `npm run build` after tsc; the bundle sits in dist/app, two levels below the package root
// like every module it holds, so the paths they resolve from import.meta.url are unchanged.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const input = `${root}dist/app/extract-worker.js`;
if (!existsSync(input)) {
  console.error(`bundle-worker: ${input} is missing; run tsc first`);
  process.exit(1);
}
await build({
  input,
  platform: 'node',
  // A native addon is loaded where it is installed, never bundled.
  external: ['better-sqlite3'],
  output: { file: `${root}dist/app/extract-worker.bundle.js`, format: 'esm' },
  logLevel: 'warn',
});
