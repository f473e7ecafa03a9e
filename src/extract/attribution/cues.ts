import { lexicon, lexiconLines } from '../../core/resources.js';

/** What a word is as an attribution cue. */
export interface CueInfo {
  readonly lemma: string;
  /** A verb of saying (said, told, shouted): its reports are quotes, direct or indirect. */
  readonly speech: boolean;
  /** The cue itself weakens the claim ("claimed", "alleged"). */
  readonly hedging: boolean;
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
    const info: CueInfo = { lemma: base, speech, hedging: hedging.has(base) };
    const forms = new Set([...inflections(base), ...irregular]);
    // A listed irregular past ("said") replaces the generated one ("sayed"), which is never a word anyway.
    for (const f of forms) if (!map.has(f)) map.set(f, info);
    // Doubled consonant spellings (admitted) are listed in the file; nothing to guess here.
  }
}

let cueMap: Map<string, CueInfo> | undefined;

/** Every cue verb form (lower case) to what it is; speech verbs win over other attribution verbs. */
export function cueVerbs(): ReadonlyMap<string, CueInfo> {
  if (!cueMap) {
    const hedging = lexicon('hedging-verbs');
    const map = new Map<string, CueInfo>();
    addVerbs(map, 'speech-verbs', true, hedging);
    addVerbs(map, 'attribution-verbs', false, hedging);
    cueMap = map;
  }
  return cueMap;
}

export function cueInfo(word: string): CueInfo | undefined {
  return cueVerbs().get(word.toLowerCase());
}
