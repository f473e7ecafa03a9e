import type { EntityType } from '../core/record.js';
import { lexicon } from '../core/resources.js';
import { corefLexicons, wordKey } from './coref/lexicons.js';
import { refineType } from './entity-types.js';
import { defaultGazetteer } from './gazetteer.js';
import type { TagInput } from './tagger/input.js';
import { labelNames, spansFromLabels } from './tagger/labels.js';
import type { NerTagger } from './tagger/ner-tagger.js';

/** A name found in one sentence: tokens [start, end) of that sentence. */
export interface SentenceMention {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/**
 * Runs NER over one document's sentences (inputs carrying POS and chunk hashes) and refines
 * the CoNLL types into the record's. Shared by the pipeline stage and `dossier eval ner`.
 */
export function findMentions(tagger: NerTagger, inputs: readonly TagInput[], words: readonly (readonly string[])[]): SentenceMention[] {
  const labels = tagger.tagDocument(inputs, words);
  const out: SentenceMention[] = [];
  labels.forEach((ids, k) => {
    const names = labelNames(ids, tagger.labels);
    const spans = spansFromLabels(names).flatMap((found) => splitAtInnerTitle(titledPerson(found, words[k]!), words[k]!)
      .flatMap((span) => splitCapitalPlace(span, words[k]!))).map((span) => extendToHead(span, words[k]!));
    for (const span of joinNameParts(joinPlaceOf(spans, words[k]!), words[k]!)) {
      const refined = refineType(span.type, words[k]!.slice(span.start, span.end));
      out.push({ sentence: k, start: span.start, end: span.end, type: mediaName(refined, words[k]!, span.start, span.end) });
    }
  });
  return out;
}

/**
 * "Ankara's Centre for Contemporary Arts" tagged as ORG "Contemporary Arts": an organisation's name that
 * follows "for" or "of" after a capitalised head word of institutions ("Centre", "Ministry", "Institute":
 * resources/lexicon/institution-heads.txt) starts at that head word.
 */
export function extendToHead(span: { type: string; start: number; end: number }, words: readonly string[]): { type: string; start: number; end: number } {
  const s = span.start;
  if (span.type !== 'ORG' || s < 2) return span;
  const link = words[s - 1]!;
  const head = words[s - 2]!;
  if ((link !== 'for' && link !== 'of') || !NAME_WORD.test(head) || !lexicon('institution-heads').has(head.toLowerCase())) return span;
  return { ...span, start: s - 2 };
}

/** A word that can be part of a name after a title: capitalised, letters, apostrophes, dots, hyphens. */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** A word in capitals only ("WASHINGTON"), two letters or more. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’.-]*\p{Lu}$/u;

/**
 * "By Mark Hosenball WASHINGTON, Nov 6 (Reuters)": a byline glued to a dateline reads as one person's
 * name. A person's name written in ordinary case does not go on in capitals with a known place, so
 * the capitals that name a place (gazetteer) are cut off as that place. Left alone: "Jacques CHIRAC"
 * (capitals that are no place), names all in capitals (a headline's).
 */
export function splitCapitalPlace(span: { type: string; start: number; end: number }, words: readonly string[]): { type: string; start: number; end: number }[] {
  if (span.type !== 'PER' || span.end - span.start < 2) return [span];
  let cut = span.end;
  while (cut > span.start && CAPITALS_WORD.test(words[cut - 1]!)) cut--;
  if (cut === span.end || cut === span.start || !/\p{Ll}/u.test(words[cut - 1]!)) return [span];
  const kind = defaultGazetteer().typeOf(words.slice(cut, span.end).join(' '));
  if (kind === undefined || kind === 'demonym') return [span];
  return [{ type: 'PER', start: span.start, end: cut }, { type: 'LOC', start: cut, end: span.end }];
}

/**
 * "Governor Ali Hamza Gul", "Ambassador Karlov": a title (a role noun or an honorific) before
 * capitalised names is a person's name with the title in front, though the tagger called the span an
 * organisation (the title makes it look like one). The title is not part of the name
 * (CoNLL's convention too). Left alone: "Minister of Defence" (a lowercase word follows the title),
 * "Governor's Office" (ends with an organisation word).
 */
export function titledPerson(span: { type: string; start: number; end: number }, words: readonly string[]): { type: string; start: number; end: number } {
  // Only spans the tagger called organisations: a person's span or a MISC one ("Major League
  // Baseball") is left as the tagger read it.
  if (span.type !== 'ORG' || span.end - span.start < 2) return span;
  const lex = corefLexicons();
  const title = wordKey(words[span.start]!);
  // Titles that also begin organisations' names ("General Motors"): resources/lexicon/name-like-titles.txt.
  if ((!lex.roles.has(title) && !lex.honorifics.has(title)) || lexicon('name-like-titles').has(title)) return span;
  const rest = words.slice(span.start + 1, span.end);
  if (!rest.every((w) => NAME_WORD.test(w))) return span;
  if (lex.orgGeneric.has(rest[rest.length - 1]!.toLowerCase())) return span;
  return { type: 'PER', start: span.start + 1, end: span.end };
}

/**
 * "Panamanian Boxing Association President Ramon Manzanares": a title inside a span the tagger read as
 * one name, followed by capitalised words only, ends one name and starts a person's
 * (resources/lexicon/inner-person-titles.txt). The words before keep the span's type, or become an
 * organisation when the tagger called the whole span a person; the title belongs to neither (CoNLL's
 * convention). A title that ends the span ("Boxing Association President") splits nothing.
 */
