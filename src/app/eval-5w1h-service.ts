import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../core/errors.js';
import type { DossierEvent } from '../core/record.js';
import { packagePath, requireReferenceData } from '../core/resources.js';
import { isoDate } from '../ingest/dates.js';
import type { RawArticle } from '../ingest/article.js';
import { isCorrect, QUESTIONS, type CodedPhrase, type Question } from '../eval/five-w-metric.js';
import { titleSplitBaseline } from '../eval/five-w-baseline.js';
import { FIGURES, isFigureCorrect, parseCodedCasualties, type CodedCasualties, type Figure } from '../eval/casualty-metric.js';
import { ExtractService } from './extract-service.js';

/** One Giveme5W1H gold-standard article, as its JSON file holds it. */
interface GoldArticle {
  readonly file: string;
  readonly category: string;
  readonly title: string;
  readonly description?: string;
  readonly text: string;
  readonly published?: string;
  readonly coded: Record<Question, readonly CodedPhrase[]>;
  /** Killed and injured coded by hand (our own articles; Giveme5W1H has none). */
  readonly casualties?: CodedCasualties;
}

export type Answers = Record<Question, string | null>;

export interface ArticleResult {
  readonly file: string;
  readonly category: string;
  readonly heldOut: boolean;
  readonly system: Answers;
  readonly baseline: Answers;
  readonly systemCorrect: Record<Question, boolean>;
  readonly baselineCorrect: Record<Question, boolean>;
  /** The system's killed and injured minimums and maximums, and whether each matches the coding (coded articles only). */
  readonly casualties?: {
    readonly system: Record<Figure, { min: number; max?: number } | null>;
    readonly correct: Record<Figure, boolean>;
  };
}

/** Share of the coded articles whose killed / injured figure is right. */
export interface CasualtyScores {
  readonly articles: number;
  readonly killed: number;
  readonly injured: number;
}

export interface Scores {
  readonly articles: number;
  readonly perQuestion: Record<Question, number>;
  /** who, what, when, where together. */
  readonly fourW: number;
  readonly all: number;
}

export interface Eval5w1hReport {
  readonly dir: string;
  readonly system: Scores;
  readonly baseline: Scores;
  readonly heldOutCategories: readonly string[];
  readonly heldOut: { system: Scores; baseline: Scores } | null;
  /** Over the articles with hand-coded killed/injured figures; null when none has them. */
  readonly casualties: CasualtyScores | null;
  readonly results: readonly ArticleResult[];
}

/** Categories (whole event clusters) kept out of tuning, so their figure shows whether we over-fit. */
export function heldOutCategories(): string[] {
  const raw = JSON.parse(readFileSync(packagePath('resources', 'event', 'tuning-split.json'), 'utf8')) as { heldOut: string[] };
  return raw.heldOut;
}

export function loadGoldArticles(dir: string): GoldArticle[] {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new DossierError('USAGE', `${dir}: not a folder of Giveme5W1H JSON files`);
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('NOT_FOUND', `${dir}: folder not found`);
  }
  if (files.length === 0) throw new DossierError('DATA_MISSING', `${dir}: no .json articles in this folder`);
  return files.map((file) => {
    const path = join(dir, file);
    let d: Record<string, unknown>;
    try {
      d = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch {
      throw new DossierError('INVALID_JSON', `${path}: not valid JSON`);
    }
    const fw = d.fiveWoneH as Record<string, { annotated?: CodedPhrase[] }> | undefined;
    if (!fw || typeof d.text !== 'string') throw new DossierError('INVALID_JSON', `${path}: not a Giveme5W1H article (no text or fiveWoneH)`);
    const coded = Object.fromEntries(QUESTIONS.map((q) => [q, fw[q]?.annotated ?? []])) as Record<Question, CodedPhrase[]>;
    const casualties = d.casualties === undefined ? undefined : parseCodedCasualties(d.casualties);
    if (typeof casualties === 'string') throw new DossierError('INVALID_JSON', `${path}: ${casualties}`);
    return {
      file,
      category: typeof d.category === 'string' ? d.category : '(none)',
      title: typeof d.title === 'string' ? d.title : '',
      description: typeof d.description === 'string' ? d.description : undefined,
      text: d.text,
      published: isoDate(typeof d.date_publish === 'string' ? d.date_publish : undefined),
      coded,
      ...(casualties ? { casualties } : {}),
    };
  });
}

