import type { Mention } from '../../core/layers.js';
import type { Arg } from '../../core/record.js';
import { lexicon } from '../../core/resources.js';
import { isRegionName } from '../../nlp/geo/gazetteer.js';
import { wordLevel } from '../../clean/dictionary.js';
import { corefLexicons } from '../../nlp/coref/lexicons.js';
import { countryIndex } from '../../nlp/geo/countries.js';
import { placeCandidates } from '../../nlp/geo/gazetteer.js';
import { makeArg, Ranked, round, type EventContext } from './context.js';
import { datelineAt } from './dateline.js';
import { isFiniteVerb, lemma } from './verbs.js';
import { hasTrigger } from './who-what.js';
import { clauseWords } from './clause-words.js';

/**
 * "Where": places named after a locative preposition ("in Croydon", "at Ankara's Centre for
 * Contemporary Arts") or common place nouns ("at an art gallery", "near the station"), plus the
 * GPE/LOC/FAC mentions of the NER layer when it ran. Scored by position and by how often the place
 * recurs; each carries its entity's id (and so its coordinates) when coreference ran.
 */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through']);
/** Words that end a road's name ("Cardiffsbridge Road") or open a numbered one ("Route 32", "Highway 131"). */
const ROAD_ENDS = new Set(['road', 'street', 'avenue', 'highway', 'motorway', 'boulevard', 'lane', 'drive', 'expressway', 'freeway', 'parkway']);
const NUMBERED_ROADS = new Set(['route', 'highway', 'interstate', 'motorway']);

/**
 * End (exclusive) of a road named from token k: capitalised words ending in a road word
 * ("Kilinskiego Street", "Federal Highway 131"), a numbered road ("Route 32", "Interstate 95"), or
 * a motorway's or a state road's code ("the M4", "the A1", "I-95", "PR-2"); `from` itself when there is none.
 */
function roadAfter(ctx: EventContext, from: number, to: number): number {
  const { tokens } = ctx;
  const k = ctx.lower[from] === 'the' ? from + 1 : from;
  // (And the state or national road codes "PR-2", "SR-20", "NH-44", "E-40".)
  if (k < to && /^(?:[MA]\d{1,3}|I-\d{1,3}|N\d{1,3}|(?:PR|SR|SH|NH|US|RN|DN|SS|BR|CR|FM|[ANEM])-\d{1,4})$/.test(tokens[k]!.text)) return k + 1;
  // ("on the High Street": after "the", the shops of any town, not a road.)
  if (k > from) return from;
  let e = k;
  while (e < to && e - k < 4 && isCap(tokens[e]!.text)) e++;
  if (e === k) return from;
  if (NUMBERED_ROADS.has(ctx.lower[e - 1]!) && /^\d{1,4}[A-Z]?$/.test(tokens[e]?.text ?? '')) return e + 1;
  return ROAD_ENDS.has(ctx.lower[e - 1]!) ? e : from;
}

/** Last words of an occasion's name, not a building's: "Awards", "Show", "Open", "Championships". */
const OCCASION_HEADS = new Set(['awards', 'award', 'show', 'open', 'championship', 'championships', 'tournament', 'festival', 'prix', 'cup', 'games', 'summit', 'conference', 'expo', 'fair', 'congress', 'forum', 'olympics', 'series', 'classic', 'trophy', 'masters', 'week']);

/** "on the outskirts", "in the northern suburbs": the part of a place at token k follows a locative within three words. */
function partLocated(ctx: EventContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (LOCATIVE.has(ctx.lower[j]!) || ctx.lower[j] === 'on') return true;
  return false;
}

/** Shores and islands that "off" places something by, at sea ("off the west coast of Epi", "off the island"). */
const SHORES = new Set(['coast', 'coastline', 'shore', 'shores', 'island', 'islands', 'cape', 'peninsula', 'mainland', 'port', 'harbour', 'harbor']);

/**
 * "off" at token i places an event at sea by the land after it: before a shore ("off the west coast
 * of Epi", "off the coast of northern Mauritania") or a place NER names ("15 kilometres off
 * Nouadhibou"); not "took off", "kicked off on Sunday", "off duty".
 */
function offShore(ctx: EventContext, i: number, placeAt: (k: number, ok?: (m: Mention) => boolean) => Mention | undefined): boolean {
  if (ctx.lower[i] !== 'off') return false;
  if (placeAt(i + 1, (m) => m.type === 'GPE' || m.type === 'LOC') !== undefined) return true;
  let j = i + 1;
  if (DETS.has(ctx.lower[j] ?? '')) j++;
  if (COMPASS.test(ctx.lower[j] ?? '')) j++;
  return SHORES.has(ctx.lower[j] ?? '');
}

/** Nouns of a part of a place, after which "of" names the place ("the outskirts of Sivakasi"). */
const PLACE_PARTS = new Set(['outskirts', 'edge', 'centre', 'center', 'heart', 'suburbs', 'suburb']);
const DETS = new Set(['the', 'a', 'an']);
const JOINERS = new Set(['of', 'for', 'de', 'del', 'al', "'s", '’s', '-', 'and']);
const NOT_PLACES = /^(?:least|most|all|large|first|last|home|full|general|once|length|heart|time|office|power|court|custody|fact|particular|total|order|addition|response|charge|public|front|favour|place|talks|detail|which|what|new)$/i;
const MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\.?$/;

/**
 * The name at tokens [start, end) is the source of an inverted report: after a report verb that
 * follows a comma or a quote mark ("..., said Jupiter", "...,” says Gartner"), or after
 * "according to", and ending its clause.
 */
function givesReport(ctx: EventContext, start: number, end: number, report: ReadonlySet<string>): boolean {
  const next = ctx.tokens[end]?.text ?? '.';
  if (!CLAUSE_END.has(next)) return false;
  const prev = ctx.lower[start - 1] ?? '';
  if (prev === 'to' && ctx.lower[start - 2] === 'according') return true;
  return report.has(lemma(prev) ?? prev) && INVERSION.has(ctx.tokens[start - 2]?.text ?? '');
}

const CLAUSE_END = new Set(['.', ',', ';', '!', '?', ')']);
/**
 * Offices a place before them says where of ("A Managua judge", "the Chandigarh mayor"): they act
 * where they sit. (Not "England captain" or "US president": a team or a country whose news may be elsewhere.)
 */
const LOCAL_OFFICES = new Set(['judge', 'judges', 'magistrate', 'magistrates', 'mayor', 'governor', 'prosecutor', 'prosecutors', 'sheriff', 'coroner']);
/** What a place named only before a local office keeps of its weight, as the last answer left (see whereCandidates). */
const MODIFYING = 0.5;
const INVERSION = new Set([',', '"', '”', "'", '’']);

/** Compass words that place a region of a named place: "southern Peru", "north-west Syria", "eastern". */
const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)$/;

const PERSON_TITLES = /^(?:president|minister|king|queen|prince|princess|pope|senator|governor|mayor|ambassador|chancellor|secretary|judge|sir|lord|lady)$/;
/** A capitalised word that goes on inside a name (NOT_PLACES's words too: "Royal Court House"). */
const inName = (w: string) => /^\p{Lu}/u.test(w) && !MONTH_OR_DAY.test(w);
const isCap = (w: string) => inName(w) && !NOT_PLACES.test(w);

