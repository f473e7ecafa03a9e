import { existsSync, readFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';
import { lexicon, lexiconLines, packagePath } from '../../core/resources.js';

/** What a word is as an attribution cue. */
export interface CueInfo {
  readonly lemma: string;
  /** A verb of saying (said, told, shouted): its reports are quotes, direct or indirect. */
  readonly speech: boolean;
  /** The cue itself weakens the claim ("claimed", "alleged"). */
  readonly hedging: boolean;
  /** The attribution rules read it as a cue (quotes read every verb of saying). */
  readonly attributes: boolean;
}

/**
 * Regular inflections of an English verb: base, -s, -ed, -ing (with the usual spelling rules).
 * Irregular forms are listed in the lexicon line after the base form.
 */
export function inflections(base: string): string[] {
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${base}ing`);
  } else if (/e$/.test(base)) {
    forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  } else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  }
  return forms;
}

function addVerbs(map: Map<string, CueInfo>, file: string, speech: boolean, hedging: ReadonlySet<string>): void {
  for (const line of lexiconLines(file)) {
    const [base, ...irregular] = line.split(/\s+/);
    if (!base) continue;
    const info: CueInfo = { lemma: base, speech, hedging: hedging.has(base), attributes: true };
    const forms = new Set([...inflections(base), ...irregular]);
    // A listed irregular past ("said") replaces the generated one ("sayed"), which is never a word anyway.
    for (const f of forms) if (!map.has(f)) map.set(f, info);
    // Doubled consonant spellings (admitted) are listed in the file; nothing to guess here.
  }
}

/**
 * Learned from PolNeAR train (scripts/train-attribution.mjs): a word is a cue when it lies inside an
 * annotated Cue at least this share of the times it occurs, and at least MIN_LEARNED_COUNT times.
 * Tuned on dev; listed verbs that the data almost never marks ("states", "posts") are dropped.
 */
const MIN_LEARNED_RATIO = 0.45;
const MIN_LEARNED_COUNT = 3;
const MIN_LISTED_RATIO = 0.3;
const MODEL = 'attribution-cues.json';

interface CueModel {
  readonly words: Record<string, [number, number]>;
}

function readModel(): CueModel {
  const path = packagePath('models', MODEL);
  if (!existsSync(path)) throw new DossierError('DATA_MISSING', `${path}: attribution cue model missing (run npm run train:attribution)`);
  return JSON.parse(readFileSync(path, 'utf8')) as CueModel;
}

let nonCues: ReadonlySet<string> | undefined;

/** Forms of verbs of physical action (resources/lexicon/non-cue-verbs.txt), never cues. */
export function isNonCue(word: string): boolean {
  nonCues ??= new Set(
    lexiconLines('non-cue-verbs').flatMap((line) => {
      const [base, ...irregular] = line.split(/\s+/);
      return base ? [...inflections(base), ...irregular] : [];
    }),
  );
  return nonCues.has(word.toLowerCase());
}

let listed: Map<string, CueInfo> | undefined;

/** The cue verb forms of the hand-written lists only (no learned data). */
export function listedCueForms(): ReadonlyMap<string, CueInfo> {
  if (!listed) {
    const hedging = lexicon('hedging-verbs');
    listed = new Map();
    addVerbs(listed, 'speech-verbs', true, hedging);
    addVerbs(listed, 'attribution-verbs', false, hedging);
  }
  return listed;
}

let seen: ReadonlySet<string> | undefined;

/** Below this share of cue uses a word is not worth scoring ("the", "of", "year"). */
const MIN_SCORED_RATIO = 0.1;

/** Words that lie inside a training cue at least MIN_LEARNED_COUNT times and MIN_SCORED_RATIO of their uses. */
export function seenAsCue(word: string): boolean {
  seen ??= new Set(
    Object.entries(readModel().words)
      .filter(([, [cue, total]]) => cue >= MIN_LEARNED_COUNT && cue / total >= MIN_SCORED_RATIO)
      .map(([w]) => w),
  );
  return seen.has(word.toLowerCase());
}

let cueMap: Map<string, CueInfo> | undefined;

/** Every cue verb form (lower case) to what it is; speech verbs win over other attribution verbs. */
export function cueVerbs(): ReadonlyMap<string, CueInfo> {
  if (!cueMap) {
    const hedging = lexicon('hedging-verbs');
    const stops = lexicon('np-stops');
    const map = new Map<string, CueInfo>();
    addVerbs(map, 'speech-verbs', true, hedging);
    addVerbs(map, 'attribution-verbs', false, hedging);
    const learned = readModel().words;
    for (const [w, info] of [...map]) {
      const seen = learned[w];
      // A listed form the annotators seldom mark as a cue, though it is frequent, is not one for attributions.
      if (seen && seen[1] >= 10 && seen[0] / seen[1] < MIN_LISTED_RATIO) map.set(w, { ...info, attributes: false });
    }
    for (const [w, [cue, total]] of Object.entries(learned)) {
      if (map.has(w) || cue < MIN_LEARNED_COUNT || cue / total < MIN_LEARNED_RATIO) continue;
      if (stops.has(w) || /ly$/.test(w) || w === 'according') continue;
      map.set(w, { lemma: w, speech: false, hedging: hedging.has(w.replace(/(s|ed|ing)$/, '')), attributes: true });
    }
    cueMap = map;
  }
  return cueMap;
}

export function cueInfo(word: string): CueInfo | undefined {
  return cueVerbs().get(word.toLowerCase());
}
