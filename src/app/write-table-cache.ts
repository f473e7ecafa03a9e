/**
 * `npm run build`'s last step: builds every shared table from its inputs and writes them to
 * dist/tables.bin (see core/table-cache.ts), which later processes read instead of building them.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { builtTables, disableTableCache, tableCachePath } from '../core/shared-tables.js';
import { writeTableCache } from '../core/table-cache.js';
import { pipelineTables } from './pipeline-tables.js';

disableTableCache();
pipelineTables();
const tables = builtTables();
const path = tableCachePath();
writeTableCache(path, tables);
process.stdout.write(`${relative(process.cwd(), path)}: ${tables.size} tables, ${(statSync(path).size / 1e6).toFixed(1)} MB\n`);
