import { lexiconLines } from '../core/resources.js';
import { isSpaceChar, type Line } from './lines.js';

/** An image file name found in a line, and the text of the line on either side of it. */
export interface ImageName {
  /** What to remove: the whole file name, or only its number and extension when glued to a title word. */
  readonly start: number;
  readonly end: number;
  /** The line's text before and after it, trimmed (empty spans when there is none). */
  readonly before: { start: number; end: number };
  readonly after: { start: number; end: number };
}

let extensionPattern: RegExp | undefined;

/** `.jpg`, `.JPG`, ... (resources/lexicon/image-extensions.txt) not followed by more of a word. */
function extensions(): RegExp {
  if (!extensionPattern) {
    const exts = lexiconLines('image-extensions').flatMap((e) => [e.toLowerCase(), e.toUpperCase()]);
    extensionPattern = new RegExp(`\\.(?:${exts.join('|')})(?![a-z0-9])`, 'g');
  }
  return extensionPattern;
}

const NAME_CHAR = /[A-Za-z0-9_-]/;
/** A title word with a small number glued on: the number and extension are the file name's. */
const TITLE_WORD = /^[A-Za-z]+(\d{0,3})$/;
/** What may stand before a file name that is part of a URL, a path or an address instead. */
const PATH_CHAR = /[/\\.:@=%~]/;

/**
 * Image file names that scraping glued into text: "shooting1.jpgAmbassador", "...the art
 * gallery.jpg" at a line's end, "IMG_1234.jpg" alone. A name inside a URL or path, or one
 * followed by more words in a sentence ("a file named photo.jpg was sent"), is left alone.
 */
export function findImageNames(line: Line): ImageName[] {
  const found: ImageName[] = [];
  const re = extensions();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text)) !== null) {
    const dot = m.index;
    const extEnd = dot + m[0].length;
    let nameStart = dot;
    while (nameStart > 0 && NAME_CHAR.test(line.text[nameStart - 1]!)) nameStart--;
    if (nameStart === dot) continue;
    if (nameStart > 0 && PATH_CHAR.test(line.text[nameStart - 1]!)) continue;
    // Zero-width characters between the name and the caption count for nothing (whitespace drops them).
    const rest = line.text.slice(extEnd).replace(/^[\u200b\u200c\u200d\u2060\ufeff]+/, '');
    const glued = /^\p{L}/u.test(rest) || /^["“‘'(]/u.test(rest);
    if (!glued && rest.trim() !== '') continue;
    const name = line.text.slice(nameStart, dot);
    const titleBefore = /[\p{L}\p{N}]/u.test(line.text.slice(0, nameStart));
    const word = TITLE_WORD.exec(name);
    const cut = titleBefore && word ? dot - word[1]!.length : nameStart;
    let beforeEnd = cut;
    while (beforeEnd > 0 && isSpaceChar(line.text[beforeEnd - 1])) beforeEnd--;
    let beforeStart = 0;
    while (beforeStart < beforeEnd && isSpaceChar(line.text[beforeStart])) beforeStart++;
    let afterEnd = line.text.length;
    while (afterEnd > extEnd && isSpaceChar(line.text[afterEnd - 1])) afterEnd--;
    const at = (n: number) => line.start + n;
    found.push({
      start: at(cut),
      end: at(extEnd),
      before: { start: at(beforeStart), end: at(beforeEnd) },
      after: { start: at(extEnd), end: at(afterEnd) },
    });
  }
  return found;
}
