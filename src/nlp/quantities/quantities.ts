import type { Quantity, QuantityKind, TimeExpression, Token } from '../../core/layers.js';
import { textSpan, type TextSpan } from '../../core/span.js';
import { quantityWords, type Bound, type QuantityWords } from './quantity-words.js';
import { lowerTokens } from '../../core/lower-tokens.js';

/** Currency sign, number, a scale written on it ("£1.8bn", "$168m": one token), per cent sign, hyphenated suffix. */
const DIGITS = /^([$£€¥₽₺]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(bn|mn|tn|m|k)?(%?)((?:-[\p{L}\p{N}]+)*)$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

interface NumberRead {
  value: number;
  end: number; // exclusive token index
  kind?: QuantityKind;
}

/**
 * Numbers with the range they state: digits ("3", "1,200", "1.5 million"), number words ("three",
 * "twenty-five", "two hundred"), bounds ("at least three" = min 3, "more than 20" = min 21, "up to 10"
 * = max 10) and vague amounts ("dozens" = min 24). Each gets a kind, so that ages ("62-year-old"),
 * years ("1976"), times, money and measures are told apart from counts, and the noun it counts.
 */
export function findQuantities(text: string, tokens: readonly Token[], times: readonly TimeExpression[]): Quantity[] {
  const w = quantityWords();
  const lower = lowerTokens(tokens);
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = lower[i]!;
    const c = word.charCodeAt(0);
    const digitLike = (c >= 48 && c <= 57) || w.currencySymbols.includes(word[0]!);
    if (!digitLike && !w.starters.has(word) && !startsWithStarter(word, w)) continue;
    const vague = matchVague(lower, i, w);
    let value: { min: number; max?: number; exact: boolean };
    let end: number;
    let kind: QuantityKind | undefined;
    let first = i;
    if (vague) {
      value = { min: vague.min, ...(vague.max !== undefined ? { max: vague.max } : {}), exact: false };
      end = vague.end;
    } else {
      if (ORDINAL.test(lower[i]!)) continue;
      // "3rd" split by the tokenizer into "3" + "rd".
      if (/^(?:st|nd|rd|th)$/.test(lower[i + 1] ?? '') && tokens[i + 1]!.start === tokens[i]!.end) continue;
      const n = readNumber(tokens, lower, i, w);
      if (!n) continue;
      if (w.notCountBefore.has(lower[i - 1] ?? '') && !/\d/.test(lower[i]!)) continue; // "no one", "the one who"
      const bound = boundBefore(lower, i, w);
      if (bound) first = bound.start;
      value = applyBound(n.value, bound?.bound);
      end = n.end;
      kind = n.kind;
    }
    const unit = unitAfter(tokens, lower, end, w);
    kind ??= kindOf(tokens, lower, first, i, end, unit, times, w, vague !== undefined);
    const q: Quantity = {
      ...textSpan(text, tokens[first]!.start, tokens[end - 1]!.end),
      ...value,
      kind,
      ...(unit ? { unit: textSpan(text, tokens[unit.index]!.start, tokens[unit.index]!.end) } : {}),
      ...(kind === 'count' ? including(text, tokens, lower, unit ? unit.index + 1 : end, w) : {}),
    };
    out.push(q);
    i = end - 1;
  }
  return out;
}

/** "twenty-five": the part before the first hyphen is a number word (checked without splitting every token). */
function startsWithStarter(word: string, w: QuantityWords): boolean {
  const dash = word.indexOf('-');
  return dash > 0 && w.starters.has(word.slice(0, dash));
}

function matchVague(lower: readonly string[], i: number, w: QuantityWords) {
  for (const v of w.vague) {
    if (!v.words.every((word, k) => lower[i + k] === word)) continue;
    const end = i + v.words.length;
    if (v.of && lower[end] !== 'of') continue;
    return { min: v.min, max: v.max, end };
  }
  return undefined;
}

