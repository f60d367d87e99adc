/**
 * Capitalised English words that are not names: sentence openers, titles, calendar words and generic
 * nouns that style guides capitalise. The unknown-name finder trims them from the edges of a name.
 */

/** Lowercased words never taken as (the edge of) an unknown name. */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so as at by for from in into of on onto to up with without within via per than then ' +
    'this that these those there here it its it’s we our us he his him she her they their them you your i me my ' +
    'who what when where which while why how whether after before since until during over under about above ' +
    'across against among around because between beyond despite except like near not nor off once only out ' +
    'through toward towards upon yet also even still just both each every either neither some any all most ' +
    'many much more less few several such other another same no yes one two three four five six seven eight ' +
    'nine ten first second third last next new old its instead meanwhile however although though unlike ' +
    'according asked said says told added including meanwhile overall today tomorrow yesterday tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr prof sir chief executive officer president vice chair chairman chairwoman director head ' +
    'senior principal managing partner founder co-founder analyst minister secretary spokesperson spokesman ' +
    'spokeswoman governor senator representative commissioner general manager editor reporter ' +
    'series phase version tier level section article chapter part figure table note update correction ' +
    'analysis opinion comment editorial exclusive breaking live photo video read more related ' +
    'customers developers engineers analysts investors operators regulators officials companies employees ' +
    'workers critics shipments revenue pricing training inference production industry enterprise ' +
    'nobody everyone nothing none someone anyone people those shares stocks hackers ' +
    'pro mini max ultra plus lite western eastern northern southern christmas thanksgiving easter'
  ).split(/\s+/),
);

/** Lowercase words that may sit inside a name ("Centre for Digital Industry", "Harcourt & Lyle"); not "and", which joins two names. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  '&',
  'for',
  'de',
  'del',
  'der',
  'van',
  'von',
  'du',
  'la',
  'le',
  'da',
  'di',
  'al',
  'bin',
]);
