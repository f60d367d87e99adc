/** Compiles the alias table once, at module load, into a Latin token trie and a Chinese character trie. */
import { ALIAS_TABLE } from './aliases/index.js';
import { foldHanCode } from './han-fold.js';
import { tokenizeLatin } from './latin-tokens.js';
import { HAN_NON_ENTITY_WORDS } from './non-entity-words.js';
import type { AliasEntry, MentionSource } from './types.js';

/**
 * How a Latin alias compares with the text: acronyms exactly ("FAF", not "faf"), single ordinary words
 * only when capitalised ("Parallax", not "parallax"), everything else case-insensitively.
 */
export type CaseMode = 'insensitive' | 'capitalised' | 'exact';

export interface LatinTerminal {
  entry: number;
  mode: CaseMode;
  /** The alias's tokens as written, for exact comparison. */
  raw: string[];
  source: MentionSource;
}

export interface LatinNode {
  next: Map<string, LatinNode>;
  terminals: LatinTerminal[];
}

export interface HanTerminal {
  /** Index into the table, or -1 for a word that blocks accidental matches. */
  entry: number;
  length: number;
  source: MentionSource;
  /** The alias starts or ends with a Latin letter or digit, so the text must not continue the word there. */
  latinStart: boolean;
  latinEnd: boolean;
}

export interface HanNode {
  next: Map<number, HanNode>;
  terminals: HanTerminal[];
}

export interface AliasIndex {
  table: readonly AliasEntry[];
  byId: ReadonlyMap<string, AliasEntry>;
  /** Ids of the entities whose parent is the key. */
  children: ReadonlyMap<string, readonly string[]>;
  latin: LatinNode;
  han: HanNode;
}

const HAN = /\p{Script=Han}/u;
const LATIN_ALNUM = /[A-Za-z0-9]/;

function modeOf(alias: string, pieces: number): CaseMode {
  if (/[A-Z]/.test(alias) && !/[a-z]/.test(alias)) return 'exact';
  if (pieces === 1 && /^[A-Z][a-z\u00C0-\u024F]+$/.test(alias)) return 'capitalised';
  return 'insensitive';
}

function addLatin(root: LatinNode, alias: string, entry: number, source: MentionSource): void {
  const tokens = tokenizeLatin(alias);
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    let next = node.next.get(token.key);
    if (!next) node.next.set(token.key, (next = { next: new Map(), terminals: [] }));
    node = next;
  }
  const mode = source === 'ticker' ? 'exact' : modeOf(alias, tokens.length);
  if (!node.terminals.some((t) => t.entry === entry && t.source === source && t.mode === mode)) {
    node.terminals.push({ entry, mode, raw: tokens.map((t) => t.raw), source });
  }
}

function addHan(root: HanNode, alias: string, entry: number, source: MentionSource): void {
  let node = root;
  for (let index = 0; index < alias.length; index++) {
    const code = foldHanCode(alias.charCodeAt(index));
    let next = node.next.get(code);
    if (!next) node.next.set(code, (next = { next: new Map(), terminals: [] }));
    node = next;
  }
  if (node.terminals.some((t) => t.entry === entry && t.source === source)) return;
  const latinStart = LATIN_ALNUM.test(alias[0] ?? '');
  const latinEnd = LATIN_ALNUM.test(alias[alias.length - 1] ?? '');
  node.terminals.push({ entry, length: alias.length, source, latinStart, latinEnd });
}

function addAlias(index: AliasIndex, alias: string, entry: number, source: MentionSource): void {
  const text = alias.trim();
  if (text.length === 0) return;
  if (HAN.test(text)) addHan(index.han, text, entry, source);
  else addLatin(index.latin, text, entry, source);
}

// A name listed among its entry's short forms is itself gated (e.g. the city "Charlotte").
function addEntry(index: AliasIndex, entry: AliasEntry, position: number, places: ReadonlySet<string>): void {
  const short = new Set([...(entry.short ?? []), ...makerlessForms(index, entry)]);
  for (const alias of [entry.name, ...entry.aliases, ...entry.zh]) {
    if (!short.has(alias)) addAlias(index, alias, position, 'alias');
  }
  for (const alias of possessiveForms(entry, places)) addAlias(index, alias, position, 'alias');
  for (const alias of short) addAlias(index, alias, position, 'short');
  for (const ticker of entry.tickers ?? []) addAlias(index, ticker, position, 'ticker');
}

// A product named with its maker ("赫利云H系列") is often written without it ("H系列"): the rest is a short
// form, valid where the maker is named too.
function makerlessForms(index: AliasIndex, entry: AliasEntry): string[] {
  const maker = entry.parent === undefined ? undefined : index.byId.get(entry.parent);
  if (!maker || entry.kind !== 'product') return [];
  const makerNames = [maker.name, ...maker.aliases, ...maker.zh];
  return [entry.name, ...entry.zh].flatMap((alias) =>
    makerNames.flatMap((name) => {
      const rest = alias.startsWith(name) ? alias.slice(name.length).trim() : '';
      // A plain word left over ("Inference") is too common a word to name the product alone.
      return rest.length >= 2 && /\p{L}/u.test(rest) && !/^[A-Za-z][a-z]+$/.test(rest) ? [rest] : [];
    }),
  );
}

// "Cyberspace Administration of China" is as often written "China's Cyberspace Administration".
function possessiveForms(entry: AliasEntry, places: ReadonlySet<string>): string[] {
  if (entry.kind !== 'institution' && entry.kind !== 'company') return [];
  return [entry.name, ...entry.aliases].flatMap((alias) => {
    const match = /^(.+) of (?:the )?([A-Z][\w. ]+)$/.exec(alias);
    return match && places.has(match[2]!) ? [`${match[2]}'s ${match[1]}`] : [];
  });
}

/** Builds the matcher's index over `table`. */
export function buildAliasIndex(table: readonly AliasEntry[]): AliasIndex {
  const children = new Map<string, string[]>();
  const index: AliasIndex = {
    table,
    byId: new Map(table.map((entry) => [entry.id, entry])),
    children,
    latin: { next: new Map(), terminals: [] },
    han: { next: new Map(), terminals: [] },
  };
  const places = new Set(table.filter((entry) => entry.kind === 'place').flatMap((entry) => [entry.name, ...entry.aliases]));
  table.forEach((entry, position) => {
    addEntry(index, entry, position, places);
    if (entry.parent) children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry.id]);
  });
  for (const word of HAN_NON_ENTITY_WORDS) addHan(index.han, word, -1, 'alias');
  return index;
}

/** The index over the shipped alias table. */
export const ALIAS_INDEX: AliasIndex = buildAliasIndex(ALIAS_TABLE);
