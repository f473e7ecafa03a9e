/**
 * Killed and injured figures coded by hand (our own held-out articles carry them; Giveme5W1H does
 * not): per figure, `null` when the article states none, else the range the text states, or a list
 * of ranges a careful coder would accept ("killing three ... before police shot him dead": 3 victims,
 * or 4 with the gunman). The system's figure is correct when it states nothing where nothing is coded,
 * or when its min and max are exactly one accepted range's ("at least 12" is {min 12}, no max).
 */
export interface CodedRange {
  readonly min: number;
  readonly max?: number;
}

export type CodedFigure = CodedRange | readonly CodedRange[] | null;

export interface CodedCasualties {
  readonly killed: CodedFigure;
  readonly injured: CodedFigure;
}

export const FIGURES = ['killed', 'injured'] as const;
export type Figure = (typeof FIGURES)[number];

const isRange = (x: unknown): x is CodedRange =>
  typeof x === 'object' && x !== null && Number.isInteger((x as CodedRange).min) &&
  ((x as CodedRange).max === undefined || Number.isInteger((x as CodedRange).max));

/** The coded figures of a parsed JSON value, or an explanation of what is wrong with it. */
export function parseCodedCasualties(raw: unknown): CodedCasualties | string {
  if (typeof raw !== 'object' || raw === null) return 'casualties must be an object {killed, injured}';
  const out: Partial<Record<Figure, CodedFigure>> = {};
  for (const f of FIGURES) {
    const v = (raw as Record<string, unknown>)[f];
    if (v === null || v === undefined) out[f] = null;
    else if (isRange(v)) out[f] = v;
    else if (Array.isArray(v) && v.length > 0 && v.every(isRange)) out[f] = v as CodedRange[];
    else return `casualties.${f} must be null, {min, max?} or a list of them`;
  }
  return out as CodedCasualties;
}

export function isFigureCorrect(system: { min: number; max?: number } | null | undefined, coded: CodedFigure): boolean {
  if (coded === null) return !system;
  if (!system) return false;
  const accepted = Array.isArray(coded) ? coded : [coded as CodedRange];
  return accepted.some((r) => r.min === system.min && r.max === system.max);
}