export function whereCandidates(ctx: EventContext, triggers: ReadonlySet<string> = new Set(), eventType?: string): Arg[] {
  const p = ctx.params.where;
  const places = lexicon('place-nouns');
  const titles = lexicon('title-abbreviations');
  const functionWords = lexicon('event-function-words');
  const report = clauseWords('report');
  const ranked = new Ranked(p.freq);
  const { tokens, text } = ctx;
  const allMentions = ctx.doc.maybe('mentions') ?? [];
  // (A name NER calls an organisation that ends in a region's noun is the region: "Karaganda Region".)
  const mentions = joinedPlaces(text, allMentions.filter((m) => m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC' || (m.type === 'ORG' && namesRegion(text.slice(m.start, m.end)))));
  // The place mentions by their first token: every token of every sentence asks for one.
  const startingAt = new Map<number, Mention[]>();
  for (const m of mentions) startingAt.set(m.tokenStart, [...(startingAt.get(m.tokenStart) ?? []), m]);
  const placeAt = (k: number, ok: (m: Mention) => boolean = () => true) => startingAt.get(k)?.find(ok);
  // A capitalised run that NER calls a person or a people is not a place ("Mr Trump", "Turkish").
  const notPlace = allMentions.filter((m) => m.type === 'PERSON' || m.type === 'NORP');
  // Nor one it calls an organisation from end to end ("a profit dip at Warner Bros", "job cuts at
  // IBM"), unless the gazetteer knows the name as a place, or in sport, where NER calls grounds
  // organisations as CoNLL does ("at Anfield", "at the Bernabeu").
  const organisations = eventType === 'sport' ? [] : allMentions.filter((m) => m.type === 'ORG');
  // A firm or a person named right after, or a title within two words ("Prime Minister", "former president").
  const ownsAgent = (k: number) =>
    [k, k + 1].some((j) => personTitle(ctx.lower[j]?.replace(/\.$/, '') ?? '', titles)) || allMentions.some((m) => m.tokenStart === k && (m.type === 'ORG' || m.type === 'PERSON'));
  const organisationAt = (start: number, end: number) =>
    organisations.some((m) => m.start <= start && m.end >= end && placeCandidates(text.slice(m.start, m.end), 1).length === 0);
  // A sentence that tells a fixture ("a draw at Anfield") names a ground, whatever the story's type.
  const fixture = lexicon('fixture-words');
  // "Trump Tower in New York City": the fullest form the article gives a venue, with its town.
  const qualified = new Map<string, Arg>();
  const qualify = (from: number, k: number) => {
    const place = tokens[k]?.text === 'in' ? placeAt(k + 1, (m) => m.type === 'GPE' || m.type === 'LOC') : undefined;
    if (!place) return;
    const key = text.slice(tokens[from]!.start, tokens[k - 1]!.end).toLowerCase();
    if (!qualified.has(key)) qualified.set(key, makeArg(text, tokens[from]!.start, place.end, 0, ctx.entityAt(tokens[from]!.start, tokens[k - 1]!.end)?.id));
  };
  const headlines = ctx.allUnits.filter((u) => u.kind === 'title');
  const times = ctx.doc.maybe('times') ?? [];
  const quoted: Arg[] = [];
  // Places the sentences read name only before a local office ("A Managua judge", "Chandigarh
  // mayor") or before a capitalised title or a party's member ("Colorado Gov.", "Texas
  // Democrat"): where the news was, when the article names no place otherwise (see the fallbacks
  // at the end). (Not an owner, "Britain's Jason Gardener", nor a modifier, "the US election" or
  // "England captain": the Giveme5W1H coders leave where empty then.)
  const modifying: Arg[] = [];
  // Roads named after "on" (see roadAfter), by their text: roadStretch reads where along them.
  const roads = new Set<string>();
  // Datelines naming only the filing city (start offsets): they say nothing of where the event was.
  const filingCities = new Set<number>();
  for (const u of ctx.allUnits) {
    const inWindow = u.rank < ctx.params.window;
    // Beyond the sentences read a place still counts a little ("sold in the UK" deep in the body).
    const w = inWindow ? ctx.weight(u) : p.outside;
    const d = inWindow ? datelineAt(tokens, u.tokenStart, u.tokenEnd, u.kind !== 'title') : null;
    if (d && d.placeEnd > d.placeStart) {
      const [from, to] = [tokens[d.placeStart]!.start, tokens[d.placeEnd - 1]!.end];
      // The dateline says where the reporter stands, most often where the event happened; but
      // when its sentence or the headline names another place ("LIMA - ... struck southern
      // Peru"), that place is where it happened and the dateline is only the filing city.
      const own = text.slice(from, to).toLowerCase();
      const other = (m: { start: number; end: number }) => text.slice(m.start, m.end).toLowerCase() !== own;
      // Not a name that owns something ("Lithuania's Prosecutor General's Office" says whose office),
      const owner = (m: Mention) => /^['’]s?$/.test(tokens[m.tokenEnd]?.text ?? '');
      // nor one before a title ("Colorado Gov. Martin Seeley", "the Colorado governor"), which says the same.
      const ofTitle = (m: Mention) => personTitle(ctx.lower[m.tokenEnd]?.replace(/\.$/, '') ?? '', titles);
      // A dateline that is a sentence of its own ("ASTANA, April 15. /TASS/.") heads the next one.
      const next = d.bodyStart >= u.tokenEnd ? ctx.allUnits[ctx.allUnits.indexOf(u) + 1] : undefined;
      const scopeEnd = next ? next.end : u.end;
      // (Nor one in the news's stated aim: "in a bid to become the largest operator in the Baltic Sea".)
      const elsewhere = mentions.some((m) => other(m) && !owner(m) && !ofTitle(m) && !inStatedAim(ctx, u, m.tokenStart) && ((m.tokenStart >= d.bodyStart && m.end <= scopeEnd) || headlines.some((t) => m.start >= t.start && m.end <= t.end)));
      if (elsewhere) filingCities.add(from);
      ranked.add(makeArg(text, from, to, p.dateline * (elsewhere ? p.datelineElsewhere : 1), ctx.entityAt(from, to)?.id));
    }
    // "Police in Lima say a bus plunged off a mountain road": the informant's place is where the
    // report comes from (see reportedClause).
    const informant = inWindow ? ctx.clauses[u.rank]?.informant : undefined;
    const fromInformant = (i: number) => informant !== undefined && i >= informant[0] && i < informant[1];
    for (const m of mentions) {
      if (m.start < u.start || m.start >= u.end) continue;
      if (ctx.inQuote(m.start)) {
        // Kept aside: a place only a quote gives ("our bars in the UK") answers when nothing else does.
        if (afterLocative(ctx, m.tokenStart)) quoted.push(makeArg(text, m.start, m.end, w * p.named, ctx.entityAt(m.start, m.end)?.id));
        continue;
      }
      // The dateline's place is weighed as a dateline above, not again as a name.
      // (Nor is the agency it names: "ASTANA, April 15. /TASS/.")
      if (d && m.tokenStart >= d.placeStart && m.tokenEnd <= d.bodyStart) continue;
      // A place NER names stays one after "shares in" ("shares in London rose"), not after a job.
      if (employerAt(ctx, m.tokenStart - (DETS.has(ctx.lower[m.tokenStart - 1] ?? '') ? 2 : 1))) continue;
      // "Mr. Trump" tagged as a place: a name after an honorific or a title is a person.
      const first = ctx.lower[m.tokenStart]!.replace(/\.$/, '');
      if (personTitle(first, titles)) continue;
      const prev = ctx.lower[m.tokenStart - 1] ?? '';
      const next = tokens[m.tokenEnd]?.text ?? '';
      // "..., said Jupiter.", "according to Gartner,": the name gives the report, a firm or an office
      // however NER types it, not where the event was ("Blair says UK aid to soar" reports about it).
      if (givesReport(ctx, m.tokenStart, m.tokenEnd, report)) continue;
      // "the US election", "Turkish media": a place name used as a modifier; but "Croydon tram
      // crash" names where the event happened.
      // A bare name before a verb is its subject, a place standing for its people or team
      // ("Chicago won", "Moscow denied"); after "in" it is where ("in Harlan turned out").
      if (/^\p{Ll}/u.test(next) && !functionWords.has(next.toLowerCase()) && !places.has(next.toLowerCase()) && !(afterLocative(ctx, m.tokenStart) && verbAt(ctx, m.tokenEnd)) && !namesEvent(ctx, m.tokenEnd, u.tokenEnd, triggers)) {
        if (inWindow && LOCAL_OFFICES.has(next.toLowerCase())) modifying.push(makeArg(text, m.start, m.end, w * p.named, ctx.entityAt(m.start, m.end)?.id));
        continue;
      }
      // "South Korea's Hyundai Motor", "Russia's Foreign Ministry", "Britain's Prince Harry": a place
      // owning a firm, an office or a person says whose, not where ("Ankara's Centre for
      // Contemporary Arts", a place owning a place, still says where).
      if (/^['’]s?$/.test(next) && !LOCATIVE.has(prev) && ownsAgent(m.tokenEnd + 1)) continue;
      // "at southern Colorado's largest hospital": after a locative, a place a superlative ranks
      // within is no more where than the hospital is (not "Europe's biggest carmaker said").
      if ((LOCATIVE.has(prev) || (COMPASS.test(prev) && LOCATIVE.has(ctx.lower[m.tokenStart - 2] ?? ''))) && ranksWithin(ctx, m.tokenEnd)) continue;
      // "Pennsylvania Democrat Lauren Voss", "Texas Republicans", "Colorado Gov. Martin Seeley": a
      // place before a party's member or a title says whose, not where.
      if (!LOCATIVE.has(prev) && (PARTY_MEMBERS.test(next) || personTitle(next.toLowerCase().replace(/\.$/, ''), titles))) {
        if (inWindow) modifying.push(makeArg(text, m.start, m.end, w * p.named, ctx.entityAt(m.start, m.end)?.id));
        continue;
      }
      // "treated at a hospital in Bharatpur", "flown to hospital in Annecy": where the injured were
      // taken is not where it happened.
      // ("The bus, travelling from Kathmandu to Birgunj": where it came from is not where it was.)
      // ("Mines Minister X told reporters in Lusaka": in an incident, where the news was given out is not where it happened.)
      // ("near the Sangam, the confluence of the Ganges and Yamuna rivers": a place in what describes
      // the place before it is not where.)
      const apart = afterHospital(ctx, m.tokenStart) || prev === 'from' || inStatedAim(ctx, u, m.tokenStart) || (triggers.size > 0 && reportVenue(ctx, m.tokenStart)) || datedBefore(ctx, m.end, times) || describesPlaceBefore(ctx, m.tokenStart);
      // "on the outskirts of Sivakasi", "in the town of Kosti": after a place's part, "of" says where.
      // (Itself after a locative: not "smoke over the eastern suburbs of Houston".)
      // ("on Unst, Shetland": "on" before a place set in another by a comma puts it on an island; not
      // "on Wall Street", "take on Portadown".)
      const locative = LOCATIVE.has(prev) || offShore(ctx, m.tokenStart - 1, placeAt) || describedAfterLocative(ctx, m.tokenStart) || (prev === 'on' && m.type !== 'FAC' && m.type !== 'ORG' && next === ',' && placeAt(m.tokenEnd + 1, (x) => x.type === 'GPE' || x.type === 'LOC') !== undefined) || (prev === 'of' && PLACE_PARTS.has(ctx.lower[m.tokenStart - 2] ?? '') && partLocated(ctx, m.tokenStart - 2));
      const score = w * p.named * (locative ? 1 : p.bare) * (apart ? PLACE_APART : fromInformant(m.tokenStart) ? INFORMANT_PLACE : 1);
      ranked.add(makeArg(text, m.start, m.end, asNewsVenue(ctx, m.tokenStart, triggers, score), ctx.entityAt(m.start, m.end)?.id));
    }
    const court = inWindow ? courtHeard(ctx, u) : undefined;
    if (court) ranked.add({ ...court, score: w * p.named });
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      // "on Route 32", "on Kilinskiego Street", "on the M4": a road named after "on" is where.
      if (ctx.lower[i] === 'on' && !ctx.inQuote(tokens[i]!.start)) {
        const road = roadAfter(ctx, i + 1, u.tokenEnd);
        if (road > i + 1) {
          const arg = makeArg(text, tokens[i + 1]!.start, tokens[road - 1]!.end, w * p.facility);
          ranked.add(arg);
          roads.add(arg.text.toLowerCase());
        }
        continue;
      }
      if (!(LOCATIVE.has(ctx.lower[i]!) || offShore(ctx, i, placeAt)) || ctx.inQuote(tokens[i]!.start) || employerAt(ctx, i) || fromInformant(i)) continue;
      // "shares in SSL", "a stake in Irancell": a company, unless NER calls the name a place ("shares in London").
      if (ctx.lower[i] === 'in' && HOLDINGS.has(ctx.lower[i - 1] ?? '') && !placeAt(i + 1)) continue;
      let j = i + 1;
      // "Galamsey Pit Caves In At Manso Nkwanta": a title-case locative after another is read at its own turn.
      if (LOCATIVE.has(ctx.lower[j] ?? '')) continue;
      if (j < u.tokenEnd && DETS.has(ctx.lower[j]!)) j++;
      // "in southern Peru", "in north-west Syria": a compass word before a name is part of the answer.
      // Only before a name NER calls a place ("in northern Afghan city of ..." reads on as a noun phrase).
      const compass = j + 1 < u.tokenEnd && COMPASS.test(ctx.lower[j]!) && placeAt(j + 1, (m) => m.type !== 'FAC') ? j : -1;
      if (compass >= 0) j++;
      const s = j;
      const answerStart = compass >= 0 ? compass : s;
      // Proper names, joined by "of", "for", "'s" ("Ankara's Centre for Contemporary Arts").
      let k = s;
      // (Inside a name, between capitalised words, a capitalised common word is the name's: "the Royal
      // Court House"; at its end it is left out as before: courts are weighed apart, see courtHeard.)
      while (k < u.tokenEnd && (isCap(tokens[k]!.text) || (k > s && inName(tokens[k]!.text) && isCap(tokens[k + 1]?.text ?? '')) || (k > s && JOINERS.has(tokens[k]!.text.toLowerCase()) && isCap(tokens[k + 1]?.text ?? '')))) k++;
      if (k > s) {
        const next = tokens[k]?.text ?? '';
        if (ranksWithin(ctx, k)) continue;
        // "German consulate", "British stores": a name (even a people's) before a place noun makes a
        // facility, with up to two lower-case nouns between ("the Sandilands commuter train stop").
        const noun = facilityNounEnd(ctx, k, u.tokenEnd, places);
        // "in the Sudanese city of Kosti": a people's name before "city of" and a place's name is
        // that place, as "the city of Kosti" is.
        const named = noun > 0 && ctx.lower[noun] === 'of' ? placeAt(noun + 1, (m) => m.type === 'GPE' || m.type === 'LOC') : undefined;
        if (named) {
          ranked.add(makeArg(text, tokens[s]!.start, tokens[named.tokenEnd - 1]!.end, w * p.named, ctx.entityAt(named.start, named.end)?.id));
          qualify(s, named.tokenEnd);
          continue;
        }
        if (noun > 0) {
          ranked.add(makeArg(text, tokens[s]!.start, tokens[noun - 1]!.end, w * p.facility, ctx.entityAt(tokens[s]!.start, tokens[noun - 1]!.end)?.id));
          qualify(s, noun);
          continue;
        }
        // A person or people named by the run's last word is not a place; "Trump Tower" (a name inside) is.
        const head = tokens[k - 1]!;
        // A run holding a place noun ("Afghan City of Mazar-i-Sharif") is a place whatever NER says of its head.
        const placeNoun = tokens.slice(s, k).some((t) => places.has(t.text.toLowerCase()));
        // (Unless, after "in" or "near", the gazetteer knows the run as a town: "a columbarium in Sai Kung", which NER took for a person.)
        if (!placeNoun && notPlace.some((m) => m.start < head.end && head.start < m.end) && !knownTownAfter(ctx, i, text.slice(tokens[s]!.start, head.end))) continue;
        // ("at the Eventim Apollo in Hammersmith": a name "at" which something happened, in a town, is a venue, whatever NER calls it.)
        // (Not an occasion held there: "at the Consumer Electronics Show in Las Vegas", "the Qatar Open in Doha".)
        const venue = ctx.lower[i] === 'at' && ctx.lower[k] === 'in' && !OCCASION_HEADS.has(ctx.lower[k - 1]!) && placeAt(k + 1, (m) => m.type === 'GPE' || m.type === 'LOC') !== undefined;
        if (!placeNoun && !venue && organisationAt(tokens[s]!.start, head.end) && !hasTrigger(ctx, u.tokenStart, u.tokenEnd, fixture)) continue;
        // A title-case headline capitalises common words ("in Clinton Email Case"): a run ending on
        // a dictionary word names a place only when it is a place noun or NER calls it a place.
        const headWord = head.text.toLowerCase();
        if (!places.has(headWord) && !venue && wordLevel(headWord) !== undefined && !mentions.some((m) => m.start < head.end && head.start < m.end)) continue;
        const single = k - s === 1 ? tokens[s]!.text : '';
        const first = tokens[s]!.text.toLowerCase().replace(/\.$/, '');
        // ("grows 2.9% in Q3", "in H1", "in FY2026": a period of the year, not a place.)
        if (/(?:ish|ese)$/.test(single) || PERIOD_CODE.test(single) || personTitle(first, titles)) continue;
        // "the US election": a name used as a modifier is not where the event happened ("the Croydon tram crash" is).
        if (/^\p{Ll}/u.test(next) && !functionWords.has(next.toLowerCase()) && !verbAt(ctx, k) && !namesEvent(ctx, k, u.tokenEnd, triggers)) continue;
        const apart = afterHospital(ctx, s) || (triggers.size > 0 && reportOccasion(ctx, i - 1)) || datedBefore(ctx, tokens[k - 1]!.end, times);
        const score = w * p.named * (apart ? PLACE_APART : 1);
        ranked.add(makeArg(text, tokens[answerStart]!.start, tokens[k - 1]!.end, answerStart === s ? asNewsVenue(ctx, s, triggers, score) : score, ctx.entityAt(tokens[s]!.start, tokens[k - 1]!.end)?.id));
        qualify(s, k);
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
        // "the northern Afghan city of Mazar-i-Sharif": a common noun that names a place; not one
        // of an organisation or a person ("at the centre of Labour's campaign").
        // ("off the coast of northern Mauritania": a compass word before the name is part of it.)
        const compassed = tokens[e]?.text.toLowerCase() === 'of' && COMPASS.test(ctx.lower[e + 1] ?? '') ? 1 : 0;
        if (tokens[e]?.text.toLowerCase() === 'of' && isCap(tokens[e + 1 + compassed]?.text ?? '')) {
          const owner = tokens[e + 1 + compassed]!;
          if (allMentions.some((m) => m.start <= owner.start && owner.end <= m.end && (m.type === 'ORG' || m.type === 'PERSON' || m.type === 'NORP'))) break;
          e += 2 + compassed;
          while (e < u.tokenEnd && isCap(tokens[e]!.text)) e++;
          weight = p.named;
        }
        ranked.add(makeArg(text, tokens[s]!.start, tokens[e - 1]!.end, w * weight));
        break;
      }
    }
  }
  // Wherever in the article it is, when the article also names that place in its own words ("the
  // UK-only change"): it is the only place the article gives its event. A place only the quotes
  // name is left out ("we won in Arizona" in a candidate's speech).
  if (!ranked.list().some((a) => a.score >= p.minScore)) {
    const own = new Set(mentions.filter((m) => !ctx.inQuote(m.start)).map((m) => text.slice(m.start, m.end).toLowerCase()));
    for (const a of quoted) if (own.has(a.text.toLowerCase())) ranked.add({ ...a, score: Math.max(a.score, p.minScore) });
  }
  // "Patients were left stranded in public hospitals across the country": with no place that
  // answers, a scope the sentences read give the news ("across the country", "nationwide") does.
  if (!ranked.list().some((a) => a.score >= p.minScore)) {
    const scope = scopeOf(ctx, p.minScore);
    if (scope) ranked.add(scope);
  }
  // "A Managua judge on Tuesday sentenced ...": with no other place, the one named before a local office
  // is where, the weightiest (first) told.
  if (!ranked.list().some((a) => a.score >= p.minScore) && modifying.length > 0) {
    const first = modifying.reduce((a, b) => (b.score > a.score ? b : a));
    ranked.add({ ...first, score: Math.max(first.score * MODIFYING, p.minScore) });
  }
  // A name that is the subject of a sentence read acts, it is not a place ("to Donald Trump").
  // Each of a joined subject too ("Chile and Argentina sign deal": neither is where).
  const agents = new Set(ctx.clauses.filter((c) => c.subject).flatMap((c) => {
    const subject = text.slice(tokens[c.subject![0]]!.start, tokens[c.subject![1] - 1]!.end).toLowerCase();
    return [subject, ...subject.split(/,|\band\b|&/).map((x) => x.trim()).filter((x) => x.length > 0)];
  }));
  // (A building named as such stays a place as a subject: "Tamale Teaching Hospital gets heart
  // centre" over "commissioned ... at the Tamale Teaching Hospital"; not "Wall Street had expected more".)
  const list = ranked.list().filter((a) => !agents.has(a.text.toLowerCase()) || BUILDINGS.has(a.text.toLowerCase().split(' ').pop()!));
  // A venue answers in its fullest form, with the town it lies in ("Trump Tower in New York City"), at its own rank.
  const full = (a: Arg): Arg => {
    const q = qualified.get(a.text.toLowerCase());
    return q ? { ...a, text: q.text, start: q.start, end: q.end } : a;
  };
  return fullerForm(courtOverTown(ctx, roadStretch(ctx, roads, townOverVenue(ctx, placedInTop(ctx, placedByAnother(ctx, preferContained(ctx, list, filingCities))), qualified))))
    .map(full)
    .filter((a, i) => i < p.max && a.score >= p.minScore)
    .map((a) => withRegion(ctx, a, mentions));
}

/** "at a packed Kensington Oval", "in the historic Kelton Square": a locative, a determiner and one adjective before the name at k. */
function describedAfterLocative(ctx: EventContext, k: number): boolean {
  return /^JJ/.test(ctx.tokens[k - 1]?.pos ?? '') && /^\p{Ll}/u.test(ctx.tokens[k - 1]!.text) && DETS.has(ctx.lower[k - 2] ?? '') && LOCATIVE.has(ctx.lower[k - 3] ?? '');
}

/**
 * "at a packed Kensington Oval", which NER tags as two places ("Kensington", "Oval"): place
 * mentions one space apart, with nothing between, are one name.
 */
function joinedPlaces(text: string, places: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of places) {
    const last = out[out.length - 1];
    if (last && last.tokenEnd === m.tokenStart && m.start === last.end + 1 && text[last.end] === ' ') {
      out[out.length - 1] = { ...last, end: m.end, tokenEnd: m.tokenEnd };
    } else out.push(m);
  }
  return out;
}

/**
 * Buildings whose name stays a place when it is a sentence's subject (see whereCandidates). Not
 * facility-words.txt, which also holds streets, roads and squares ("Wall Street had expected more").
 */
const BUILDINGS = new Set(['hospital', 'clinic', 'school', 'college', 'university', 'airport', 'stadium', 'arena', 'museum', 'prison', 'jail', 'hotel', 'theatre', 'theater', 'mosque', 'church', 'cathedral', 'temple', 'factory', 'mine', 'refinery']);

/** A scope of the whole country: "across the country", "across the nation", "nationwide" (not "Nationwide", a name). */
const SCOPE = /\b(?:[Aa]cross|[Tt]hroughout) the (?:country|nation)\b|\bnationwide\b/u;

/** The first scope of the whole country in the sentences read, outside quotes, as an answer of that score. */
function scopeOf(ctx: EventContext, score: number): Arg | undefined {
  for (const u of ctx.units) {
    const m = SCOPE.exec(ctx.text.slice(u.start, u.end));
    if (m && !ctx.inQuote(u.start + m.index)) return makeArg(ctx.text, u.start + m.index, u.start + m.index + m[0].length, score);
  }
  return undefined;
}

/**
 * "Nevada" in the headline, "in the Nevada desert" in the report: the top answer takes the fuller
 * form the report gives it, the name with a noun of land or water after it, when that form scores
 * near it. (Not any place noun: "Cardiff city centre" cut to "Cardiff city", "UK house prices".)
 */
function fullerForm(list: Arg[]): Arg[] {
  const top = list[0];
  if (!top) return list;
  const name = `${top.text.toLowerCase()} `;
  const fuller = list.find((a) => a !== top && a.score >= FULLER_FORM * top.score && a.text.toLowerCase().startsWith(name) && a.text.slice(name.length).split(' ').every((w) => LAND.has(w.toLowerCase())));
  return fuller ? [{ ...fuller, score: top.score }, ...list.filter((a) => a !== top && a !== fuller)] : list;
}

/** Nouns of land and water that a place's name takes after it (see fullerForm). */
const LAND = new Set(['desert', 'coast', 'coastline', 'forest', 'rainforest', 'mountains', 'hills', 'valley', 'beach', 'lake', 'island', 'islands', 'countryside', 'highlands', 'plateau', 'delta']);

/** How near the top answer's score its fuller form must come (see fullerForm). */
const FULLER_FORM = 0.8;

/** What a place counts for that the event did not happen in: where the injured were treated (see afterHospital) or where someone came from. */
const PLACE_APART = 0.3;
/**
 * Where the informant is ("Police in Lima say a bus plunged ... near San Mateo"): as often the
 * region the event happened in ("Officials in Cojedes state said farmland would be taken"), so it
 * counts more than a place apart, less than the report's own places.
 */
const INFORMANT_PLACE = 0.6;
const HOSPITAL_WORDS = new Set(['hospital', 'hospitals', 'clinic', 'clinics']);

/** Verbs of the injured taken or treated somewhere ("were being treated at a hospital in", "flown to hospital in"). */
const TREATED = new Set(['taken', 'flown', 'rushed', 'treated', 'admitted', 'airlifted', 'transferred', 'evacuated']);

/**
 * A hospital word among the four words before token i, and a verb of being taken or treated before
 * it ("treated at a hospital in Bharatpur", "flown to hospital in Annecy"); not "is in hospital in
 * Los Angeles after suffering a stroke", where the hospital is the news.
 */
function afterHospital(ctx: EventContext, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    if (!HOSPITAL_WORDS.has(ctx.lower[k]!)) continue;
    for (let j = Math.max(0, k - 5); j < k; j++) if (TREATED.has(ctx.lower[j]!)) return true;
  }
  return false;
}

/** Locatives after which a name the gazetteer knows as a town is that town, whatever NER calls it. */
const TOWN_LOCATIVES = new Set(['in', 'near']);

/** The locative at token i is "in" or "near" and the gazetteer knows `name` as a town or a region. */
function knownTownAfter(ctx: EventContext, i: number, name: string): boolean {
  return TOWN_LOCATIVES.has(ctx.lower[i]!) && placeCandidates(name, 1).some((c) => c.kind === 'city' || c.kind === 'region');
}

/** How far after a place a date is read as dating it ("in Changamwe in March 2024"), in characters. */
const DATED_REACH = 12;

/**
 * "found with 126 kilogrammes of ivory at a godown in Changamwe in March 2024", in a story of 2026:
 * a place dated in a year two or more before the article's is where something earlier happened (last
 * year's may be this story's, told in January).
 */
function datedBefore(ctx: EventContext, end: number, times: readonly { start: number; known: { year?: number } }[]): boolean {
  const year = Number(ctx.referenceDate?.slice(0, 4));
  if (!year) return false;
  return times.some((t) => t.start >= end && t.start - end <= DATED_REACH && t.known.year !== undefined && t.known.year < year - 1);
}

/** Who news is given out to: "told reporters in Lusaka". */
const REPORT_AUDIENCE = new Set(['reporters', 'journalists', 'briefing']);

/**
 * Token k is a report's audience or occasion: "reporters", "a briefing", "a news conference" (a
 * union's "spring conference" is an event of its own), or a statement's issuing ("in a statement
 * issued in Chambery").
 */
function reportOccasion(ctx: EventContext, k: number): boolean {
  const w = ctx.lower[k] ?? '';
  return REPORT_AUDIENCE.has(w) || (w === 'conference' && (ctx.lower[k - 1] === 'news' || ctx.lower[k - 1] === 'press'))
    || (ISSUED.has(w) && STATEMENTS.has(ctx.lower[k - 1] ?? ''));
}

const ISSUED = new Set(['issued', 'released', 'published']);
const STATEMENTS = new Set(['statement', 'statements', 'communique', 'communiqué', 'release']);

/**
 * What a place where the news was given out weighs, as a share of a named place in the headline,
 * wherever the report names it: in a story that is no incident, "told reporters at a briefing in
 * Kuala Lumpur", "said at a news conference in Osaka" is where the news happened (the deal
 * announced, the finding presented), over places the news is about (the plants in Sabah, the
 * health posts in Pikine). In an incident it is apart from it (see reportVenue's callers).
 */
const NEWS_VENUE = 0.7;

/** A place's score, at least NEWS_VENUE of a headline's named place when token i is where a story that is no incident (no triggers) was given out. */
function asNewsVenue(ctx: EventContext, i: number, triggers: ReadonlySet<string>, score: number): number {
  return triggers.size === 0 && reportVenue(ctx, i) ? Math.max(score, NEWS_VENUE * ctx.params.where.named) : score;
}

/** The place at token i follows "in" or "at" after a report's audience or occasion. */
function reportVenue(ctx: EventContext, i: number): boolean {
  const at = ctx.lower[i - 1] === 'in' || ctx.lower[i - 1] === 'at' ? i - 1 : -1;
  return at > 0 && reportOccasion(ctx, at - 1);
}

/** Nouns of a named region after "in the": "in the Ayacucho region", "in the Middle Juba region". */
const REGION_NOUNS = new Set(['region', 'province', 'state', 'district', 'county', 'department', 'governorate', 'prefecture', 'regency', 'oblast']);

/** An Irish or British county as written ("Co Meath", "Co. Cork", "County Kerry"). */
const COUNTY_PREFIX = /^(?:Co\.?|County) \p{Lu}/u;

/** A name that says it is a region: "Karaganda Region", "Yanjin County", "Co Meath". */
function namesRegion(name: string): boolean {
  return REGION_NAME.test(name) || COUNTY_PREFIX.test(name);
}

/**
 * A place answers with the region the text places it in, where the text gives one right after a
 * mention of it: "Oulu, in northern Finland", "Huanta in the Ayacucho region", "the Andes of
 * southern Peru" (the first mention so placed, which may not be the one ranked: the fullest form
 * the article gives, as for venues). Readers (and coders) give the place that way; its
 * coordinates stay the place's own.
 */
function withRegion(ctx: EventContext, a: Arg, mentions: readonly Mention[]): Arg {
  const { tokens, text } = ctx;
  if (!/(?:^|\s)\p{Lu}\S*$/u.test(a.text)) return a; // a name, or a phrase ending in one ("town of Jilib")
  let k = 0;
  for (let at = text.indexOf(a.text); at >= 0; at = text.indexOf(a.text, at + 1)) {
    const end = at + a.text.length;
    while (k < tokens.length && tokens[k]!.end < end) k++;
    if (k >= tokens.length) break;
    // A whole word ("Jilib", not the end of "Xjilib") outside quotes.
    if (tokens[k]!.end !== end || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) || ctx.inQuote(at)) continue;
    const regionEnd = regionAfter(ctx, { start: at, end }, k + 1, mentions);
    if (regionEnd > 0) return { ...a, text: text.slice(at, regionEnd), start: at, end: regionEnd };
  }
  return a;
}

/** End offset of a region phrase at token k (", in northern Finland", " in the Ayacucho region", " of southern Peru"), or 0. */
function regionAfter(ctx: EventContext, answer: { start: number; end: number }, k: number, mentions: readonly Mention[]): number {
  const { tokens, lower } = ctx;
  const country = (m: { start: number; end: number }) => {
    const g = ctx.entityAt(m.start, m.end)?.geo;
    return g !== undefined && isCountry(g);
  };
  // The region or country lies around the place, where both are placed ("in Paris, Ireland face
  // ..." names no Paris in Ireland) ...
  const contains = (m: { start: number; end: number }) => {
    const inner = ctx.entityAt(answer.start, answer.end)?.geo;
    const outer = ctx.entityAt(m.start, m.end)?.geo;
    return !inner || !outer || inner.country === outer.country;
  };
  // ... and ends the phrase: no verb follows it.
  const clauseGoesOn = (m: { tokenEnd: number }) => /^(?:VB|MD)/.test(tokens[m.tokenEnd]?.pos ?? '') || /^['’]s$/.test(tokens[m.tokenEnd]?.text ?? '');
  // "Malang regency, East Java": the place's own region noun first.
  if (REGION_NOUNS.has(lower[k] ?? '') && tokens[k + 1]?.text === ',') k++;
  const comma = tokens[k]?.text === ',';
  if (comma) k++;
  const isRegion = (m: { start: number; end: number }) => {
    const name = ctx.text.slice(m.start, m.end);
    return lexicon('gazetteer-admin').has(name) || isRegionName(name) || namesRegion(name);
  };
  // "Dunboyne, Co Meath", "Findlay, Ohio", "Mersin, Turkey": a comma, then the region or country it lies in.
  const apposed = comma ? mentions.find((m) => m.tokenStart === k && (m.type === 'GPE' || m.type === 'LOC' || m.type === 'ORG')) : undefined;
  if (apposed && !isRegion(answer) && (isRegion(apposed) || (country(apposed) && !country(answer))) && contains(apposed) && !clauseGoesOn(apposed)) return apposed.end;
  const prep = lower[k];
  if (prep !== 'in' && !(prep === 'of' && !comma)) return 0;
  k++;
  const the = lower[k] === 'the';
  if (the) k++;
  // "in northern Finland", "of southern Peru": a compass word (needed after "of") and a place NER names.
  const compass = COMPASS.test(lower[k] ?? '');
  const place = mentions.find((m) => m.tokenStart === (compass ? k + 1 : k) && (m.type === 'GPE' || m.type === 'LOC'));
  // Without a compass word only a country, after a place that is none: "Chingola in Zambia", not
  // "Africa in Cape Town" nor "Scotland in Murrayfield" (there "in" names a place inside).
  if (place && !the && (compass || (prep === 'in' && country(place) && !country(answer)))) return place.end;
  // "Kinsale in Co Cork": a region in its own right after a place that is none.
  const region = compass ? undefined : mentions.find((m) => m.tokenStart === k && isRegion(m));
  if (region && !the && prep === 'in' && !isRegion(answer) && !country(answer) && !clauseGoesOn(region)) return region.end;
  // "in the Ayacucho region": capitalised words, then a region noun.
  if (prep === 'in' && the) {
    let e = k;
    while (e < k + 3 && /^\p{Lu}/u.test(tokens[e]?.text ?? '')) e++;
    if (e > k && REGION_NOUNS.has(lower[e] ?? '')) return tokens[e]!.end;
  }
  return 0;
}

/**
 * Whether the lower-case words from token i (up to three nouns) reach a trigger noun of an
 * incident: a place before them names where it happened ("Croydon tram crash", "Seattle
 * shooting"). `triggers` is empty for events that are not incidents. A verb's past form is not
 * part of the name ("Afghanistan bombed").
 */
function namesEvent(ctx: EventContext, i: number, to: number, triggers: ReadonlySet<string>): boolean {
  if (triggers.size === 0) return false;
  for (let k = i; k < Math.min(to, i + 3); k++) {
    const w = ctx.lower[k]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[k]!.text) || /ed$/.test(w)) return false;
    // "US drone strike", "Russian missile strike": before a strike from the air the country is
    // who struck, not where ("Croydon tram crash" names the place).
    if (STRIKE_MEANS.has(w)) return false;
    if (triggers.has(w)) return true;
  }
  return false;
}

