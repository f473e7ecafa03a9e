import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { DossierError } from '../core/errors.js';
import { readHtml } from '../ingest/html.js';
import { corpusScore, scorePage, type CorpusScore, type PageScore } from '../eval/ngram-overlap.js';

export interface HtmlEvalResult {
  readonly dataDir: string;
  readonly dossier: CorpusScore & { readonly ms: number };
  readonly readability: CorpusScore & { readonly ms: number };
  /** Pages where Dossier does worst, for looking at by hand. */
  readonly worst: ReadonlyArray<{ id: string; url?: string; dossier: PageScore; readability: PageScore }>;
}

interface GroundTruth {
  [id: string]: { articleBody: string; url?: string };
}

/**
 * Scores Dossier's HTML body extraction and plain Mozilla Readability (on the same linkedom DOM)
 * on the same pages in the same run. `limit` takes the first pages by id, for quick checks.
 */
export function evalHtml(dataDir: string, limit?: number): HtmlEvalResult {
  const truthPath = join(dataDir, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    throw new DossierError('DATA_MISSING', `${truthPath}: article-extraction ground truth not found (set DOSSIER_DATA or --data)`);
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as GroundTruth;
  const ids = Object.keys(truth).sort().slice(0, limit ?? undefined);
  const ours: PageScore[] = [];
  const theirs: PageScore[] = [];
  const perPage: { id: string; url?: string; dossier: PageScore; readability: PageScore }[] = [];
  let oursMs = 0;
  let theirsMs = 0;
  for (const id of ids) {
    const htmlPath = join(dataDir, 'html', `${id}.html.gz`);
    if (!existsSync(htmlPath)) continue;
    const html = gunzipSync(readFileSync(htmlPath)).toString('utf8');
    const gold = truth[id]!.articleBody;

    let t0 = performance.now();
    let predicted = '';
    try {
      predicted = readHtml(html, htmlPath).body;
    } catch (err) {
      if (!(err instanceof DossierError)) throw err;
    }
    oursMs += performance.now() - t0;

    t0 = performance.now();
    const plain = plainReadability(html);
    theirsMs += performance.now() - t0;

    const a = scorePage(predicted, gold);
    const b = scorePage(plain, gold);
    ours.push(a);
    theirs.push(b);
    perPage.push({ id, url: truth[id]!.url, dossier: a, readability: b });
  }
  const f = (s: PageScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
  return {
    dataDir,
    dossier: { ...corpusScore(ours), ms: oursMs },
    readability: { ...corpusScore(theirs), ms: theirsMs },
    worst: [...perPage].sort((x, y) => f(x.dossier) - f(y.dossier)).slice(0, 10),
  };
}

/** Mozilla Readability as a user would call it: parse, take textContent. */
export function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as globalThis.Document).parse();
  return parsed?.textContent ?? '';
}
