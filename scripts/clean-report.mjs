#!/usr/bin/env node
// Counts what the cleaner changes on the BBC News set (../shared/data/bbc-news/*/NNN.txt, first line
// = title), by kind, with a sample of each kind in context, so a person can check by hand that it
// touches nothing but artifacts. Not part of `npm test`. Run after `npm run build`:
//
//   node scripts/clean-report.mjs [--sample N] [--data DIR]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cleanText } from '../dist/clean/clean-stage.js';
import { assembleArticle } from '../dist/ingest/article.js';
import { referenceDataPath } from '../dist/core/resources.js';

const args = process.argv.slice(2);
const sampleSize = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 8;
const dir = args.includes('--data') ? args[args.indexOf('--data') + 1] : referenceDataPath('bbc-news');
if (!existsSync(dir)) {
  console.error(`clean-report: ${dir}: BBC News data not found (set DOSSIER_DATA)`);
  process.exit(2);
}

const files = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => /^\d+\.txt$/.test(f)).map((f) => join(dir, d.name, f)))
  .sort();

const counts = new Map();
const samples = new Map();
const changedArticles = new Set();
let captions = 0;
const captionSamples = [];
let ms = 0;
let bytes = 0;
for (const file of files) {
  const raw = readFileSync(file, 'latin1');
  const nl = raw.indexOf('\n');
  const { text, sections } = assembleArticle({ title: raw.slice(0, nl), body: raw.slice(nl + 1), meta: {} });
  const t0 = performance.now();
  const result = cleanText(text, sections, true);
  ms += performance.now() - t0;
  bytes += text.length;
  for (const e of result.edits) {
    counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    // Whitespace-only repairs are counted, not sampled: they cannot change a word.
    if (e.kind === 'spaces') continue;
    changedArticles.add(file);
    const list = samples.get(e.kind) ?? [];
    samples.set(e.kind, list);
    const ctx = `${text.slice(Math.max(0, e.original.start - 40), e.original.start)}[${e.original.text}=>${e.replacement}]${text.slice(e.original.end, e.original.end + 40)}`;
    list.push(`${file.slice(dir.length + 1)}: ${ctx.replace(/\n/g, '⏎')}`);
  }
  for (const s of result.sections.filter((x) => x.kind === 'caption')) {
    captions++;
    captionSamples.push(`${file.slice(dir.length + 1)}: ${result.text.slice(s.start, s.end).slice(0, 120)}`);
  }
}

console.log(`${files.length} articles, ${(bytes / 1024).toFixed(0)} KiB; cleaning took ${(ms / files.length).toFixed(3)} ms an article on average`);
console.log(`articles with a non-whitespace edit: ${changedArticles.size}; caption sections: ${captions}`);
console.log('\nedits by kind:');
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(18)} ${n}`);
// A spread-out sample: every k-th of each kind.
const spread = (list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / sampleSize)) === 0).slice(0, sampleSize);
for (const [kind, list] of samples) {
  console.log(`\nsample of ${kind} (${list.length}):`);
  for (const s of spread(list)) console.log(`  ${s}`);
}
if (captionSamples.length) {
  console.log(`\nsample of captions (${captionSamples.length}):`);
  for (const s of spread(captionSamples)) console.log(`  ${s}`);
}
