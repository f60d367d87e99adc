/** A light English stemmer: folds plurals, tenses and common suffixes so "surveyed" meets "survey". */

/** Irregular forms and the base form they fold to ("brought" → "bring"). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  led: 'lead',
  paid: 'pay',
  sold: 'sell',
  bought: 'buy',
  won: 'win',
  began: 'begin',
  begun: 'begin',
  built: 'build',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  said: 'say',
  told: 'tell',
  held: 'hold',
  kept: 'keep',
  left: 'leave',
  met: 'meet',
  ran: 'run',
  spent: 'spend',
  cut: 'cut',
  set: 'set',
  shut: 'shut',
  put: 'put',
  hit: 'hit',
  went: 'go',
  gone: 'go',
  came: 'come',
  chose: 'choose',
  chosen: 'choose',
  wrote: 'write',
  written: 'write',
  brought: 'bring',
  thought: 'think',
  found: 'find',
  lost: 'lose',
  drew: 'draw',
  drawn: 'draw',
  shown: 'show',
  known: 'know',
  knew: 'know',
  sought: 'seek',
  taught: 'teach',
  caught: 'catch',
  fought: 'fight',
  struck: 'strike',
  stood: 'stand',
  understood: 'understand',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  withheld: 'withhold',
  upheld: 'uphold',
  got: 'get',
  gotten: 'get',
  sent: 'send',
  lent: 'lend',
  felt: 'feel',
  dealt: 'deal',
  meant: 'mean',
  heard: 'hear',
  laid: 'lay',
  stuck: 'stick',
  hung: 'hang',
  broke: 'break',
  broken: 'break',
  drove: 'drive',
  driven: 'drive',
  spoke: 'speak',
  spoken: 'speak',
  stole: 'steal',
  stolen: 'steal',
  froze: 'freeze',
  frozen: 'freeze',
  wore: 'wear',
  worn: 'wear',
  threw: 'throw',
  thrown: 'throw',
  flew: 'fly',
  flown: 'fly',
  saw: 'see',
  seen: 'see',
  forgave: 'forgive',
  forgiven: 'forgive',
  undertook: 'undertake',
  undertaken: 'undertake',
  oversaw: 'oversee',
  overseen: 'oversee',
  overcame: 'overcome',
  became: 'become',
  shook: 'shake',
  shaken: 'shake',
  hid: 'hide',
  hidden: 'hide',
  sank: 'sink',
  sunk: 'sink',
  shrank: 'shrink',
  shrunk: 'shrink',
  forbade: 'forbid',
  rebuilt: 'rebuild',
  sped: 'speed',
  fled: 'flee',
  people: 'people',
  data: 'data',
  media: 'media',
  news: 'news',
  centres: 'centre',
  centers: 'centre',
  center: 'centre',
};

const SUFFIXES: readonly [string, string][] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['isation', 'ize'],
  ['fulness', 'ful'],
  ['iveness', 'ive'],
  ['ements', 'e'],
  ['ement', 'e'],
  ['ments', ''],
  ['ment', ''],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ingly', ''],
  ['edly', ''],
  ['ities', 'ity'],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ing', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['ly', ''],
];

/** Returns the stem of an English word ("retrained" → "retrain", "companies" → "company", "prices" → "pric"). */
export function stem(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]$/, '');
  const base = IRREGULAR_FORMS[lower] ?? stripSuffix(lower);
  // A final silent e comes and goes with suffixes ("price", "priced", "pricing"): drop it everywhere.
  let result = base;
  while (result.length >= 3 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}

function stripSuffix(lower: string): string {
  if (/\d/.test(lower) || lower.length <= 3) return lower;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(lower)) return lower;
    // "apply", "supply", "daily", "family": the -ly is part of the word.
    if (suffix === 'ly' && (lower.length < 6 || /(ply|ily)$/.test(lower))) return lower;
    const base = lower.slice(0, -suffix.length) + replacement;
    if (base.length < 2) return lower;
    // "planned" → "plann" → "plan": the doubled consonant belongs to the suffix.
    if ((suffix === 'ed' || suffix === 'ing') && /([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) {
      return base.slice(0, -1);
    }
    return base;
  }
  return lower;
}

/** Tells whether two stems name the same word family: equal, or one a prefix of the other of at least five letters. */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 4;
}
