import { isAgentNoun } from './animacy.js';
import type { Quantity, Token } from '../../core/layers.js';
import type { Count, DossierEvent } from '../../core/record.js';
import { lexicon, lexiconLines } from '../../core/resources.js';
import type { EventContext } from './context.js';
import type { Unit } from './units.js';
import { BE_FORMS } from './clause-words.js';

/**
 * Killed, injured and perpetrators killed, read from every sentence outside captions:
 * "killing at least four people", "Three others were reportedly wounded", "the toll rose to seven",
 * "left Ambassador Andrei Karlov dead" (at least one, no number), "the attacker was fatally shot"
 * (a perpetrator, counted apart), "two people including the gunman" (one victim, one perpetrator).
 * Sentences about other times or events, or about what might happen, are skipped. When several
 * counts are found the highest stands (tolls rise as a story develops), with all its evidence.
 */
type Kind = 'killed' | 'injured' | 'perpetratorsKilled';

interface Num {
  readonly min: number;
  readonly max?: number;
  readonly exact: boolean;
  readonly start: number; // token index
  readonly end: number;
  /** Stated as a lower bound ("at least seven", "more than 60"): the count may be higher. */
  readonly bound?: true;
}

interface Found {
  readonly kind: Kind;
  readonly min: number;
  readonly max?: number;
  readonly exact: boolean;
  readonly start: number; // char offsets of the evidence
  readonly end: number;
  /** Stated as none ("no one was hurt"), not a count that came out as zero. */
  readonly none?: true;
  /** A number stated as a lower bound ("at least seven"). */
  readonly bound?: true;
}

/**
 * A toll stated as none: "no one was hurt", "nobody died", "there were no casualties", "no deaths were
 * reported". Group 1 or 2 holds the word that says which toll ("casualties": both). A count of zero is
 * a fact an analyst codes (fatalities 0), unlike a toll the article does not give (null).
 */
const NONE = /\b(?:no one|no-one|nobody)\s(?:else\s)?(?:(?:was|were|has been|have been|had been|is|are)\s(?:\p{Ll}+ly\s)?)?(killed(?:\sor\s(?:injured|hurt|wounded))?|hurt|injured|wounded|harmed|died|dead)\b|\b(?:no|without)\s(?:(?:immediate|other|further|serious|reported|major)\s)?(?:reports?\sof\s(?:any\s)?)?(casualties|injuries|deaths|fatalities|loss of life|one dead|one injured|one hurt)\b/gu;
/**
 * Right before "was killed" etc.: its subject is no one ("No hostages were killed": not a death;
 * nor a toll of none, which a group's none is not: NONE reads only "no one", "nobody").
 */
const NEGATED_SUBJECT = /(?:no one|no-one|nobody|none|\bno\s[\p{Ll}-]{2,20}s)\s(?:else\s)?$/u;

/** "another [person] [was] injured": the few words that may stand between "another" and the toll word. */
const ANOTHER_PERSON = new Set(['person', 'man', 'woman', 'child', 'boy', 'girl', 'officer', 'soldier', 'policeman', 'civilian', 'passenger', 'worker']);
const ANOTHER_AUX = new Set(['was', 'is', 'has', 'had', 'were']);

/**
 * Which tolls a statement of none covers. "No one was hurt" (or injured) says no one died either: a
 * death is the gravest harm, and a toll of none stands only when no sentence gives a death.
 */
function noneKinds(word: string): Kind[] {
  if (word === 'casualties') return ['killed', 'injured'];
  // "No one was killed or injured" says both.
  if (/^(?:hurt|injured|wounded|harmed|injuries|one injured|one hurt)$/.test(word) || /\sor\s/.test(word)) return ['killed', 'injured'];
  return ['killed'];
}

let words: Map<string, ReadonlySet<string>> | undefined;
function wordClass(kind: string): ReadonlySet<string> {
  if (!words) {
    words = new Map();
    for (const line of lexiconLines('casualty-words')) {
      const [k, ...ws] = line.split(/\s+/);
      words.set(k!, new Set(ws.map((w) => w.replace(/-/g, ' '))));
    }
  }
  return words.get(kind) ?? new Set();
}

