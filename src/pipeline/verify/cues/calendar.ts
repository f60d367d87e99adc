/**
 * English number and month words a claim may spell out, for checking them against sources in any language.
 * The tables themselves are the entities stage's; this module only says which words count in a claim.
 */
import { ENGLISH_MONTHS, ENGLISH_TENS, ENGLISH_UNITS } from '../../entities/index.js';

/** Multiples and fractions a claim may state a figure with ("doubled", "half"). */
const MULTIPLE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  twice: 2,
  double: 2,
  doubled: 2,
  doubles: 2,
  doubling: 2,
  triple: 3,
  tripled: 3,
  triples: 3,
  tripling: 3,
  quadruple: 4,
  quadrupled: 4,
  quadruples: 4,
  quadrupling: 4,
  half: 0.5,
  // "A dozen" is twelve: against 10 it is a changed figure, against "about a dozen" the same words.
  dozen: 12,
};

// "Fivefold", "tenfold": a multiple written as one word is its number, so "tenfold" against "fivefold" is a changed figure.
const FOLD_WORDS = Object.entries({ ...ENGLISH_UNITS, ...ENGLISH_TENS })
  .filter(([, value]) => value >= 2)
  .map(([word, value]) => [`${word}fold`, value] as const);

/** Spelled-out English numbers (value by word); "one" is left out: it is more often a pronoun than a count. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [...Object.entries(ENGLISH_UNITS), ...Object.entries(ENGLISH_TENS), ...Object.entries(MULTIPLE_WORDS), ...FOLD_WORDS].filter(
    ([word]) => word !== 'one',
  ),
);

/** English month names (number by name); "may" is left out: it is mostly the modal verb. */
export const MONTH_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(ENGLISH_MONTHS).filter(([word]) => word !== 'may'),
);
