import { DossierError } from '../core/errors.js';
import type { Section } from '../core/layers.js';
import type { CleaningEdit } from '../core/record.js';
import { assembleArticle, type RawArticle } from '../ingest/article.js';
import { readInput, type ReadOptions } from '../ingest/read-input.js';
import { cleanText } from './clean-stage.js';

/** An article cleaned on its own: what `dossier clean` prints. */
export interface CleanedArticle {
  /** The text before cleaning (title, lead and body joined, as `extract` joins them). */
  readonly original: string;
  readonly text: string;
  readonly edits: readonly CleaningEdit[];
  readonly sections: readonly Section[];
}

/**
 * Cleaning without the rest of the pipeline: the same input handling and errors as extract
 * (readInput, then the article's parts joined the same way), then the clean stage's work.
 */
export async function cleanInput(spec: string, read: ReadOptions = {}): Promise<CleanedArticle> {
  return cleanArticle(await readInput(spec, read));
}

export function cleanArticle(article: RawArticle): CleanedArticle {
  const { text, sections } = assembleArticle(article);
  if (!text.trim()) throw new DossierError('EMPTY_INPUT', `${article.meta.origin ?? 'input'}: input is empty or only whitespace`);
  const cleaned = cleanText(text, sections, true);
  return { original: text, text: cleaned.text, edits: cleaned.edits, sections: cleaned.sections };
}

/**
 * The edit log as a person reads it: one line an edit, with its original offsets, kind, the
 * text it replaced and what replaced it (quoted, so spaces and line breaks show). An insertion
 * shows the word it goes into: "forcesaround" -> "forces around".
 */
export function formatEdits(edits: readonly CleaningEdit[], original: string): string {
  if (edits.length === 0) return 'no edits: the text is clean\n';
  const width = String(Math.max(...edits.map((e) => e.original.end))).length;
  const kindWidth = Math.max(...edits.map((e) => e.kind.length));
  const lines = edits.map((e) => {
    const at = `${String(e.original.start).padStart(width)}-${String(e.original.end).padEnd(width)}`;
    return `${at}  ${e.kind.padEnd(kindWidth)}  ${describe(e, original)}`;
  });
  const byKind = new Map<string, number>();
  for (const e of edits) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const summary = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${lines.join('\n')}\n${edits.length} edit${edits.length === 1 ? '' : 's'}: ${summary}\n`;
}

const MAX_SHOWN = 120;

function describe(e: CleaningEdit, original: string): string {
  if (e.original.start !== e.original.end) return `${quote(e.original.text)} -> ${quote(e.replacement)}`;
  let s = e.original.start;
  while (s > 0 && !/\s/.test(original[s - 1]!)) s--;
  let end = e.original.end;
  while (end < original.length && !/\s/.test(original[end]!)) end++;
  const at = e.original.start;
  return `${quote(original.slice(s, end))} -> ${quote(original.slice(s, at) + e.replacement + original.slice(at, end))}`;
}

function quote(s: string): string {
  const shown = s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 20)}…${s.slice(-19)}` : s;
  return JSON.stringify(shown);
}