/** Means of a strike from afar, named before "strike" or "attack" ("drone strike", "air strike"). */
const STRIKE_MEANS = new Set(['drone', 'air', 'missile', 'rocket', 'artillery', 'naval', 'airstrike', 'airstrikes']);

// Abbreviations that start place names as often as people's ("St. Louis", "St Albans").
const PLACE_OPENERS = new Set(['st']);
/** A quarter, half or financial year written as a code: "Q3", "H1", "FY2026", "FY25". */
const PERIOD_CODE = /^(?:Q[1-4]|H[12]|FY\d{2}(?:\d{2})?)$/;

/** A party's members, which a place before them qualifies ("Pennsylvania Democrat"). */
const PARTY_MEMBERS = /^(?:Democrats?|Republicans?|Tory|Tories|Conservatives?|Liberals?|Labour|Socialists?|Greens?)$/;

/** A word (lower case, no final dot) that puts a person's name after it: "mr", "gen", "president". */
function personTitle(first: string, titles: ReadonlySet<string>): boolean {
  return corefLexicons().honorifics.has(first) || (titles.has(first) && !PLACE_OPENERS.has(first)) || PERSON_TITLES.test(first);
}

/**
 * End (exclusive) of a place noun at token k, or after up to two lower-case words before one
 * ("commuter train stop"); 0 when there is none. The words between are nouns, not verbs or
 * function words ("Paris was the stop" is no facility).
 */
