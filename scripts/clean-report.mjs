#!/usr/bin/env node
// Counts what the cleaner changes on the BBC News set (../shared/data/bbc-news/*/NNN.txt, first line
// = title), by kind, with a sample of each kind in context, so a person can check by hand that it
// touches nothing but artifacts. Not part of `npm test`. Run after `npm run build`:
//
//   node scripts/clean-report.mjs [--sample N] [--data DIR]
//   node scripts/clean-report.mjs --html     the same over the article-extraction pages (HTML read by ingest)
//   add --warm to clean every article once, untimed, first (JIT warm-up weighs on the 121 pages)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cleanText } from '../dist/clean/clean-stage.js';
import { assembleArticle } from '../dist/ingest/article.js';
import { referenceDataPath } from '../dist/core/resources.js';
import { readHtml } from '../dist/ingest/html.js';

const args = process.argv.slice(2);
const sampleSize = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 8;
const html = args.includes('--html');
const dir = args.includes('--data') ? args[args.indexOf('--data') + 1] : referenceDataPath(html ? 'article-extraction/html' : 'bbc-news');
if (!existsSync(dir)) {
  console.error(`clean-report: ${dir}: reference data not found (set DOSSIER_DATA)`);
  process.exit(2);
}

const files = html
  ? readdirSync(dir).filter((f) => f.endsWith('.html.gz')).map((f) => join(dir, f)).sort()
  : readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => /^\d+\.txt$/.test(f)).map((f) => join(dir, d.name, f)))
      .sort();

/** An article's parts: BBC files are a title line and the body; pages go through the HTML reader. */
function readArticle(file) {
  if (html) {
    try {
      return readHtml(gunzipSync(readFileSync(file)).toString('utf8'), file);
    } catch {
      return undefined;
    }
  }
  const raw = readFileSync(file, 'utf8');
  const nl = raw.indexOf('\n');
  // The body starts after the blank line under the title.
  return { title: raw.slice(0, nl), body: raw.slice(nl + 1).replace(/^\n+/, ''), meta: {} };
}

const counts = new Map();
const samples = new Map();
const changedArticles = new Set();
let captions = 0;
const captionSamples = [];
let ms = 0;
// CPU time beside wall time: on a shared, loaded machine wall time mostly measures the queue.
let cpuMs = 0;
let bytes = 0;
// Load the word lists before timing (once a process: reported apart).
const load0 = process.cpuUsage();
cleanText('Security forcesaround the gallery.', [], true);
const load = process.cpuUsage(load0);
// Read every article first, so the reader's garbage is not collected on cleaning's clock.
const articles = files.map((file) => [file, readArticle(file)]).filter(([, a]) => a);
if (args.includes('--warm')) for (const [, article] of articles) cleanText(assembleArticle(article).text, [], true);
for (const [file, article] of articles) {
  const { text, sections } = assembleArticle(article);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = cleanText(text, sections, true);
  const c = process.cpuUsage(c0);
  cpuMs += (c.user + c.system) / 1000;
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
    captionSamples.push(`${file.slice(dir.length + 1)}: ${result.text.slice(s.start, s.end).slice(0, 120).replace(/\n/g, '⏎')}`);
  }
}

console.log(`${articles.length} articles, ${(bytes / 1024).toFixed(0)} KiB; cleaning took ${(ms / files.length).toFixed(3)} ms an article on average (CPU ${(cpuMs / files.length).toFixed(3)} ms; ${(cpuMs / (bytes / 3072)).toFixed(3)} ms CPU per 3 KB)`);
console.log(`loading the word lists (once a process) took ${((load.user + load.system) / 1000).toFixed(0)} ms CPU`);
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
