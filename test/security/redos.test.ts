import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { staticRegexes, captureRegExps, type FoundRegex } from './regex-inventory.js';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const example = fileURLToPath(new URL('../../examples/harbour-blast.txt', import.meta.url));

/** Patterns assembled at run time (word lists, joined alternatives), captured over real work. */
async function runtimeRegexes(): Promise<FoundRegex[]> {
  return captureRegExps(async () => {
    const { ExtractService } = await import('../../dist/app/extract-service.js');
    const { parseArticleText } = await import('../../dist/ingest/read-input.js');
    const service = new ExtractService();
    service.extractArticle(parseArticleText(readFileSync(example, 'utf8'), 'example'));
    const html = `<html><body><nav>Home</nav><article><h1>T</h1><p>${'Police said the fire was out. '.repeat(30)}</p>
      <p>Read more: other news</p></article><footer>Copyright</footer></body></html>`;
    service.extractArticle(parseArticleText(html, 'page.html', 'html'));
  });
}

/**
 * Seeded, and judged by step counts alone: recheck's fuzzer otherwise also stops a match that takes
 * too long in wall time (attack 1 s, incubation 250 ms) and calls the pattern vulnerable, which a busy
 * machine turns into false alarms on linear patterns. The overall timeout only ever gives "unknown".
 */
const CHECK_OPTIONS = { timeout: 20_000, randomSeed: 42, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

describe('regular expressions', () => {
  it('the checker itself catches an exponential and a polynomial pattern', () => {
    expect(checkSync('^(a+)+$', '', CHECK_OPTIONS).status).toBe('vulnerable');
    expect(checkSync(String.raw`^\w+\s*\w+\s*$`, '', CHECK_OPTIONS).status).toBe('vulnerable');
  });

  it('no regular expression in Dossier can backtrack catastrophically (recheck)', async () => {
    const all = [...staticRegexes(distDir), ...(await runtimeRegexes())];
    const unique = new Map<string, FoundRegex>();
    for (const r of all) unique.set(`/${r.source}/${r.flags}`, r);
    expect(unique.size).toBeGreaterThan(20);
    const vulnerable: string[] = [];
    for (const r of unique.values()) {
      const result = checkSync(r.source, r.flags.replace(/[gyd]/g, ''), CHECK_OPTIONS);
      if (result.status === 'vulnerable') {
        vulnerable.push(`${r.where}: /${r.source}/${r.flags} (${result.complexity?.type ?? ''}; attack ${JSON.stringify(result.attack?.pattern ?? '')})`);
      }
    }
    expect(vulnerable, vulnerable.join('\n')).toEqual([]);
  }, 600_000);
});