function facilityNounEnd(ctx: EventContext, k: number, to: number, places: ReadonlySet<string>): number {
  for (let n = k; n < Math.min(to, k + 3); n++) {
    const w = ctx.lower[n]!;
    if (places.has(w)) return n + 1;
    const t = ctx.tokens[n]!;
    if (!/^\p{Ll}+$/u.test(t.text) || (t.pos !== undefined && t.pos !== 'NN') || (t.pos === undefined && lemma(w) !== undefined)) return 0;
  }
  return 0;
}

/** Nouns of holding: what follows "in" after one is a company ("shares in SSL", "a stake in Cisco"). */
const HOLDINGS = new Set(['share', 'shares', 'stake', 'stakes', 'holding', 'holdings', 'investment', 'investments', 'interest', 'interests', 'stock']);

/** The "at" at token i follows a job: it opens an employer ("chief security architect at Cisco", which NER calls a place). */
function employerAt(ctx: EventContext, i: number): boolean {
  return ctx.lower[i] === 'at' && EMPLOYEE_ROLES.has(ctx.lower[i - 1] ?? '');
}

/** Roles held at an employer ("an analyst at Merrill Lynch", "chief security architect at Cisco"). */
const EMPLOYEE_ROLES = new Set(['analyst', 'analysts', 'economist', 'economists', 'architect', 'executive', 'executives', 'strategist', 'researcher', 'researchers', 'engineer', 'engineers', 'scientist', 'scientists', 'director', 'manager', 'boss', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'officer', 'president', 'partner', 'trader', 'traders', 'consultant', 'editor', 'head']);

