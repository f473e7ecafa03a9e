import type { Repair } from './edits.js';
import { endsSentence, isBlank, squeeze, words, type Line } from './lines.js';
import { findImageNames, type ImageName } from './image-names.js';
import { linePattern } from './line-patterns.js';

/** A caption is a short line: a longer one is a paragraph of the body, whatever stands next to it. */
const MAX_CAPTION_WORDS = 30;
/** Share of the shorter text's words the longer must hold for the two to be one caption twice. */
const DUPLICATE_CONTAINMENT = 0.8;
/** A line that repeats another line this closely, and is short and unfinished, is a caption. */
const REPEAT_CONTAINMENT = 0.85;
/** How many lines away a repeated sentence is looked for (keeps a huge input linear). */
const REPEAT_WINDOW = 100;
/** A repeated line must be this long to count as a caption: shorter ones are labels and list items. */
const MIN_REPEAT_WORDS = 6;
/** Caption cues open short lines only. */
const MAX_CUE_LINE = 300;
/**
 * A photo credit closing a line ("... station on Monday. Photo: TT", "(Photo by Ana Ruiz)", "| KYODO", "ST PHOTO: ANA RUIZ",
 * "... on Saturday night. Credit: Simon Boyd", "... on Monday, Sept. 7, 2026. Carlos Medina/Miami Herald",
 * "... along the river yesterday. – Photo courtesy of Bomba", "... last night. -Photo: KERWIN PIERRE",
 * "... yesterday. PHOTO/DENIS WAMALA", "... in a scene from the film / Courtesy of Starfield Pictures",
 * "..., seat of the Riigikogu. Source: Siim Lõhmus/ERR").
 */
const CREDIT_TAIL = /(?:(?:^|[\s.(-])(?:(?:[Pp]hoto|PHOTO|[Pp]icture|PICTURE|[Ii]mage|IMAGE|[Pp]hotograph|PHOTOGRAPH)[Ss]?(?: credit| CREDIT)?|[Cc]redit|CREDIT)(?::| by| BY| courtesy of| COURTESY OF) [^.:()]{1,40}\)?|[.!?] (?:PHOTO|Photo|PICTURE|Picture) ?\/ ?\p{Lu}[\p{L}'’ .-]{1,30}|\s\/ (?:[Cc]ourtesy of|COURTESY OF) [^.:()]{1,40}|[.!?] (?:Source|SOURCE): [^.:()]{1,40}|\s\|\s?\p{Lu}[\p{Lu}/ ]{1,24}|[.!?] \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} ?\/ ?\p{Lu}[\p{L}'’ -]{1,30})$/u;
/**
 * An agency's name alone in brackets, "(Yonhap)": under a photo near the top of a page it credits
 * the caption above it (at the end of a story it credits the story).
 */
const AGENCY_LINE = /^\(\p{Lu}[\p{L}/ -]{1,30}\)$/u;
/** A line that is all one bracket: "(photo credit: BEN-GURION UNIVERSITY OF THE NEGEV)". */
const BRACKETED = /^\([^()]+\)$/u;
/** The same credit closing a short line: "... in Icheon, Gyeonggi Province, Wednesday. (Yonhap)". */
const AGENCY_TAIL = /[.!?]\s\(\p{Lu}[\p{L}/ -]{1,30}\)$/u;
/** How many of the first content lines may hold a photo with its agency line under it. */
const OPENING_PHOTO_LINES = 4;
const LIST_ITEM = /^\s*(?:[-*•·–—]|\d{1,3}[.)])\s/u;

export interface ImageCaptionPlan {
  /** File names removed, and the spare copy of a caption that appears twice. */
  readonly repairs: Repair[];
  /** Lines removed whole (line index -> kind): a caption line that only repeats the one beside it. */
  readonly removedLines: Map<number, string>;
  /** Lines that hold an image name: they are captions, and so may be their neighbours. */
  readonly imageLines: Set<number>;
}

/** Is the line short, unfinished text that could caption a photo? */
export function captionLike(line: Line): boolean {
  if (line.text.length > MAX_CAPTION_WORDS * 40 || endsSentence(line.text)) return false;
  const n = tokenCount(line.text);
  return n > 0 && n <= MAX_CAPTION_WORDS && /[\p{L}\p{N}]/u.test(line.text);
}

