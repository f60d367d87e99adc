/** Builds alias entries from compact rows, so the data modules read as tables. */
import type { AliasEntry, EntityKind } from '../types.js';

/** Optional columns of a row. */
export interface RowOptions {
  /** Explicit id; by default the slug of the name ("Corvane K10" → "corvane-k10"). */
  id?: string;
  aliases?: string[];
  tickers?: string[];
  short?: string[];
  parent?: string;
}

/** Options of a person row. */
export interface PersonOptions extends RowOptions {
  /** The English name puts the family name first ("Zhou Mingyuan", "Park Joon-ho"). */
  familyFirst?: boolean;
  /** Do not derive a short form (the family name is too common to resolve even in context). */
  noShort?: boolean;
}

/** Turns a name into a stable id: lowercase ASCII words joined by hyphens. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function row(kind: EntityKind, name: string, zh: string[], options: RowOptions): AliasEntry {
  const entry: AliasEntry = { id: options.id ?? slugOf(name), kind, name, aliases: options.aliases ?? [], zh };
  if (options.tickers) entry.tickers = options.tickers;
  if (options.short) entry.short = options.short;
  if (options.parent) entry.parent = options.parent;
  return entry;
}

/** Declares a company. */
export const company = (name: string, zh: string[], options: RowOptions = {}): AliasEntry => row('company', name, zh, options);
/** Declares a product, model, service or project. */
export const product = (name: string, zh: string[], options: RowOptions = {}): AliasEntry => row('product', name, zh, options);
/** Declares a place: a country, region, city or site. */
export const place = (name: string, zh: string[], options: RowOptions = {}): AliasEntry => row('place', name, zh, options);
/** Declares a public body, association, university or non-profit. */
export const institution = (name: string, zh: string[], options: RowOptions = {}): AliasEntry => row('institution', name, zh, options);
/** Marks public bodies as governing a place: their mentions name that place too ("网信办" names China). */
export function governing(place: string, entries: readonly AliasEntry[]): AliasEntry[] {
  return entries.map((entry) => ({ ...entry, jurisdiction: place }));
}
/** Declares something else with a name: an event, a programme, a benchmark. */
export const other = (name: string, zh: string[], options: RowOptions = {}): AliasEntry => row('other', name, zh, options);

/**
 * Declares a person; the family name becomes a short form (valid once the full name is in the text),
 * in English and in a transliterated Chinese name ("达娜·惠特科姆" → "惠特科姆").
 */
export function person(name: string, zh: string[], options: PersonOptions = {}): AliasEntry {
  const entry = row('person', name, zh, options);
  if (options.noShort) return entry;
  const words = name.split(' ');
  const family = options.familyFirst ? words[0] : words[words.length - 1];
  const short = new Set(options.short ?? []);
  if (family && words.length > 1) short.add(family);
  for (const chinese of zh) {
    const parts = chinese.split('·');
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last && last.length >= 2) short.add(last);
  }
  if (short.size > 0) entry.short = [...short];
  return entry;
}