/** Whether token i follows a locative preposition, directly or after an article ("in", "at the"). */
function afterLocative(ctx: EventContext, i: number): boolean {
  const prev = ctx.lower[i - 1] ?? '';
  return LOCATIVE.has(prev) || (DETS.has(prev) && LOCATIVE.has(ctx.lower[i - 2] ?? ''));
}

/** A finite verb the tagger tagged at token i ("in Harlan turned out"): the place before it is no modifier. */
function verbAt(ctx: EventContext, i: number): boolean {
  return ctx.tokens[i]?.pos !== undefined && isFiniteVerb(ctx.tokens, i);
}

const ANY_COUNTRY = '*';

/** The place an Arg's entity was geocoded to, when coreference and geocoding ran. */
const geoOf = (ctx: EventContext, a: Arg) => ctx.entityAt(a.start, a.end)?.geo;
/** True when a geocoded place is a whole country (its name is the country's). */
const isCountry = (g: { name: string; country: string }) => countryIndex().byCode.get(g.country)?.name === g.name;
const SETTLEMENT_OF = /\b(?:city|town|village|district|province|county|region)\s+of\s+\p{Lu}/iu;

/**
 * The most specific place first: a country is where the event happened only when no place inside
 * it is named ("Croydon" before "Britain"); the entities' geo tells which lies in which.
 */