/** Whitespace-separated tokens in a string: a cheap word count. */
function tokenCount(s: string): number {
  let n = 0;
  let inToken = false;
  for (let k = 0; k < s.length; k++) {
    const space = s.charCodeAt(k) <= 32;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

/** Share of the word pairs of `a` (in order) that `b` also has: near word-for-word repetition. */
function sharedPairs(a: string, b: string): number {
  const pairs = (s: string) => {
    const w = words(s);
    return w.slice(1).map((x, k) => `${w[k]} ${x}`);
  };
  const mine = pairs(a);
  const theirs = new Set(pairs(b));
  return mine.length === 0 ? 0 : mine.filter((p) => theirs.has(p)).length / mine.length;
}

/** How much of the shorter word set the longer holds, 0 when either is tiny. */
function containment(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size < 3) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

function nextContentLine(lines: readonly Line[], i: number, step: 1 | -1, removed: ReadonlyMap<number, string>): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    if (isBlank(lines[k]!)) continue;
    if (removed.has(k)) continue;
    return k;
  }
  return -1;
}

/**
 * Image names glued into caption lines. The name goes ("shooting1.jpgAmbassador": "1.jpg");
 * the photo's title before it and the caption after it (on the same line, or the next line)
 * become captions on lines of their own. When the two say the same thing nearly word for word,
 * one copy is kept, the one with more words (the title on a tie goes).
 */
export function imageCaptions(text: string, lines: readonly Line[], removed: ReadonlyMap<number, string>): ImageCaptionPlan {
  const repairs: Repair[] = [];
  const removedLines = new Map<number, string>();
  const imageLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (removed.has(i)) continue;
    const names = findImageNames(lines[i]!);
    if (names.length === 0) continue;
    imageLines.add(i);
    if (names.length > 1) {
      for (const n of names) repairs.push({ kind: 'image-filename', start: n.start, end: n.end, replacement: '' });
      continue;
    }
    const name = names[0]!;
    const hasBefore = name.before.end > name.before.start;
    const hasAfter = name.after.end > name.after.start;
    if (!hasBefore && !hasAfter) {
      removedLines.set(i, 'image-filename');
      continue;
    }
    const title = words(text.slice(name.before.start, name.before.end));
    if (hasAfter) {
      const caption = words(text.slice(name.after.start, name.after.end));
      if (hasBefore && containment(title, caption) >= DUPLICATE_CONTAINMENT) {
        dropOneCopy(repairs, name, title.length < caption.length ? 'before' : caption.length < title.length ? 'after' : 'before');
      } else {
        // Title and caption each on a line of their own.
        repairs.push({ kind: 'image-filename', start: name.start, end: name.after.start, replacement: hasBefore ? '\n' : '' });
      }
      continue;
    }
    repairs.push({ kind: 'image-filename', start: name.start, end: name.end, replacement: '' });
    const next = nextContentLine(lines, i, 1, removed);
    if (next < 0 || !captionLike(lines[next]!) || findImageNames(lines[next]!).length > 0) continue;
    const caption = words(lines[next]!.text);
    if (containment(title, caption) < DUPLICATE_CONTAINMENT) continue;
    // The caption on the next line repeats this photo title: keep the fuller of the two lines.
    repairs.pop();
    if (title.length < caption.length || title.length === caption.length) removedLines.set(i, 'caption-duplicate');
    else {
      repairs.push({ kind: 'image-filename', start: name.start, end: name.end, replacement: '' });
      removedLines.set(next, 'caption-duplicate');
    }
  }
  return { repairs, removedLines, imageLines };
}

function dropOneCopy(repairs: Repair[], name: ImageName, drop: 'before' | 'after'): void {
  if (drop === 'before') {
    repairs.push({ kind: 'caption-duplicate', start: name.before.start, end: name.start, replacement: '' });
    repairs.push({ kind: 'image-filename', start: name.start, end: name.after.start, replacement: '' });
  } else {
    repairs.push({ kind: 'image-filename', start: name.start, end: name.end, replacement: '' });
    repairs.push({ kind: 'caption-duplicate', start: name.end, end: name.after.end, replacement: '' });
  }
}

/**
 * Which lines are captions: lines with an image name; a short unfinished line next to one of
 * those or to a removed slug; a line that opens like a caption ("Photo:", "Image caption");
 * and a short unfinished line that repeats another line nearly word for word. Captions stay in
 * the text, marked, so later stages can leave them out (a photo caption is not a second report).
 */
