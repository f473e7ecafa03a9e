import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Chrono, Parser, Refiner } from 'chrono-node';
import { DossierError } from '../../core/errors.js';

/**
 * chrono's English casual configuration, assembled here from its parts with one parser left out:
 * "N days later / from now" (ENTimeUnitLaterFormatParser). Those count from some other event the text
 * names, not from the article's date; and that module builds, on import, a pattern that can backtrack
 * exponentially, so it is never loaded (importing `chrono-node` or `chrono-node/en` would load it, and
 * every other locale with the root). Mirrors chrono 2.x `ENDefaultConfiguration.createCasualConfiguration`.
 */
let built: Chrono | undefined;

export function newsChrono(): Chrono {
  if (built) return built;
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = dirname(require.resolve('chrono-node')); // .../dist/cjs
  } catch (err) {
    throw new DossierError('DATA_MISSING', 'chrono-node: the date parser package is not installed', { cause: err });
  }
  const load = <T>(path: string): T => {
    const mod = require(join(root, path)) as { default?: T };
    return (mod.default ?? mod) as T;
  };
  type Ctor<T> = new (...args: unknown[]) => T;
  const en = (name: string) => new (load<Ctor<Parser>>(`locales/en/parsers/${name}`))(false);
  const enRefiner = (name: string) => new (load<Ctor<Refiner>>(`locales/en/refiners/${name}`))();
  const { includeCommonConfiguration } = require(join(root, 'configurations')) as {
    includeCommonConfiguration: (c: { parsers: Parser[]; refiners: Refiner[] }, strict?: boolean) => { parsers: Parser[]; refiners: Refiner[] };
  };
  const { Chrono: ChronoClass } = require(join(root, 'chrono')) as { Chrono: new (c: { parsers: Parser[]; refiners: Refiner[] }) => Chrono };

  const options = includeCommonConfiguration(
    {
      parsers: [
        new (load<Ctor<Parser>>('common/parsers/SlashDateFormatParser'))(false),
        en('ENTimeUnitWithinFormatParser'),
        en('ENMonthNameLittleEndianParser'),
        en('ENMonthNameMiddleEndianParser'),
        en('ENWeekdayParser'),
        en('ENSlashMonthFormatParser'),
        en('ENTimeExpressionParser'),
        en('ENTimeUnitAgoFormatParser'),
        en('ENYearMonthNameParser'),
      ],
      refiners: [enRefiner('ENMergeDateTimeRefiner')],
    },
    false,
  );
  options.parsers.unshift(en('ENYearMonthDayParser'));
  options.refiners.unshift(enRefiner('ENMergeRelativeFollowByDateRefiner'));
  options.refiners.unshift(enRefiner('ENMergeRelativeAfterDateRefiner'));
  options.refiners.unshift(new (load<Ctor<Refiner>>('common/refiners/OverlapRemovalRefiner'))());
  options.refiners.push(enRefiner('ENMergeDateTimeRefiner'));
  options.refiners.push(enRefiner('ENExtractYearSuffixRefiner'));
  options.refiners.push(enRefiner('ENMergeDateRangeRefiner'));
  // The casual additions.
  for (const name of ['ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser']) {
    options.parsers.push(en(name));
  }
  options.refiners.unshift(enRefiner('ENEndOfPeriodRefiner'));
  options.refiners.push(enRefiner('ENUnlikelyFormatFilter'));
  built = new ChronoClass(options);
  return built;
}
