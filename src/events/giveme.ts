import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DossierRecord } from '../core/record.js';
import { requireReferenceData } from '../core/resources.js';
import { jsonArticle } from '../ingest/json-article.js';
import type { ExtractService } from '../app/extract-service.js';

/**
 * The giveme5w1h gold standard as clustering data: each article's `category` names the real
 * event it reports (12 events, 13 publishers). The one article without a category is its own event.
 */
export interface LabelledRecord {
  readonly record: DossierRecord;
  readonly category: string;
}

interface GivemeFile {
  title?: string;
  description?: string;
  text?: string;
  url?: string;
  publisher?: string;
  date_publish?: string | null;
  category?: string | null;
}

export function loadGiveme(extract: ExtractService): LabelledRecord[] {
  const dir = requireReferenceData('giveme5w1h', 'train');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const raw = JSON.parse(readFileSync(path, 'utf8')) as GivemeFile;
      const article = jsonArticle(
        { title: raw.title, lead: raw.description, text: raw.text, url: raw.url, publisher: raw.publisher, published: raw.date_publish ?? undefined },
        path,
      );
      const { record } = extract.extractArticle(article);
      return { record, category: raw.category ?? `(none) ${name}` };
    });
}

/** Half the categories, alternating in name order: tuning sees one half, the other is held out. */
export function splitCategories(items: readonly LabelledRecord[]): { tune: Set<string>; heldOut: Set<string> } {
  const cats = [...new Set(items.map((i) => i.category))].filter((c) => !c.startsWith('(none)')).sort();
  return { tune: new Set(cats.filter((_, i) => i % 2 === 0)), heldOut: new Set(cats.filter((_, i) => i % 2 === 1)) };
}