export function captionLines(
  lines: readonly Line[],
  removed: ReadonlyMap<number, string>,
  imageLines: ReadonlySet<number>,
  excluded: (line: Line) => boolean,
): Set<number> {
  const captions = new Set<number>();
  const kept = (i: number) => i >= 0 && !removed.has(i) && !excluded(lines[i]!);
  const likeCache = new Map<number, boolean>();
  const like = (i: number) => {
    let v = likeCache.get(i);
    if (v === undefined) likeCache.set(i, (v = captionLike(lines[i]!)));
    return v;
  };
  for (const i of imageLines) if (kept(i)) captions.add(i);
  const anchors = [...imageLines, ...[...removed].filter(([, kind]) => kind === 'slug' || kind === 'image-filename' || kind === 'caption-duplicate').map(([i]) => i)];
  for (const a of anchors) {
    for (const step of [-1, 1] as const) {
      const k = nextContentLine(lines, a, step, removed);
      if (kept(k) && like(k)) captions.add(k);
    }
  }
  const cue = linePattern('caption-cues', false);
  const content: number[] = [];
  lines.forEach((l, i) => {
    if (kept(i) && !isBlank(l)) content.push(i);
  });
  const lowered = new Map<number, string>();
  const lower = (i: number) => {
    let t = lowered.get(i);
    if (t === undefined) lowered.set(i, (t = lines[i]!.text.toLowerCase()));
    return t;
  };
  const wordSets = new Map<number, Set<string>>();
  const wordSet = (i: number) => {
    let set = wordSets.get(i);
    if (!set) wordSets.set(i, (set = new Set(words(lines[i]!.text))));
    return set;
  };
  content.forEach((i, n) => {
    if (captions.has(i)) return;
    const line = lines[i]!;
    if (line.text.length <= MAX_CUE_LINE && cue.test(squeeze(line.text))) {
      captions.add(i);
      // "A researcher examines bacterial cultures (illustrative)." over "(photo credit: BEN-GURION
      // UNIVERSITY)": a bracketed credit alone near the top credits the short line above it.
      if (n > 0 && n < OPENING_PHOTO_LINES && BRACKETED.test(line.text.trim()) && tokenCount(lines[content[n - 1]!]!.text) <= MAX_CAPTION_WORDS) captions.add(content[n - 1]!);
      return;
    }
    // "Firefighters battle a blaze at a warehouse in Icheon, Wednesday." over "(Yonhap)", or with it
    // at the line's end, near the top of a story that goes on (at its end the credit is the story's).
    if (n < OPENING_PHOTO_LINES && n + 2 < content.length) {
      if (n > 0 && AGENCY_LINE.test(line.text.trim()) && tokenCount(lines[content[n - 1]!]!.text) <= MAX_CAPTION_WORDS) {
        captions.add(i);
        captions.add(content[n - 1]!);
        return;
      }
      if (AGENCY_TAIL.test(line.text.trimEnd()) && tokenCount(line.text) <= MAX_CAPTION_WORDS) {
        captions.add(i);
        return;
      }
    }
    // "An empty platform at Stockholm City station. Photo: TT", "Police officers inspect the
    // restaurant. | KYODO", "... in Łódź (photo: PSP Łódź)": a short line that ends in its credit.
    if (line.text.length <= MAX_CUE_LINE && CREDIT_TAIL.test(line.text.trimEnd()) && tokenCount(line.text) <= MAX_CAPTION_WORDS) {
      captions.add(i);
      return;
    }
    if (n === 0 || !like(i) || LIST_ITEM.test(line.text)) return;
    // Standing alone between finished paragraphs: not one item of a list or a table.
    if (like(content[n - 1]!) || (content[n + 1] !== undefined && like(content[n + 1]!))) return;
    const own = wordSet(i);
    if (own.size < MIN_REPEAT_WORDS) return;
    // A line that repeats this one holds its longest word: a cheap search before comparing sets.
    const key = [...own].reduce((a, b) => (b.length > a.length ? b : a));
    for (const j of content.slice(Math.max(0, n - REPEAT_WINDOW), n + REPEAT_WINDOW)) {
      if (j === i || lines[j]!.text.length <= line.text.length || !lower(j).includes(key)) continue;
      const theirs = wordSet(j);
      let shared = 0;
      for (const x of own) if (theirs.has(x)) shared++;
      if (shared / own.size >= REPEAT_CONTAINMENT && sharedPairs(lines[i]!.text, lines[j]!.text) >= REPEAT_CONTAINMENT) {
        captions.add(i);
        return;
      }
    }
  });
  return captions;
}