export function splitAtInnerTitle(span: { type: string; start: number; end: number }, words: readonly string[]): { type: string; start: number; end: number }[] {
  const titles = lexicon('inner-person-titles');
  for (let t = span.start + 1; t < span.end - 1; t++) {
    if (!titles.has(words[t]!.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(words[t]!)) continue;
    const rest = words.slice(t + 1, span.end);
    if (!rest.every((w) => NAME_WORD.test(w))) return [span];
    return [{ type: span.type === 'PER' ? 'ORG' : span.type, start: span.start, end: t }, { type: 'PER', start: t + 1, end: span.end }];
  }
  return [span];
}

type Span = { type: string; start: number; end: number };

/** Lower-case particles inside surnames ("Van der Westhuizen", "de Silva", "Joaquin del Olmo"). */
const NAME_PARTICLES = new Set(['de', 'del', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'al', 'el']);
const QUOTE_MARKS = new Set(['"', '“', '”']);

/**
 * Person names the tagger cut in pieces: two parts around a lower-case particle ("Van" + "der" +
 * "Westhuizen"), a particle right before a surname ("de Silva"), and a nickname in quotes between a
 * first name and a surname ("Roberto " Hands of Stone " Duran"), each one person as CoNLL codes it.
 * `spans` are in sentence order and do not overlap.
 */
export function joinNameParts(spans: readonly Span[], words: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (span.type === 'PER' && prev) {
      const between = words.slice(prev.end, span.start);
      // "Van der Westhuizen": one particle between two parts (the first may be typed otherwise).
      const particle = between.length === 1 && NAME_PARTICLES.has(between[0]!);
      // "Roberto " Hands of Stone " Duran": a quoted nickname between a first name and a surname.
      const nickname = prev.type === 'PER' && between.length >= 3 && QUOTE_MARKS.has(between[0]!) && QUOTE_MARKS.has(between[between.length - 1]!) &&
        between.slice(1, -1).every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w) || w === 'of' || w === 'the');
      const nickIsSpan = between.length === 1 && QUOTE_MARKS.has(between[0]!);
      if ((particle && (prev.type === 'PER' || prev.end - prev.start === 1)) || nickname) {
        out[out.length - 1] = { type: 'PER', start: prev.start, end: span.end };
        continue;
      }
      // The nickname itself came out as a span: "Hector", '"', "Macho", '"', "Camacho".
      if (nickIsSpan && out.length >= 2) {
        const first = out[out.length - 2]!;
        const gap = words.slice(first.end, prev.start);
        const after = words.slice(prev.end, span.start);
        if (first.type === 'PER' && gap.length === 1 && QUOTE_MARKS.has(gap[0]!) && after.length === 1 && QUOTE_MARKS.has(after[0]!)) {
          out.splice(out.length - 2, 2, { type: 'PER', start: first.start, end: span.end });
          continue;
        }
      }
    }
    // "de Silva": a particle right before a surname, not after another name.
    if (span.type === 'PER' && span.start > 0 && NAME_PARTICLES.has(words[span.start - 1]!) && !(prev && prev.end === span.start - 1) && !/^\p{Lu}/u.test(words[span.start - 2] ?? '')) {
      out.push({ ...span, start: span.start - 1 });
      continue;
    }
    out.push(span);
  }
  return out;
}

/** Heads of place names written "HEAD of NAME": natural features and political units. */
const PLACE_OF_HEADS = new Set(['gulf', 'bay', 'sea', 'isle', 'isles', 'island', 'islands', 'cape', 'strait', 'straits', 'lake',
  'republic', 'kingdom', 'province', 'district', 'county', 'city', 'region', 'prefecture', 'governorate', 'emirate', 'principality']);

/**
 * "Bay of Plenty", "Gulf of Mexico", "Republic of Congo": the tagger often cuts a place named "HEAD of
 * NAME" in two ("Bay" + "Plenty") or leaves the head out ("Strait of" + "Hormuz"), where CoNLL codes one
 * location. A capitalised head (PLACE_OF_HEADS) before "of" (or "of the") and a name makes one place,
 * from the start of a name that ends with the head ("Democratic Republic") to the end of the name
 * after. Not "State of the Union" (no state among the heads), nor a head in lower case ("the bay of
 * the town").
 */
export function joinPlaceOf(spans: readonly Span[], words: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let of = span.start - 1;
    if (/^the$/i.test(words[of] ?? '')) of--;
    const head = words[of - 1] ?? '';
    if (!/^of$/i.test(words[of] ?? '') || !/^\p{Lu}/u.test(head) || !PLACE_OF_HEADS.has(head.toLowerCase())) {
      out.push(span);
      continue;
    }
    // A name ending with the head ("Democratic Republic") is the place's start.
    const prev = out[out.length - 1];
    const joined = prev !== undefined && prev.end === of;
    if (joined) out.pop();
    out.push({ type: 'LOC', start: joined ? prev.start : of - 1, end: span.end });
  }
  return out;
}

/**
 * A name typed as a city or unknown place right before a media head is the outlet, not the place: "Anadolu" in "the
 * Anadolu news agency reported" is an organisation (heads: resources/lexicon/media-heads.txt).
 */
export function mediaName(type: EntityType, words: readonly string[], start: number, end: number): EntityType {
  if (type !== 'GPE' && type !== 'LOC') return type;
  // "a U.S. agency": a country or state before the head is where the outlet is, not its name.
  const listed = defaultGazetteer().typeOf(words.slice(start, end).join(' '));
  if (listed === 'country' || listed === 'admin') return type;
  let next = (words[end] ?? '').toLowerCase();
  if (next === 'news' || next === 'state') next = (words[end + 1] ?? '').toLowerCase();
  return lexicon('media-heads').has(next) ? 'ORG' : type;
}
