/** Types of the entities stage: alias-table entries, entity mentions and extracted quantities. */

/** What an entity is; 'other' marks capitalised names the alias table does not know. */
export type EntityKind = 'company' | 'person' | 'product' | 'place' | 'institution' | 'other';

/** One entity of the alias table, with every spelling the matcher should recognise. */
export interface AliasEntry {
  /** Stable slug, e.g. "helioscale", "corvane-k10", "us-commerce-department". */
  id: string;
  kind: EntityKind;
  /** Canonical English name. */
  name: string;
  /** English variants: other spellings, abbreviations, former names. */
  aliases: string[];
  /** Chinese names, simplified and traditional. */
  zh: string[];
  /** Stock tickers ("NVDA", "2330.TW"); short ones count only in ticker context ("$MU", "NASDAQ: MU"). */
  tickers?: string[];
  /**
   * Short forms ("Okafor", "Lumen", "K10", "奥卡福") that are too ambiguous alone: they count only in a
   * text that also names the entity (or its parent) in full.
   */
  short?: string[];
  /** Id of the entity that makes or owns this one (a product's maker, a person's employer). */
  parent?: string;
  /** For a public body: id of the place it governs ("cac" → "china"); a mention of the body names that place too. */
  jurisdiction?: string;
  /** For a company: id of the place it is based in (see aliases/company-homes.ts). */
  home?: string;
}

/** How a mention was found. */
export type MentionSource = 'alias' | 'short' | 'ticker' | 'name';

/** One occurrence of an entity in a text; offsets are UTF-16 indexes into that text. */
export interface EntityMention {
  id: string;
  kind: EntityKind;
  /** Canonical English name. */
  name: string;
  /** The text as written. */
  surface: string;
  start: number;
  end: number;
  /** Which rule found it: a full alias, a short form confirmed by a full mention, a ticker, or an unknown capitalised name. */
  source: MentionSource;
}

export type QuantityKind = 'money' | 'percent' | 'number' | 'measure' | 'date';

/** One number, amount, percentage, measure or date found in a text. */
export interface Quantity {
  kind: QuantityKind;
  /** Normalised value: in the currency's units, in percent, in the dimension's base unit, or a date's start as epoch milliseconds (UTC). */
  value: number;
  /** Currency code ("USD"), "%" or "pp" (percentage points), the base unit ("GW", "GB", "h", "tokens"), or null for plain numbers and dates. */
  unit: string | null;
  surface: string;
  start: number;
  end: number;
  /**
   * Canonical comparison key, equal across languages and spellings: "money:USD:1000000000", "percent:40",
   * "percent-point:3", "measure:GW:1.2", "number:12000", "date:2026-10-14", "date:2026-10", "date:2027",
   * and for quarters and halves "date:2027-Q2", "date:2027-H1".
   */
  key: string;
  /** For dates: how precise the date is. A quarter or half is 'month' precision pointing at its first month. */
  precision?: 'day' | 'month' | 'year';
  /** For dates: "2026-10-14", "2026-10" or "2026", matching the precision (the timeline's format). */
  date?: string;
  /** For dates that name a quarter (1–4) of `date`'s year. */
  quarter?: number;
  /** For dates that name a half (1–2) of `date`'s year. */
  half?: number;
  /** For dates: whether the text gave it relative to the reference ("last Tuesday", "明年3月"). */
  relative?: boolean;
  /** For money: the unit a price is per, as written after "per" or "/" ("kWh", "million tokens"). */
  per?: string;
}

/** Options of extractQuantities. */
export interface QuantityOptions {
  /** The text's language ("en", "zh", "zh-TW"); Chinese amounts in bare 元 count as CNY only in simplified text. */
  language?: string | null;
  /** The article's published time: relative and year-less dates resolve against it, and are skipped without it. */
  reference?: string | Date | null;
  /** Minutes east of UTC of the writer's clock, for "today"/"yesterday"; default +480 for Chinese text, 0 otherwise. */
  timezoneOffsetMinutes?: number;
}