function preferContained(ctx: EventContext, list: Arg[], filingCities: ReadonlySet<number>): Arg[] {
  const inside = new Set<string>();
  const readEnd = endOfRead(ctx);
  for (const a of list) {
    // A filing city lies in its country, but the event need not ("LIMA - ... struck southern Peru").
    // (Nor does a place named only past the sentences read: "sold in the United States and Canada"
    // stays where a recall is when the last line says shares fell "in New York".)
    if (filingCities.has(a.start) || a.start >= readEnd) continue;
    const g = geoOf(ctx, a);
    if (g && !isCountry(g)) inside.add(g.country);
    // "the city of Mazar-i-Sharif": a place the text itself calls a city or town lies inside a country.
    else if (!g && SETTLEMENT_OF.test(a.text)) inside.add(ANY_COUNTRY);
  }
  if (inside.size === 0) return list;
  return list
    .map((a) => {
      const g = geoOf(ctx, a);
      return g && isCountry(g) && (inside.has(g.country) || inside.has(ANY_COUNTRY)) ? { ...a, score: round(a.score * ctx.params.where.country) } : a;
    })
    .sort((x, y) => y.score - x.score || x.start - y.start);
}

/** ", east of Johannesburg", " about 30 km north of Lima": a place told by where it lies from another. */
const PLACED_FROM = /^,?\s(?:(?:just|some|about|roughly|around)\s)?(?:[\d.,]+\s?(?:km|kilometres|kilometers|miles|mi)\s)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\sof\s/u;