/** Digits (with a currency sign, %, a hyphenated suffix, or "million" after) or a run of number words. */
function readNumber(tokens: readonly Token[], lower: readonly string[], i: number, w: QuantityWords): NumberRead | undefined {
  const tok = lower[i]!;
  const m = DIGITS.exec(tok);
  if (m) {
    let value = Number(m[2]!.replace(/,/g, ''));
    let end = i + 1;
    let kind: QuantityKind | undefined;
    if (m[1]) kind = 'money';
    if (m[4]) kind = 'percent';
    const suffix = m[5] ?? '';
    // The tokenizer writes a scale onto a sum ("£1.8bn") or a number in billions ("1.8bn").
    const scale = m[3] ? w.gluedMultipliers.get(m[3]) : undefined;
    if (scale) return { value: value * scale, end, kind };
    if (/^-years?-old$/.test(suffix)) kind = 'age';
    else if (suffix) kind = /-(?:hours?|days?|weeks?|months?|years?|minutes?)$/.test(suffix) ? 'duration' : 'other';
    const glued = tokens[end] !== undefined && tokens[end]!.start === tokens[i]!.end;
    // "£5m" is money, "the 100m final" a distance: one-letter abbreviations count only after a currency sign.
    const gluedOk = glued && (lower[end]!.length > 1 || m[1] !== '');
    const mult = gluedOk ? w.gluedMultipliers.get(lower[end]!) : glued ? undefined : w.multipliers.get(lower[end] ?? '');
    if (mult && !suffix) {
      value *= mult;
      end++;
    }
    return { value, end, kind };
  }
  // Number words: "three", "twenty-five", "two hundred and fifty", "a hundred".
  let total = 0;
  let current = 0;
  let end = i;
  let any = false;
  for (let j = i; j < lower.length; j++) {
    const word = lower[j]!;
    const parts = word.split('-');
    const simple = parts.every((p) => w.units.has(p)) ? parts.reduce((s, p) => s + w.units.get(p)!, 0) : undefined;
    if (simple !== undefined) {
      current += simple;
      any = true;
      end = j + 1;
      continue;
    }
    const mult = w.multipliers.get(word);
    if (mult && (any || (j === i + 1 && lower[i] === 'a'))) {
      current = (current || 1) * mult;
      if (mult >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
      end = j + 1;
      continue;
    }
    if (word === 'and' && any && w.units.has(lower[j + 1] ?? '')) continue;
    if (j === i && word === 'a' && w.multipliers.has(lower[j + 1] ?? '')) continue;
    break;
  }
  if (!any) return undefined;
  return { value: total + current, end };
}

function boundBefore(lower: readonly string[], i: number, w: QuantityWords): { start: number; bound: Bound } | undefined {
  for (const b of w.bounds) {
    const start = i - b.words.length;
    if (start < 0) continue;
    if (b.words.every((word, k) => lower[start + k] === word)) return { start, bound: b.bound };
  }
  return undefined;
}

function applyBound(n: number, bound: Bound | undefined): { min: number; max?: number; exact: boolean } {
  const whole = Number.isInteger(n);
  switch (bound) {
    case undefined:
      return { min: n, max: n, exact: true };
    case 'min':
      return { min: n, exact: false };
    case 'above':
      return { min: whole ? n + 1 : n, exact: false };
    case 'max':
      return { min: 0, max: n, exact: false };
    case 'below':
      return { min: 0, max: whole ? Math.max(0, n - 1) : n, exact: false };
    case 'approx':
      return { min: n, max: n, exact: false };
  }
}

/** The noun counted: the next word, past "of" ("dozens of people") and adjectives ("three other people"). */
function unitAfter(tokens: readonly Token[], lower: readonly string[], end: number, w: QuantityWords): { index: number; word: string } | undefined {
  let j = end;
  if (lower[j] === 'of') j++;
  if (lower[j] === 'the' || lower[j] === 'them') return undefined;
  for (let k = 0; k < 3 && j < tokens.length; k++, j++) {
    const word = lower[j]!;
    if (!/^\p{Ll}[\p{L}'-]*$/u.test(tokens[j]!.text)) return undefined;
    const pos = tokens[j]!.pos;
    if (pos ? pos.startsWith('NN') : !w.notUnits.has(word) && !w.unitAdjectives.has(word)) return { index: j, word };
    if (pos ? !pos.startsWith('JJ') && pos !== 'VBN' : !w.unitAdjectives.has(word)) return undefined;
  }
  return undefined;
}

function kindOf(
  tokens: readonly Token[], lower: readonly string[], first: number, i: number, end: number,
  unit: { index: number; word: string } | undefined, times: readonly TimeExpression[], w: QuantityWords, vague: boolean,
): QuantityKind {
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  if (times.some((t) => t.start < stop && start < t.end)) return 'time';
  if (w.currencySymbols.includes(lower[i - 1] ?? '\u0000') || w.currencyWords.has(lower[i - 1] ?? '')) return 'money';
  const next = lower[end] ?? '';
  const pair = `${next} ${lower[end + 1] ?? ''}`;
  const unitKind = w.unitKinds.get(pair) ?? w.unitKinds.get(next);
  if (unitKind) {
    if (unitKind === 'duration' && w.ageCues.some((c) => c.every((x, k) => lower[end + k] === x))) return 'age';
    return unitKind;
  }
  if (w.ageCues.some((c) => c.length === 1 && lower[i - 1] === c[0])) return 'age';
  if (!vague && end === i + 1 && /^(1[6-9]|20)\d\d$/.test(lower[i]!) && !unit) return 'year';
  // "Karlov, 62, was ...": a bare number set off by commas after a name is an age.
  if (!vague && end === i + 1 && /^\d{1,3}$/.test(lower[i]!) && lower[i - 1] === ',' && lower[end] === ',' && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '')) return 'age';
  return 'count';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'of', 'his', 'her', 'their']);

/** "two people including the gunman": the phrase after "including", up to punctuation or a verb (five words at most). */
function including(text: string, tokens: readonly Token[], lower: readonly string[], from: number, w: QuantityWords): { including?: TextSpan } {
  let j = from;
  if (lower[j] === ',') j++;
  if (lower[j] !== 'including') return {};
  const first = j + 1;
  let last = first;
  while (last < tokens.length && last < first + 5 && /^[\p{L}\p{N}'-]/u.test(tokens[last]!.text)) {
    const pos = tokens[last]!.pos;
    const verb = pos ? pos.startsWith('VB') : w.notUnits.has(lower[last]!) && !DETERMINERS.has(lower[last]!);
    if (verb) break;
    last++;
  }
  if (last === first) return {};
  return { including: textSpan(text, tokens[first]!.start, tokens[last - 1]!.end) };
}
