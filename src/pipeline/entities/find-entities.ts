/** Finds entity mentions in English or Chinese text: alias-table matches plus unknown capitalised names. */
import { ALIAS_INDEX, type AliasIndex } from './alias-index.js';
import type { Candidate } from './candidate.js';
import { matchHan } from './han-matcher.js';
import { matchLatin } from './latin-matcher.js';
import { tokenizeLatin } from './latin-tokens.js';
import { resolveCandidates } from './resolve.js';
import type { EntityMention } from './types.js';
import { findUnknownNames } from './unknown-names.js';

const HAN = /\p{Script=Han}/u;

function toMention(index: AliasIndex, text: string, candidate: Candidate): EntityMention {
  const entry = index.table[candidate.entry]!;
  const { start, end, source } = candidate;
  return { id: entry.id, kind: entry.kind, name: entry.name, surface: text.slice(start, end), start, end, source };
}

/** Finds the known entities of `text` (longest match wins, no overlaps), without unknown names. */
export function findKnownEntities(text: string, index: AliasIndex = ALIAS_INDEX): EntityMention[] {
  return resolveKnown(text, tokenizeLatin(text), index).map((candidate) => toMention(index, text, candidate));
}

function resolveKnown(text: string, tokens: ReturnType<typeof tokenizeLatin>, index: AliasIndex): Candidate[] {
  const candidates: Candidate[] = [];
  matchLatin(text, tokens, index.latin, candidates);
  if (HAN.test(text)) matchHan(text, index.han, candidates);
  return resolveCandidates(index, candidates);
}

/**
 * Finds entity mentions in English or Chinese text: the alias table's entities, plus unknown capitalised
 * English names as kind 'other' with id "name:<lowercased>". Mentions do not overlap; the longest match wins.
 */
export function findEntities(text: string): EntityMention[] {
  if (!text) return [];
  const tokens = tokenizeLatin(text);
  const known = resolveKnown(text, tokens, ALIAS_INDEX);
  const mentions = known.map((candidate) => toMention(ALIAS_INDEX, text, candidate));
  return mentions.concat(findUnknownNames(text, tokens, known)).sort((a, b) => a.start - b.start);
}