export function eventAnswers(e: DossierEvent): Answers {
  return {
    who: e.who[0]?.text ?? null,
    what: e.what?.text ?? null,
    when: e.when?.text ?? null,
    where: e.where[0]?.text ?? null,
    why: e.why?.text ?? null,
    how: e.how?.text ?? null,
  };
}

function score(results: readonly ArticleResult[], key: 'systemCorrect' | 'baselineCorrect'): Scores {
  const n = results.length || 1;
  const perQuestion = Object.fromEntries(
    QUESTIONS.map((q) => [q, results.filter((r) => r[key][q]).length / n]),
  ) as Record<Question, number>;
  const mean = (qs: readonly Question[]) => qs.reduce((s, q) => s + perQuestion[q], 0) / qs.length;
  return { articles: results.length, perQuestion, fourW: mean(['who', 'what', 'when', 'where']), all: mean(QUESTIONS) };
}

/**
 * Runs the whole pipeline over the Giveme5W1H articles (title, description as lead, text as body,
 * publication date as the reference date) and scores the event's top answers and the baseline's.
 */
export class Eval5w1hService {
  constructor(private readonly extractor: ExtractService = new ExtractService()) {}

  /** `only` keeps the articles of some categories (the tuning script scores the non-held-out ones). */
  run(dir?: string, only?: (category: string, heldOut: boolean) => boolean): Eval5w1hReport {
    const folder = dir ?? requireReferenceData('giveme5w1h', 'train');
    const held = new Set(heldOutCategories());
    const articles = loadGoldArticles(folder).filter((a) => !only || only(a.category, held.has(a.category)));
    const results: ArticleResult[] = articles.map((a) => {
      const raw: RawArticle = {
        title: a.title,
        lead: a.description,
        body: a.text,
        meta: { title: a.title, published: a.published, origin: join(folder, a.file), format: 'json' },
      };
      const { record } = this.extractor.extractArticle(raw);
      const system = eventAnswers(record.event);
      const baseline = titleSplitBaseline(a.title);
      const judge = (ans: Answers) =>
        Object.fromEntries(QUESTIONS.map((q) => [q, isCorrect(ans[q], a.coded[q])])) as Record<Question, boolean>;
      const figures = record.event.casualties;
      const stated = (c: { min: number; max?: number } | null) => (c ? { min: c.min, ...(c.max !== undefined ? { max: c.max } : {}) } : null);
      return {
        file: a.file, category: a.category, heldOut: held.has(a.category),
        system, baseline, systemCorrect: judge(system), baselineCorrect: judge(baseline),
        ...(a.casualties
          ? {
              casualties: {
                system: { killed: stated(figures.killed), injured: stated(figures.injured) },
                correct: Object.fromEntries(FIGURES.map((f) => [f, isFigureCorrect(figures[f], a.casualties![f])])) as Record<Figure, boolean>,
              },
            }
          : {}),
      };
    });
    const heldResults = results.filter((r) => r.heldOut);
    return {
      dir: folder,
      system: score(results, 'systemCorrect'),
      baseline: score(results, 'baselineCorrect'),
      heldOutCategories: [...held],
      heldOut: heldResults.length
        ? { system: score(heldResults, 'systemCorrect'), baseline: score(heldResults, 'baselineCorrect') }
        : null,
      casualties: casualtyScores(results),
      results,
    };
  }
}

function casualtyScores(results: readonly ArticleResult[]): CasualtyScores | null {
  const coded = results.filter((r) => r.casualties);
  if (coded.length === 0) return null;
  const share = (f: Figure) => coded.filter((r) => r.casualties!.correct[f]).length / coded.length;
  return { articles: coded.length, killed: share('killed'), injured: share('injured') };
}