/**
 * "ambushed a van on a highway in Boksburg, east of Johannesburg": a place the text tells by where
 * it lies from another place is where the event was, more precisely than that other ("near
 * Johannesburg" in the headline, the dateline): it ranks just above it.
 */
function placedByAnother(ctx: EventContext, list: Arg[]): Arg[] {
  let out = list;
  for (const a of list) {
    const m = PLACED_FROM.exec(ctx.text.slice(a.end, a.end + 60));
    if (!m) continue;
    const from = ctx.text.slice(a.end + m[0].length, a.end + m[0].length + 40).toLowerCase();
    const other = out.find((b) => b !== a && b.score >= a.score && from.startsWith(b.text.toLowerCase()));
    if (!other) continue;
    out = out.map((b) => (b === a ? { ...a, score: round(other.score + 0.001) } : b)).sort((x, y) => y.score - x.score || x.start - y.start);
  }
  return out;
}

/** Where the sentences read end: a place named past it was not read as the event's (see preferContained). */
function endOfRead(ctx: EventContext): number {
  return ctx.units[ctx.units.length - 1]?.end ?? 0;
}

/** A court's name: "Western Cape High Court", "Southwark Crown Court", "the Milimani Law Courts". */
const COURT = /\b(?:High|Crown|Magistrates['’]?|District|Circuit|Supreme|County|Criminal|Law|Appeals?|Federal|Constitutional|Sessions|Family|Youth|Regional|Provincial|Superior|Military|Labour|Labor) Courts?$/u;

/**
 * "Ex-housing boss guilty of R38m fraud over Delft homes" and then "convicted ... in the Western
 * Cape High Court yesterday": in a court's story the court the sentences read name is where it
 * happened, over a town the headline names as the case's subject (not over a country).
 */
function courtOverTown(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  const g = top ? geoOf(ctx, top) : undefined;
  // (Not over a country, which courts rule for: "Kenya's High Court" in a story placed in Kenya.)
  if (!top || COURT.test(top.text) || (g && isCountry(g))) return list;
  const readEnd = endOfRead(ctx);
  const court = list.find((a) => COURT.test(a.text) && a.start < readEnd && a.score >= ctx.params.where.minScore);
  return court ? [{ ...court, score: top.score }, ...list.filter((a) => a !== court)] : list;
}

/** What a court is said to have done when it names the court that heard a case: " heard", " was told". */
const HEARD = /^\s(?:heard|has heard|had heard|was told|were told)\b/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’]*$/u;

/**
 * "..., Southwark Crown Court heard.": British court reporting names the court only as the one
 * that heard the case; it is where the case was, which courtOverTown then weighs. The court's name
 * is up to four capitalised words before "Court" (not "The"), when they make a court's name (COURT).
 */
function courtHeard(ctx: EventContext, u: { start: number; end: number }): Arg | undefined {
  const { text } = ctx;
  for (let at = text.indexOf(' Court', u.start); at >= 0 && at < u.end; at = text.indexOf(' Court', at + 1)) {
    const end = at + ' Court'.length + (text[at + ' Court'.length] === 's' ? 1 : 0);
    if (!HEARD.test(text.slice(end, end + 16))) continue;
    const before = text.slice(u.start, at).split(' ');
    let n = 0;
    while (n < 4 && n < before.length && CAPITALISED_WORD.test(before[before.length - 1 - n]!) && before[before.length - 1 - n] !== 'The') n++;
    const start = at - before.slice(before.length - n).join(' ').length;
    if (n > 0 && COURT.test(text.slice(start, end))) return makeArg(text, start, end, 0);
  }
  return undefined;
}

/** A part of a place named after the place: " district of Deurne", " suburb of Kelton". */
const PART_OF = /^ (?:district|suburb|neighbou?rhood|borough|area|quarter|village|town|municipality|township|ward) of \p{Lu}/u;

/** What sets a place inside the one after it: ", " or " in ", " in the ", with a compass word ("in southern Japan"). */
const SET_IN = /^(?:,\s|\s(?:near|in)\s(?:the\s)?)((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s)?/u;

/**
 * "Bus plunges into ravine in Oaxaca" over "a ravine near Villa Sola de Vega, Oaxaca"; "Tanegashima
 * Space Center in southern Japan": when the sentences read set a place inside the top answer, that
 * place is where the event was, more precisely, and answers as the text puts it, with the top
 * answer after it. Only a place that is itself a candidate, read in the sentences read, and no
 * country (which the top answer cannot lie inside).
 */
function placedInTop(ctx: EventContext, list: Arg[]): Arg[] {
  const top = list[0];
  if (!top) return list;
  const places = lexicon('place-nouns');
  const readEnd = endOfRead(ctx);
  for (const a of list) {
    if (a === top || a.start >= readEnd || a.score < ctx.params.where.minScore || a.text.toLowerCase() === top.text.toLowerCase()) continue;
    // "the Antwerp district of Deurne" under "... at Antwerp home": a part of the top answer, named.
    if (PART_OF.test(a.text.slice(top.text.length)) && a.text.startsWith(top.text)) return [{ ...a, score: top.score }, ...list.filter((b) => b !== a && b !== top), top];
    const g = geoOf(ctx, a);
    if ((g && isCountry(g)) || namesRegion(a.text) || isRegionName(a.text)) continue;
    // A place by name or by its noun ("the Italian consulate"), not a capitalised word ("Born in
    // Luton") nor an occasion held there ("the Grand Prix in Birmingham").
    const last = a.text.split(' ').pop()!.toLowerCase();
    const type = ctx.entityAt(a.start, a.end)?.type;
    if (!(type === 'GPE' || type === 'LOC' || type === 'FAC' || places.has(last)) || OCCASION_HEADS.has(last)) continue;
    // (A one-word "place" that is a dictionary word is a sentence's capitalised first word: "Born in Luton".)
    if (!a.text.includes(' ') && wordLevel(last) !== undefined) continue;
    const m = SET_IN.exec(ctx.text.slice(a.end, a.end + 40));
    if (!m) continue;
    // The top answer may hold the compass word itself ("southern Japan").
    const at = [a.end + m[0].length, a.end + m[0].length - (m[1]?.length ?? 0)].find((k) => ctx.text.startsWith(top.text, k));
    if (at === undefined) continue;
    let end = at + top.text.length;
    // The whole name, not the start of a longer one ("in Oaxaca City"); with its region noun ("in Larnaca district").
    const noun = /^ (\p{L}+)/u.exec(ctx.text.slice(end, end + 20));
    if (noun && REGION_NOUNS.has(noun[1]!.toLowerCase())) end += noun[0].length;
    else if (/[\p{L}\p{N}]/u.test(ctx.text[end] ?? '')) continue;
    return [makeArg(ctx.text, a.start, end, top.score, a.entityId), ...list.filter((b) => b !== a && b !== top), top];
  }
  return list;
}

/** " north of Barrie", " near Hyak", " about 20km south of Kelton": where along a road it was. */
const ALONG_ROAD = /^\s(?:(?:just|some|about|roughly|around)\s)?(?:[\d.,]+\s?(?:km|kilometres|kilometers|miles|mi)\s)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\sof|near)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}/u;
/** " on the Lokoja-Abuja highway", " on Highway 400", " on the N1": the road a place lies on. */
const ON_ROAD = /^\s(?:on|along)\s(?:the\s)?(?:\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*){0,2}\s(?:road|highway|expressway|motorway|freeway)\b|[MAN]\d{1,3}\b|I-\d{1,3}\b|(?:Highway|Route|Interstate)\s\d{1,4}\b)/u;

