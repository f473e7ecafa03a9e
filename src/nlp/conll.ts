import { readFileSync } from 'node:fs';
import { DossierError } from '../core/errors.js';

/** A sentence of a CoNLL-2003 file: word, POS, chunk and NER columns. */
export interface ConllSentence {
  readonly words: string[];
  readonly pos: string[];
  readonly chunk: string[];
  readonly ner: string[];
}

/** An article: CoNLL marks each with a -DOCSTART- line; document-level NER features need the grouping. */
export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

export function parseConll(text: string, origin: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sent: ConllSentence | null = null;
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.trim();
    if (line === '') {
      sent = null;
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      doc = { sentences: [] };
      docs.push(doc);
      sent = null;
      continue;
    }
    if (cols.length < 4) {
      throw new DossierError('USAGE', `${origin}:${ln + 1}: expected 4 columns (word POS chunk NER), found ${cols.length}`);
    }
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    if (!sent) {
      sent = { words: [], pos: [], chunk: [], ner: [] };
      doc.sentences.push(sent);
    }
    sent.words.push(cols[0]!);
    sent.pos.push(cols[1]!);
    sent.chunk.push(cols[2]!);
    sent.ner.push(cols[cols.length - 1]!);
  }
  return docs.filter((d) => d.sentences.length > 0);
}

export function readConll(path: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DossierError('DATA_MISSING', `${path}: CoNLL data not found (set DOSSIER_DATA to the folder that holds conll2003/)`);
  }
  return parseConll(text, path);
}
