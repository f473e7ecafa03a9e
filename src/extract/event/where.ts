import type { Arg } from '../../core/record.js';
import { lexicon } from '../../core/resources.js';
import { makeArg, Ranked, type EventContext } from './context.js';

/**
 * "Where": places named after a locative preposition ("in Croydon", "at Ankara's Centre for
 * Contemporary Arts") or common place nouns ("at an art gallery", "near the station"), plus the
 * GPE/LOC/FAC mentions of the NER layer when it ran. Scored by position and by how often the place
 * recurs; each carries its entity's id (and so its coordinates) when coreference ran.
 */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through']);
const DETS = new Set(['the', 'a', 'an']);
const JOINERS = new Set(['of', 'for', 'de', 'del', 'al', "'s", '’s', '-', 'and']);
const NOT_PLACES = /^(?:least|most|all|large|first|last|home|full|general|once|length|heart|time|office|power|court|custody|fact|particular|total|order|addition|response|charge|public|front|favour|place|talks|detail|which|what|new)$/i;
const MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\.?$/;

const PERSON_TITLES = /^(?:president|minister|king|queen|prince|princess|pope|senator|governor|mayor|ambassador|chancellor|secretary|judge|sir|lord|lady)$/;
const isCap = (w: string) => /^\p{Lu}/u.test(w) && !MONTH_OR_DAY.test(w) && !NOT_PLACES.test(w);

export function whereCandidates(ctx: EventContext): Arg[] {
  const p = ctx.params.where;
  const places = lexicon('place-nouns');
  const titles = lexicon('title-abbreviations');
  const functionWords = lexicon('event-function-words');
  const ranked = new Ranked(p.freq);
  const { tokens, text } = ctx;
  const mentions = (ctx.doc.maybe('mentions') ?? []).filter((m) => m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC');
  for (const u of ctx.allUnits) {
    const inWindow = u.rank < ctx.params.window;
    const w = inWindow ? ctx.weight(u) : 0;
    for (const m of mentions) {
      if (m.start < u.start || m.start >= u.end || ctx.inQuote(m.start)) continue;
      const prev = ctx.lower[m.tokenStart - 1] ?? '';
      const next = tokens[m.tokenEnd]?.text ?? '';
      // "the US election", "Turkish media": a place name used as a modifier.
      if (/^\p{Ll}/u.test(next) && !functionWords.has(next.toLowerCase()) && !places.has(next.toLowerCase())) continue;
      const score = w * p.named * (LOCATIVE.has(prev) ? 1 : p.bare);
      ranked.add(makeArg(text, m.start, m.end, score, ctx.entityAt(m.start, m.end)?.id));
    }
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      if (!LOCATIVE.has(ctx.lower[i]!) || ctx.inQuote(tokens[i]!.start)) continue;
      let j = i + 1;
      if (j < u.tokenEnd && DETS.has(ctx.lower[j]!)) j++;
      const s = j;
      // Proper names, joined by "of", "for", "'s" ("Ankara's Centre for Contemporary Arts").
      let k = s;
      while (k < u.tokenEnd && (isCap(tokens[k]!.text) || (k > s && JOINERS.has(tokens[k]!.text.toLowerCase()) && isCap(tokens[k + 1]?.text ?? '')))) k++;
      if (k > s && !mentions.length) {
        const single = k - s === 1 ? tokens[s]!.text : '';
        const first = tokens[s]!.text.toLowerCase().replace(/\.$/, '');
        if (/(?:ish|ese)$/.test(single) || titles.has(first) || PERSON_TITLES.test(first)) continue;
        const next = tokens[k]?.text ?? '';
        // "German consulate", "British stores": a name before a place noun makes a facility.
        if (k < u.tokenEnd && places.has(next.toLowerCase())) {
          ranked.add(makeArg(text, tokens[s]!.start, tokens[k]!.end, w * p.facility, ctx.entityAt(tokens[s]!.start, tokens[k]!.end)?.id));
          continue;
        }
        // "the US election": a name used as a modifier is not where the event happened.
        if (/^\p{Ll}/u.test(next) && !functionWords.has(next.toLowerCase())) continue;
        ranked.add(makeArg(text, tokens[s]!.start, tokens[k - 1]!.end, w * p.named, ctx.entityAt(tokens[s]!.start, tokens[k - 1]!.end)?.id));
        continue;
      }
      if (k > s) continue;
      // A common place noun after up to two modifiers: "an art gallery", "the northern Afghan city of X".
      for (let n = s; n < Math.min(u.tokenEnd, s + 3); n++) {
        const word = tokens[n]!.text.toLowerCase();
        if (!places.has(word)) {
          if (!/^[\p{L}-]+$/u.test(word) || LOCATIVE.has(word)) break;
          continue;
        }
        let e = n + 1;
        while (e < u.tokenEnd && places.has(ctx.lower[e]!)) e++; // "port city", "police station"
        let weight = p.common;
        // "the northern Afghan city of Mazar-i-Sharif": a common noun that names a place.
        if (tokens[e]?.text.toLowerCase() === 'of' && isCap(tokens[e + 1]?.text ?? '')) {
          e += 2;
          while (e < u.tokenEnd && isCap(tokens[e]!.text)) e++;
          weight = p.named;
        }
        ranked.add(makeArg(text, tokens[s]!.start, tokens[e - 1]!.end, w * weight));
        break;
      }
    }
  }
  // A name that is the subject of a sentence read acts, it is not a place ("to Donald Trump").
  const agents = new Set(ctx.clauses.filter((c) => c.subject).map((c) => text.slice(tokens[c.subject![0]]!.start, tokens[c.subject![1] - 1]!.end).toLowerCase()));
  return ranked.list().filter((a) => !agents.has(a.text.toLowerCase())).filter((a, i) => i < p.max && a.score >= p.minScore);
}