/**
 * "pileup on Highway 400 north of Barrie", "exploded near Koton-Karfe on the Lokoja-Abuja highway":
 * a road and a place along it together tell where a road's event was, more precisely than either
 * alone, and answer as the text puts them, above both. Only for an answer ranked with the top one
 * and read in the sentences read. Failing that, a road named right before the top town ("on PR-2
 * in Manatí") answers with it.
 */
function roadStretch(ctx: EventContext, roads: ReadonlySet<string>, list: Arg[]): Arg[] {
  const top = list[0];
  if (!top) return list;
  const readEnd = endOfRead(ctx);
  for (const a of list) {
    if (a.score < top.score) break;
    if (a.start >= readEnd) continue;
    const after = ctx.text.slice(a.end, a.end + 80);
    const m = roads.has(a.text.toLowerCase()) ? ALONG_ROAD.exec(after) : ON_ROAD.exec(after);
    if (!m) continue;
    return [makeArg(ctx.text, a.start, a.end + m[0].length, round(top.score + 0.001), a.entityId), ...list.filter((b) => b !== a)];
  }
  // "a car on PR-2 in Manatí": the road named before the top town, as one answer.
  const before = ctx.text.slice(Math.max(0, top.start - 40), top.start).toLowerCase();
  const road = [...roads].find((r) => before.endsWith(` ${r} in `));
  return road ? [makeArg(ctx.text, top.start - road.length - 4, top.end, round(top.score + 0.001), top.entityId), ...list.slice(1)] : list;
}

/** Words after a place's possessive mark that rank something within it: "Colorado's largest hospital", "the country's first". */
const RANKING = /^(?:\p{Ll}{2,}est|first|only|most|top|leading|second|third)$/u;

/** Token k is a possessive mark before a superlative ("southern Colorado's largest hospital"): the place before it is the ranking's scope. */
function ranksWithin(ctx: EventContext, k: number): boolean {
  return /^['’]s?$/.test(ctx.tokens[k]?.text ?? '') && RANKING.test(ctx.lower[k + 1] ?? '') && ctx.lower[k + 1] !== 'west' && ctx.lower[k + 1] !== 'forest';
}

/** Words that open the aim a sentence states of its news ("in a bid to become ... in the Baltic Sea"). */
const AIM_OPENERS = [['in', 'a', 'bid', 'to'], ['in', 'order', 'to'], ['in', 'an', 'effort', 'to'], ['in', 'an', 'attempt', 'to'], ['so', 'as', 'to'], ['aiming', 'to'], ['aims', 'to']];

/** Token k lies after an opener of a stated aim in its sentence `u`: the place is where the aim lies, not the news. */
function inStatedAim(ctx: EventContext, u: { tokenStart: number }, k: number): boolean {
  for (let i = u.tokenStart; i < k; i++) {
    if (AIM_OPENERS.some((o) => o.every((w, j) => ctx.lower[i + j] === w) && i + o.length <= k)) return true;
  }
  return false;
}

/** Lower-case words an apposition's noun has at most before its "of" ("the confluence of", "the main port of"). */
const APPOSITION_WORDS = 3;

/**
 * Token k starts a place in an apposition that describes the name before its comma: "the Sangam,
 * the confluence of the Ganges", "Kelton, the commercial capital of Dunmore".
 */
function describesPlaceBefore(ctx: EventContext, k: number): boolean {
  const { lower, tokens } = ctx;
  let j = k - 1;
  if (lower[j] === 'the') j--;
  if (lower[j] !== 'of') return false;
  j--;
  let words = 0;
  while (j >= 0 && words < APPOSITION_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text) && lower[j] !== 'the') {
    j--;
    words++;
  }
  const before = tokens[j - 2];
  if (!(words > 0 && lower[j] === 'the' && tokens[j - 1]?.text === ',' && before && /^\p{Lu}/u.test(before.text))) return false;
  // A place's apposition, not a firm's or a person's ("Yangtze Electric Power, the operator of China's Three Gorges Dam").
  const type = ctx.mentionTypeAt(before.start, before.end);
  return type !== 'ORG' && type !== 'PERSON' && type !== 'NORP';
}

/** A name that says it is a region: "Ventura County", "Chitwan district", "Tsafe Local Government Area". */
const REGION_NAME = /\s(?:County|Province|District|Region|State|Prefecture|Governorate|Oblast|Area|Parish|Municipality)$/i;

/**
 * A venue the gazetteer does not know ("Interlagos", "Trump Tower") gives way to a town it does
 * know that the sentences read also name ("Sao Paulo", "New York City"): readers and coders place
 * an event by its town, when the town ranks at least `where.town` of the venue's score (a name
 * read in passing, "his father, Jos", stays below). A venue the text itself puts in a town
 * ("Trump Tower in New York City") already answers with both.
 */
function townOverVenue(ctx: EventContext, list: Arg[], qualified: ReadonlyMap<string, Arg>): Arg[] {
  const top = list[0];
  if (!top || qualified.has(top.text.toLowerCase())) return list;
  // "Ventura County", "Tsafe Local Government Area": a region the gazetteer does not know is no
  // venue; a town named beside it ("the Ridge fire") does not take its place.
  if (geoOf(ctx, top) || REGION_NAME.test(top.text)) return list;
  // ("Mbabane Government Hospital": a building named after a town the gazetteer knows says its town
  // itself; a town named elsewhere, "a private clinic in Manzini", does not take its place. Not a
  // firm's name, "Benguela Ocean Products".)
  const words = top.text.split(' ');
  if (words.length > 1 && BUILDINGS.has(words[words.length - 1]!.toLowerCase()) && placeCandidates(words[0]!, 1).some((c) => c.kind === 'city')) return list;
  const town = list.find((a) => {
    const g = geoOf(ctx, a);
    return g !== undefined && !isCountry(g) && a.score >= ctx.params.where.minScore && a.score >= top.score * ctx.params.where.town;
  });
  if (!town) return list;
  // "in Finglas, north Dublin": a place the text sets in the town by apposition is more precise than it.
  if (ctx.text.toLowerCase().includes(`${top.text}, ${town.text}`.toLowerCase())) return list;
  return [{ ...town, score: top.score }, ...list.filter((a) => a !== town)];
}