let numberWords: Map<string, { value: number; exact: boolean }> | undefined;
function numberWord(w: string): { value: number; exact: boolean } | undefined {
  if (!numberWords) {
    numberWords = new Map();
    for (const line of lexiconLines('number-words')) {
      const [word, value, exact] = line.split(/\s+/);
      numberWords.set(word!.replace(/-/g, ' '), { value: +value!, exact: exact === '1' });
    }
  }
  return numberWords.get(w);
}

let starts: Set<string> | undefined;
/** First words of a count: number words and the first words of "at least", "more than", "up to". */
function numberStarts(): ReadonlySet<string> {
  if (starts) return starts;
  numberWord('one');
  starts = new Set([...numberWords!.keys()].map((w) => w.split(' ')[0]!));
  for (const k of ['lower', 'upper']) for (const p of wordClass(k)) starts.add(p.split(' ')[0]!);
  return starts;
}

let distractor: RegExp | undefined;
function distractorPattern(): RegExp {
  distractor ??= new RegExp(`\\b(?:${lexiconLines('casualty-distractors').map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');
  return distractor;
}

const low = (tokens: readonly Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';

/** What the injured are treated for ("treated for burns and smoke inhalation"). */
const TREATED_FOR = new Set(['injuries', 'wounds', 'burns', 'cuts', 'bruises', 'fractures', 'smoke', 'gunshot', 'hypothermia']);

/**
 * After a count at token `e`: its noun (one word), then "and a(n) / one" and a person ("23 pupils
 * and a teacher", "four soldiers and a civilian"): the count is one more.
 */
function andOneMore(tokens: readonly Token[], e: number, to: number): boolean {
  return e + 3 < to + 1 && /^\p{Ll}+s$/u.test(tokens[e]?.text ?? '') && low(tokens, e + 1) === 'and' && /^(?:a|an|one)$/.test(low(tokens, e + 2)) && lexicon('animate-nouns').has(low(tokens, e + 3));
}

/** A new total's opening that refers to a death the sentence before told ("With his death, ..."). */
const HIS_DEATH = /\b(?:with|after) (?:his|her) death\b/;

/** Does the lower-case sentence hold one of the words? */
function lexiconWordIn(sentence: string, words: ReadonlySet<string>): boolean {
  return sentence.split(/[^\p{L}'-]+/u).some((w) => words.has(w));
}

/** A death told right before a new total ("The bomber also died, bringing ..."). */
const PERPETRATOR_DIED = /\b(?:died|was killed|was shot dead|blew (?:himself|herself) up)\b/;

/** How far after a toll's verb ", including the gunman" is read. */
const INCLUDING_REACH = 8;

/** An indefinite singular person right before a death's verb: the death is of one ("a man was killed"). */
const ONE_PERSON = /\b(?:a|an)\s(?:[\p{Ll}\d-]+\s){0,2}(?:man|woman|boy|girl|person|teenager|youth|child|baby|pensioner)\s$/u;

/** An indefinite singular person hurt ("A police officer was wounded", "another man was stabbed"); group 1 is the noun. */
const ONE_HURT = /\b(?:a|an|another)\s(?:[\p{Ll}\d-]+\s){0,2}([\p{Ll}-]+)\s(?:was|has been|had been)\s(?:(?:\p{Ll}+ly|also)\s)?(?:injured|wounded|hurt|stabbed|shot(?!\s(?:dead|and\s(?:killed|died))))\b/u;

/** Verbs by which a count took an injury ("one officer suffered a minor injury"). */
const SUFFERED = new Set(['suffered', 'sustained', 'received']);

/** Token i, a participle, is passive: a form of "be" right before it, or before one adverb ("were also killed"). */
function passiveBefore(tokens: readonly Token[], i: number): boolean {
  const prev = low(tokens, i - 1);
  if (BE_FORMS.has(prev)) return true;
  return (/ly$/.test(prev) || prev === 'also' || prev === 'then') && BE_FORMS.has(low(tokens, i - 2));
}

/** Token i is a count after "none of the" and a lower bound's words ("None of the roughly 60 people ... was hurt"). */
function afterNoneOf(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && wordClass('lower').has(low(tokens, k))) k--;
  if (low(tokens, k) === 'the') k--;
  return low(tokens, k) === 'of' && low(tokens, k - 1) === 'none';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "In February, clashes ... left one man dead": a month named after "in", without a day. */
const IN_MONTH = /\b[Ii]n\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;

/**
 * Whether the sentence dates itself to a month two or more before the article's (`refMonth`,
 * 1-12): its counts are an earlier event's. The month before may still be the event's own (a
 * report filed on the 1st). Months later in the year than the article's are last year's.
 */
function inEarlierMonth(sentence: string, refMonth: number | undefined): boolean {
  if (refMonth === undefined || Number.isNaN(refMonth)) return false;
  for (const m of sentence.matchAll(IN_MONTH)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (month !== refMonth && month !== (refMonth === 1 ? 12 : refMonth - 1)) return true;
  }
  return false;
}

const sortedQuantities = new WeakMap<readonly Quantity[], readonly Quantity[]>();

/**
 * The quantity whose span holds `offset`, by binary search over the layer sorted once per document
 * (a linear find per candidate token made casualty search quadratic in the article's length).
 */
function quantityContaining(quantities: readonly Quantity[], offset: number): Quantity | undefined {
  let sorted = sortedQuantities.get(quantities);
  if (!sorted) {
    sorted = [...quantities].sort((a, b) => a.start - b.start);
    sortedQuantities.set(quantities, sorted);
  }
  let lo = 0;
  let hi = sorted.length - 1;
  let found: Quantity | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start <= offset) {
      found = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Quantities do not nest, so the last one starting at or before the offset is the only candidate.
  return found && offset < found.end ? found : undefined;
}

/** A count starting at token i: "at least 3", "more than 100", "dozens", "two", "1,200". */
function numberAt(tokens: readonly Token[], i: number, end: number, quantities: readonly Quantity[] | undefined): Num | null {
  const t = tokens[i];
  if (!t || i >= end) return null;
  if (quantities) {
    const q = quantityContaining(quantities, t.start);
    // An age ("an 87-year-old"), a sum of money, a year, a percentage: no count of people.
    if (!q || (q.kind !== undefined && q.kind !== 'count' && q.kind !== 'other')) return null;
    let e = i;
    while (e < end && tokens[e]!.start < q.end) e++;
    return { min: q.min, max: q.max, exact: q.exact, start: i, end: e, ...(lowerBound(tokens, i, e) ? { bound: true as const } : {}) };
  }
  const first = low(tokens, i);
  if (!numberStarts().has(first) && !/^\d/.test(first) && first !== 'a') return null;
  let k = i;
  let exact = true;
  let upper = false;
  const two = `${low(tokens, k)} ${low(tokens, k + 1)}`;
  const three = `${two} ${low(tokens, k + 2)}`;
  if (wordClass('lower').has(three)) { k += 3; exact = false; }
  else if (wordClass('lower').has(two)) { k += 2; exact = false; }
  else if (wordClass('lower').has(low(tokens, k))) { k += 1; exact = false; }
  else if (wordClass('upper').has(two) || wordClass('upper').has(three)) { k += wordClass('upper').has(two) ? 2 : 3; upper = true; }
  if (k >= end) return null;
  const w = low(tokens, k);
  let value: number | undefined;
  let wordExact = true;
  if (/^(?:19|20)\d{2}$/.test(w)) return null; // a year, not a count
  if (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(w)) value = +w.replace(/,/g, '');
  else if (w === 'a' && low(tokens, k + 1) === 'few') { value = 2; wordExact = false; k++; }
  else {
    const n = numberWord(w);
    if (n) { value = n.value; wordExact = n.exact; }
  }
  if (value === undefined || value > 100000) return null;
  if (upper) return { min: 0, max: value, exact: false, start: i, end: k + 1 };
  return { min: value, exact: exact && wordExact, start: i, end: k + 1, ...(lowerBound(tokens, i, k + 1) ? { bound: true as const } : {}) };
}

/** Whether tokens i..e open with a phrase of the `atleast` class ("at least", "more than"; not "about"). */
function lowerBound(tokens: readonly Token[], i: number, e: number): boolean {
  const lower = wordClass('atleast');
  const one = low(tokens, i);
  const two = `${one} ${low(tokens, i + 1)}`;
  return e > i + 1 && (lower.has(one) || lower.has(two) || lower.has(`${two} ${low(tokens, i + 2)}`));
}

const POSSESSIVES = new Set(['their', 'his', 'her', 'its']);

/** What "claiming" must take for a toll: "claiming 30 lives", "claiming at least 12 victims". */
const CLAIMED = new Set(['lives', 'life', 'victims']);

/** Words that open another clause: a count before them is not the subject of a toll word after them ("wounding five before police shot him dead"). */
const CLAUSE_OPENERS = new Set(['before', 'after', 'when', 'while', 'as', 'until', 'because', 'since', 'but', 'where', 'whereas']);

/** "an armed man", "armed men": a person armed is the perpetrator ("armed police" are not). */
const ARMED_PERSONS = new Set(['man', 'men', 'woman', 'women', 'person', 'youth', 'youths', 'teenager', 'individual']);

/** Verbs of taking the hurt to hospital ("were taken to hospital", "was rushed to hospital"). */
const TAKEN_TO_HOSPITAL = new Set(['taken', 'rushed', 'admitted', 'airlifted', 'flown', 'hospitalised', 'hospitalized']);

/** Verbs of finding the dead: "N bodies have been recovered" is a toll ("two governing bodies agreed" is none). */
const BODIES_FOUND = new Set(['recovered', 'found', 'pulled', 'retrieved', 'exhumed', 'discovered', 'dug']);

function kindOfWord(w: string): 'killed' | 'injured' | null {
  if (wordClass('killed').has(w)) return 'killed';
  if (wordClass('injured').has(w)) return 'injured';
  return null;
}

/**
 * `naturalDeaths` false: a bare "X died" or "X was found dead" (no number, no killing) is not
 * counted: in a story of no known event type that is most often an obituary ("Famed music director
 * Viotti dies", "Actor Ossie Davis found dead"), not a toll.
 */
export function findCasualties(ctx: EventContext, naturalDeaths = true): Found[] {
  const { tokens, text } = ctx;
  const quantities = ctx.doc.maybe('quantities');
  const perpetrators = lexicon('perpetrator-nouns');
  const refYear = ctx.referenceDate?.slice(0, 4);
  const refMonth = ctx.referenceDate ? Number(ctx.referenceDate.slice(5, 7)) : undefined;
  const found: Found[] = [];
  const all: Found[] = [];
  let previous = '';
  for (const u of ctx.allUnits) {
    const sentence = text.slice(u.start, u.end);
    const lower = sentence.toLowerCase();
    const before = previous;
    previous = lower;
    const found: Found[] = [];
    // Counts in a sentence about another time or event, or what might happen, do not count;
    // nor do those in a sentence dated to another year.
    const isAbout = (f: Found[]) => {
      if (!f.length || distractorPattern().test(sentence)) return false;
      const years = sentence.match(/\b(?:19|20)\d{2}\b/g);
      return !(years && refYear && years.some((y) => y !== refYear)) && !inEarlierMonth(sentence, refMonth);
    };
    const ev = (s: number, e: number) => ({ start: tokens[s]!.start, end: tokens[e - 1]!.end });
    const perpIn = (s: number, e: number) => {
      for (let k = s; k < e; k++) if (perpetrators.has(low(tokens, k)) || (low(tokens, k) === 'armed' && ARMED_PERSONS.has(low(tokens, k + 1)))) return true;
      return false;
    };
    // ", including the assailant" / ", including one of the robbers" in tokens [s, e).
    const perpetratorIncluded = (s: number, e: number) => {
      for (let k = s; k < e; k++) if (low(tokens, k) === 'including') return perpIn(k + 1, Math.min(u.tokenEnd, k + 5));
      return false;
    };
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const w = low(tokens, i);
      // "NUM [people|others|of them] [were|have been] [reportedly] killed|injured"
      // "No one was hurt" is a toll of none (read below), not of one.
      // "None of the roughly 60 people on the train was hurt": the count is of those unhurt.
      const n = (w === 'one' && low(tokens, i - 1) === 'no') || afterNoneOf(tokens, i) ? null : numberAt(tokens, i, u.tokenEnd, quantities);
      if (n) {
        // "wounding five": the verb before the count reads it (below), whatever follows.
        const prev = low(tokens, i - 1);
        const ownedByVerb = wordClass('killverb').has(prev) || wordClass('injureverb').has(prev);
        let reach = n.end + 6;
        for (let k = n.end; !ownedByVerb && k < Math.min(u.tokenEnd, reach); k++) {
          let kw = low(tokens, k);
          // "Five other people, including two consulate employees, were wounded": the aside is skipped.
          if (kw === ',' && low(tokens, k + 1) === 'including') {
            let close = k + 2;
            while (close < u.tokenEnd && close < k + 10 && low(tokens, close) !== ',') close++;
            if (low(tokens, close) !== ',') break;
            reach += close + 1 - k;
            k = close + 1;
            kw = low(tokens, k);
          }
          // "temperatures near 38 C (100 F) has killed six": a number in brackets counts nothing after them.
          if (kw === ',' || kw === '.' || kw === ';' || kw === ')' || kw === '(' || CLAUSE_OPENERS.has(kw)) break;
          // "three passengers ... were being treated for injuries", "23 people were treated for burns".
          const treated = kw === 'treated' && low(tokens, k + 1) === 'for' && TREATED_FOR.has(low(tokens, k + 2));
          // "one officer suffered a minor injury": an injury its count suffered or sustained.
          const suffered = kw === 'injury' && tokens.slice(n.end, k).some((t) => SUFFERED.has(t.text.toLowerCase()));
          // "Seven bodies have been recovered", "five more bodies were pulled from the rubble": the dead.
          const bodies = kw === 'bodies' && tokens.slice(k + 1, Math.min(u.tokenEnd, k + 4)).some((t) => BODIES_FOUND.has(t.text.toLowerCase()));
          // "Two were taken to hospital with minor injuries", "12 were rushed to hospital": the hurt.
          const hospitalised = kw === 'hospital' && (low(tokens, k - 1) === 'to' || low(tokens, k - 1) === 'in') && TAKEN_TO_HOSPITAL.has(low(tokens, k - 2));
          const kind = kindOfWord(kw) ?? (kw === 'fatally' || bodies ? 'killed' : treated || suffered || hospitalised ? 'injured' : null);
          if (!kind) continue;
          // "30 lives were lost", "30 people lost their lives" count; in "a 17-million population
          // lives in ..." "lives" is a verb.
          if (kw === 'lives' && k !== n.end && !POSSESSIVES.has(low(tokens, k - 1))) continue;
          // "two people including the gunman", and told after the verb: "Two people died in total,
          // including the assailant", "Three people died in the attack, including one of the robbers".
          const including = (perpIn(n.end, k + 4) && /\binclud/.test(text.slice(tokens[n.end]!.start, tokens[Math.min(u.tokenEnd, k + 4) - 1]!.end))) || perpetratorIncluded(k + 1, Math.min(u.tokenEnd, k + INCLUDING_REACH));
          if (including && kind === 'killed') {
            found.push({ kind, min: Math.max(0, n.min - 1), max: n.max !== undefined ? n.max - 1 : undefined, exact: n.exact, ...ev(n.start, k + 1) });
            found.push({ kind: 'perpetratorsKilled', min: 1, exact: true, ...ev(n.start, k + 1) });
          } else {
            found.push({ kind: perpIn(n.end, k) ? 'perpetratorsKilled' : kind, min: n.min, max: n.max, exact: n.exact, bound: n.bound, ...ev(n.start, k + 1) });
          }
          break;
        }
        i = n.end - 1;
        continue;
      }
      // "One person was killed and another injured": one more, of the kind that follows.
      if (w === 'another') {
        let k = i + 1;
        if (ANOTHER_PERSON.has(low(tokens, k))) k++;
        if (ANOTHER_AUX.has(low(tokens, k))) k++;
        const kind = k < u.tokenEnd ? kindOfWord(low(tokens, k)) : null;
        if (kind) found.push({ kind: perpIn(i + 1, k) ? 'perpetratorsKilled' : kind, min: 1, exact: true, ...ev(i, k + 1) });
      }
      // "killing at least four people", "injuring 12 others", "injured X and at least three others";
      // "the bodies of nine miners" (not "Shameless, Hustle and Bodies are nominated for the 60-minute
      // prize"), "claimed the lives of 6 people".
      const verbKind = (wordClass('killverb').has(w) && (w !== 'bodies' || low(tokens, i + 1) === 'of'))
        || (w === 'lives' && low(tokens, i + 1) === 'of') ? 'killed' : wordClass('injureverb').has(w) ? 'injured' : null;
      // "a man was killed and two other people were injured": a passive's count is its subject, told
      // before it; a number after it belongs to the next clause.
      if (verbKind && !passiveBefore(tokens, i)) {
        for (let k = i + 1; k < Math.min(u.tokenEnd, i + 7); k++) {
          const kw = low(tokens, k);
          // "The five wounded, ages 15 to 41": past a comma, a number is no longer the verb's count.
          if (kw === '.' || kw === ';' || kw === ',' || kw === 'in' || kw === 'on') break;
          const m = numberAt(tokens, k, u.tokenEnd, quantities);
          if (!m) continue;
          // "claiming 30 lives", not "claiming the 800m title" or "claiming $20bn".
          if (w === 'claiming' && !CLAIMED.has(low(tokens, m.end)) && !CLAIMED.has(low(tokens, m.end + 1))) break;
          // "left seven people dead": the kind is the word after the count, when there is one.
          let kind: 'killed' | 'injured' = verbKind;
          for (let j = m.end; j < Math.min(u.tokenEnd, m.end + 3); j++) kind = kindOfWord(low(tokens, j)) ?? kind;
          if ((w === 'left' || w === 'leaving') && !kindOfWord(low(tokens, Math.min(u.tokenEnd - 1, m.end + 1))) && !kindOfWord(low(tokens, m.end))) break;
          // "injuring 23 pupils and a teacher": one more, named apart.
          const plusOne = andOneMore(tokens, m.end, u.tokenEnd) ? 1 : 0;
          found.push({ kind, min: m.min + plusOne, max: m.max !== undefined ? m.max + plusOne : undefined, exact: m.exact, bound: m.bound, ...ev(i, m.end + (plusOne ? 4 : 0)) });
          break;
        }
      }
      // "the death toll rose to seven", "the number of dead has climbed to 112"
      const tollKind = w === 'toll' ? 'killed' : w === 'number' && low(tokens, i + 1) === 'of' ? kindOfWord(low(tokens, i + 2)) : null;
      if (tollKind) {
        for (let k = i + 1; k < Math.min(u.tokenEnd, i + 7); k++) {
          const m = numberAt(tokens, k, u.tokenEnd, quantities);
          if (m) {
            // "The bomber also died, bringing the number of dead to 15": the new total counts the
            // perpetrator, whose death the sentence has just told.
            const withPerpetrator = tollKind === 'killed' && perpIn(u.tokenStart, i) && PERPETRATOR_DIED.test(text.slice(u.start, tokens[i]!.start).toLowerCase());
            const less = withPerpetrator ? 1 : 0;
            found.push({ kind: tollKind, min: Math.max(0, m.min - less), max: m.max !== undefined ? m.max - less : undefined, exact: m.exact, bound: m.bound, ...ev(i, m.end) });
            break;
          }
        }
      }
    }
    // "The gunman died at the scene. With his death, the number of people killed rose to five": a
    // total told with the perpetrator's death, which the sentence before told, counts him.
    if (HIS_DEATH.test(lower) && PERPETRATOR_DIED.test(before) && lexiconWordIn(before, perpetrators)) {
      for (const [k, f] of found.entries()) {
        if (f.kind === 'killed' && f.min > 0) found[k] = { ...f, min: f.min - 1, ...(f.max !== undefined ? { max: f.max - 1 } : {}) };
      }
    }
    addSeverityGroups(found, text);
    // No number: "left Ambassador Andrei Karlov dead", "the attacker was fatally shot", "X was killed".
    for (const m of lower.matchAll(NONE)) {
      // Someone's "no one died, it's not a big story" is a remark; the reporter's "no one was hurt" is the fact.
      if (ctx.inQuote(u.start + m.index)) continue;
      for (const kind of noneKinds((m[1] ?? m[2])!)) found.push({ kind, min: 0, max: 0, exact: true, none: true, start: u.start + m.index, end: u.start + m.index + m[0].length });
    }
    // "A police officer was wounded in the exchange of gunfire": one person hurt, exactly.
    const hurt = ONE_HURT.exec(lower);
    if (hurt && isAgentNoun(hurt[1]!) && !ctx.inQuote(u.start + hurt.index) && !found.some((f) => f.kind === 'injured')) {
      found.push({ kind: 'injured', min: 1, max: 1, exact: true, start: u.start + hurt.index, end: u.start + hurt.index + hurt[0].length });
    }
    if (!/dead|kill|shot|died|blew|suicide/.test(lower)) {
      if (isAbout(found)) all.push(...found);
      continue;
    }
    const dead = /\b(?:left|leaving)\s(?:\p{Lu}[\p{L}.'’-]*\s){1,4}dead\b/u.exec(sentence);
    if (dead) found.push({ kind: 'killed', min: 1, exact: false, start: u.start + dead.index, end: u.start + dead.index + dead[0].length });
    const death = /\b(?:was|were|has been|had been)\s(?:(?:\p{Ll}+ly|then|also|later|subsequently|himself|herself)\s){0,2}(?:killed|shot dead|found dead|fatally (?:shot|stabbed|wounded|injured)|pronounced dead)\b|\b(?:died|blew (?:himself|herself|themselves) up)\b/u.exec(lower);
    // "Nobody was killed": a toll of none (found above), not a death.
    if (death && u.tokenEnd > u.tokenStart && !NEGATED_SUBJECT.test(lower.slice(Math.max(0, death.index - 16), death.index)) && (naturalDeaths || (!NATURAL_DEATH.test(death[0]) && toldAsEvent(ctx, u, u.start + death.index, lower.slice(Math.max(0, death.index - 24), death.index))))) {
      const at = u.start + death.index;
      let v = u.tokenStart;
      while (v < u.tokenEnd && tokens[v]!.start < at) v++;
      const subjPerp = perpIn(Math.max(u.tokenStart, v - 6), v) || /\b(?:he|she)\b/.test(lower.slice(Math.max(0, death.index - 12), death.index)) && perpIn(u.tokenStart, u.tokenEnd) && !/\b(?:by|at)\s(?:the\s)?(?:gunman|attacker|assailant)/.test(lower);
      // "a man was killed", "A 29-year-old man was found ... and was pronounced dead": one person, exactly.
      const one = ONE_PERSON.test(lower.slice(Math.max(0, death.index - 40), death.index));
      found.push({ kind: subjPerp ? 'perpetratorsKilled' : 'killed', min: 1, ...(one ? { max: 1 } : {}), exact: one, start: at, end: at + death[0].length });
    }
    // "A gunman ... before officers shot him dead": the pronoun's death is the perpetrator's.
    const shotHim = /\b(?:shot|killed|gunned)\s(?:him|her)(?:\s(?:dead|down))?\b/.exec(lower);
    if (shotHim && perpIn(u.tokenStart, u.tokenEnd) && !/\b(?:he|she)\s(?:was|is)\s/.test(lower)) {
      found.push({ kind: 'perpetratorsKilled', min: 1, exact: false, start: u.start + shotHim.index, end: u.start + shotHim.index + shotHim[0].length });
    }
    if (/\bsuicide\s(?:bomber|attacker)\b/.test(lower)) {
      const m = /\bsuicide\s(?:bomber|attacker)\b/.exec(lower)!;
      found.push({ kind: 'perpetratorsKilled', min: 1, exact: false, start: u.start + m.index, end: u.start + m.index + m[0].length });
    }
    if (isAbout(found)) all.push(...found);
  }
  return all;
}

/** Units from the start in which a story of no known type tells a death as its own event. */
const LEAD_UNITS = 3;

/** A subject that names no one in particular: "those who were killed", "anyone who died". */
const GENERIC_SUBJECT = /\b(?:those|people|anyone|everyone|all|men|women|children|soldiers)\s+who\s+$/u;

/**
 * In a story of no known type (`naturalDeaths` false), a death told with no number counts only as
 * the story's own event: in its title or first sentences, in the reporter's words (not a quote's
 * "the families of those who were killed by the Nazis"), of someone in particular. Told later it
 * is most often the background of another story ("a picture of Mr van Gogh's body moments after he
 * was killed", in a story about camera phones), and a toll in the summary would mislead.
 */
function toldAsEvent(ctx: EventContext, u: Unit, at: number, before: string): boolean {
  return u.rank < LEAD_UNITS && !ctx.inQuote(at) && !GENERIC_SUBJECT.test(before);
}

/** Deaths a story of no known type tells without a killing: an obituary's (see findCasualties). */
const NATURAL_DEATH = /^(?:died|(?:was|were|has been|had been)\s.*(?:found|pronounced) dead)$/u;

/** Words that grade an injury: two counts graded apart in one sentence are two groups of the injured. */
const SEVERITY = /\b(?:seriously|critically|badly|severely|gravely|slightly|lightly|moderately|serious|critical|minor|light)\b/i;

/**
 * "Four passengers were seriously injured and 22 suffered minor injuries": counts of the injured that
 * each carry their own grade are groups of one toll, so one count is added for their sum (the highest
 * stands). Ungraded counts are not summed: "12 were injured, four of them seriously" is one group.
 */
function addSeverityGroups(found: Found[], text: string): void {
  const graded = found.filter((f) => f.kind === 'injured' && f.exact && !f.none && SEVERITY.test(text.slice(f.start, f.end)));
  if (graded.length < 2) return;
  const parts = graded.sort((a, b) => a.start - b.start).filter((f, k, all) => k === 0 || f.start >= all[k - 1]!.end);
  if (parts.length < 2) return;
  const sum = parts.reduce((n, f) => n + f.min, 0);
  found.push({ kind: 'injured', min: sum, max: sum, exact: true, start: parts[0]!.start, end: parts[parts.length - 1]!.end });
}

/**
 * The count that stands for each kind: the highest lower bound, with every span that supports it. A
 * toll stated as none stands only when no sentence gives one above zero.
 */
export function casualties(ctx: EventContext, naturalDeaths = true): DossierEvent['casualties'] {
  const found = findCasualties(ctx, naturalDeaths);
  const pick = (kind: Kind): Count | null => {
    const list = found.filter((f) => f.kind === kind && (f.min > 0 || (f.max ?? 0) > 0 || f.none));
    if (!list.length) return null;
    // Of equal counts, one stated as a lower bound wins ("kills seven" in the headline, "killing at
    // least seven" in the body: the toll may be higher); else an exact one ("one person was killed"
    // over "X was killed", at least one).
    const rank = (f: Found) => (f.bound ? 2 : f.exact ? 1 : 0);
    const best = list.reduce((a, b) => (b.min > a.min || (b.min === a.min && rank(b) > rank(a)) ? b : a));
    const evidence = [best, ...list.filter((f) => f !== best && f.min === best.min)]
      .slice(0, 4)
      .map((f) => ({ start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end) }));
    const count: Count = { min: best.min, exact: best.exact, evidence };
    if (best.max !== undefined) count.max = best.max;
    else if (best.exact) count.max = best.min;
    return count;
  };
  return { killed: pick('killed'), injured: pick('injured'), perpetratorsKilled: pick('perpetratorsKilled') };
}
