/**
 * Resolves a sentence's leading pronoun or definite reference ("She said…", "The company expects…")
 * to the one name in the same article's previous sentence it can stand for, and cites that sentence
 * too, so the name is in the sources. Anything less certain is left as it is (and kept out of the
 * sections that read on their own).
 */
import type { BriefSentence, Citation } from '../../domain/index.js';
import { citedSentence } from './citations.js';
import { compressSentence, compressedOf } from './compress.js';
import { pointsBack } from './content-reference.js';
import { DANGLING_OPENERS, DEFINITE_REFERENCE, ORGANISATION_WORDS, PERSON_ROLES, PRONOUN_IT, PRONOUN_PERSON } from './cues.js';
import { findKnownEntities } from '../entities/index.js';
import { resolveOpeningZh } from './antecedents-zh.js';
import { DANGLING_OPENERS_ZH } from './cues-zh.js';
import type { Pool, PoolSentence } from './pool.js';
import { negationWords } from './text.js';

type Kind = 'person' | 'organisation';

interface Opening {
  kind: Kind;
  /** Characters of the reference, e.g. 11 for "The company". */
  length: number;
  possessive: boolean;
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*/gu;
// Capitalised words that open a sentence without naming its subject.
const NOT_A_SUBJECT =
  /^(The|A|An|In|On|At|By|For|After|Before|While|But|And|This|That|These|Those|Its|Their|His|Her|It|He|She|They|We|Our|According|Last|Next|Earlier|Separately|Since|Under|With|When|As|If|Some|Most|Many|One|Two|Three|Both|Neither|Other|Others)\b/;
const CALENDAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// What follows a name that is the sentence's subject: an apposition, or a verb (said, has, plans, rates, declined…).
const SUBJECT_FOLLOWER =
  /^(,|['’]s\b|\s+(is|was|has|had|will|would|can|could|did|does|also|now|then|on|said|told|took|made|won|lost|cut|began|sold|bought|hit|put|set|led|got|gave|saw|became|broke|chose|paid|spent|grew|held|kept|left|met|ran|rose|fell|sent|went|wrote|\w+ed|\w+s)\b)/;
// "BOISE, Idaho, Oct 27 — ": a dateline the compressor keeps (no outlet in brackets).
const LOOSE_DATELINE = /^[A-Z][A-Z .'-]+,[^—–]{0,40}[—–]\s+/;
// How far from a name a role word ("chief executive", "said") marks it as a person's.
const ROLE_WINDOW = 40;

function openingOf(text: string): Opening | null {
  const person = PRONOUN_PERSON.exec(text);
  if (person) return { kind: 'person', length: person[0].length, possessive: false };
  const it = PRONOUN_IT.exec(text);
  if (it) return { kind: 'organisation', length: it[0].length, possessive: it[0].toLowerCase() === 'its' };
  const definite = DEFINITE_REFERENCE.exec(text);
  if (definite) return { kind: 'organisation', length: definite[0].length, possessive: Boolean(definite[2]) };
  return null;
}

function looksLikePerson(name: string, text: string, index: number): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || ORGANISATION_WORDS.test(name) || CALENDAR.test(name)) return false;
  const around = text.slice(Math.max(0, index - ROLE_WINDOW), index + name.length + ROLE_WINDOW);
  return PERSON_ROLES.test(around);
}

/** What the story says about its names: words written capitalised mid-sentence, and people's surnames. */
interface StoryNames {
  names: Set<string>;
  surnames: Set<string>;
}

const NAMES = new WeakMap<Pool, StoryNames>();

function storyNames(pool: Pool): StoryNames {
  let known = NAMES.get(pool);
  if (!known) {
    known = { names: new Set(), surnames: new Set() };
    // Case kept: "CHIPS Act" does not make "Chips whose silicon…" a name.
    for (const text of [...pool.articles.map((article) => article.title), ...pool.sentences.map((item) => item.sentence.text)])
      for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}\p{N}&.-]*/gu)) known.names.add(match[0]);
    for (const item of pool.sentences) {
      for (const match of item.sentence.text.matchAll(CAPITALISED_RUN))
        if (looksLikePerson(match[0], item.sentence.text, match.index ?? 0)) known.surnames.add(match[0].split(/\s+/).pop() ?? '');
    }
    NAMES.set(pool, known);
  }
  return known;
}

// The grammatical subject opening the previous sentence ("Quarry Hill Data Centers said…"), if it is an organisation's name.
function organisationIn(previous: string, known: StoryNames): string | null {
  const match = /^\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*/u.exec(previous);
  if (!match || NOT_A_SUBJECT.test(match[0]) || CALENDAR.test(match[0])) return null;
  const name = match[0];
  const first = name.split(/\s+/)[0] ?? '';
  // "Chips whose silicon…", "Several angel investors…": a capital that only starts the sentence names nothing.
  if (!known.names.has(first)) return null;
  // "Helioscale's profits rose": the name is not the subject; "Marisol Vega, chief executive" or "Adeyemi": a person.
  const after = previous.slice(name.length);
  // The subject is followed by its verb or an apposition: "Chips whose silicon…" is a noun phrase, not a name.
  if (!SUBJECT_FOLLOWER.test(after)) return null;
  if (/^['’]s\b/.test(after) || looksLikePerson(name, previous, 0) || known.surnames.has(name.split(/\s+/).pop() ?? '')) return null;
  return name;
}

// The one person named in the previous sentence; two people make "she" ambiguous.
function personIn(previous: string): string | null {
  const people = new Set<string>();
  for (const match of previous.matchAll(CAPITALISED_RUN)) {
    const name = match[0].replace(NOT_A_SUBJECT, '').trim();
    if (looksLikePerson(name, previous, match.index ?? 0)) people.add(name);
  }
  return people.size === 1 ? ([...people][0] ?? null) : null;
}

/** Returns the sentence with its leading reference replaced by the previous sentence's name, or null when none fits. */
export function resolveOpening(text: string, previous: string, pool: Pool): string | null {
  if (pool.language === 'zh') return resolveOpeningZh(text.trim(), previous);
  const opening = openingOf(text);
  if (!opening) return null;
  // The previous sentence as the brief would quote it: a wire dateline is not its subject.
  const context = compressSentence(previous, pool.language).trim().replace(LOOSE_DATELINE, '');
  const name = opening.kind === 'person' ? personIn(context) : organisationIn(context, storyNames(pool));
  if (!name) return null;
  return `${name}${opening.possessive ? "'s" : ''}${text.slice(opening.length)}`;
}

/** Tells whether a sentence opens by leaning on the one before (a pronoun, "The company", "该公司"). */
export function isDangling(text: string): boolean {
  const trimmed = text.trim();
  return DANGLING_OPENERS.test(trimmed) || DEFINITE_REFERENCE.test(trimmed) || DANGLING_OPENERS_ZH.test(trimmed);
}

function previousOf(item: PoolSentence, pool: Pool): PoolSentence | undefined {
  return item.position > 0 ? pool.byArticle.get(item.article.id)?.[item.position - 1] : undefined;
}

// A sentence opening on a bare surname: the surname, then its verb or possessive ("Marchetti said…", "Crane's team…").
const SURNAME_OPENING = /^(\p{Lu}[\p{Ll}'’-]+)(?=['’]s\s|\s+\p{Ll})/u;

// A person's name as an article introduces one: two or three capitalised words, no initials ("Series C. Parallax").
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u;

function bareSurname(text: string, pool: Pool): string | null {
  if (pool.language === 'zh') return null;
  const surname = SURNAME_OPENING.exec(text)?.[1];
  if (!surname || !storyNames(pool).surnames.has(surname)) return null;
  return namesSomethingElse(surname) ? null : surname;
}

const OTHER_THAN_PERSON = new Map<string, boolean>();

// "Helioscale said…" near a person's name is still a company: the entity table knows.
function namesSomethingElse(word: string): boolean {
  let known = OTHER_THAN_PERSON.get(word);
  if (known === undefined) {
    known = findKnownEntities(word).some((mention) => mention.kind !== 'person');
    OTHER_THAN_PERSON.set(word, known);
  }
  return known;
}

/**
 * "Marchetti said…" reads better with the full name the story gives ("Elise Marchetti"): the sentence that gives it,
 * earlier in the same article or else in another of the story's articles, or null when none does.
 */
function introduction(item: PoolSentence, surname: string, pool: Pool): { name: string; sentence: PoolSentence } | null {
  const candidates = introductions(pool).get(surname) ?? [];
  const earlier = candidates.find(({ sentence }) => sentence.article.id === item.article.id && sentence.position < item.position);
  return earlier ?? candidates.find(({ sentence }) => sentence.article.id !== item.article.id) ?? null;
}

type Introductions = Map<string, { name: string; sentence: PoolSentence }[]>;

const INTRODUCTIONS = new WeakMap<Pool, Introductions>();

/**
 * Every full name the story's sentences give, by surname, in reading order. A sentence that hedges or negates ("whether
 * we teach them or not") is left out: cited beside a claim, it would lend the claim words it does not have, and the
 * verifier would refuse it.
 */
function introductions(pool: Pool): Introductions {
  let found = INTRODUCTIONS.get(pool);
  if (found) return found;
  found = new Map();
  for (const sentence of pool.sentences) {
    const text = sentence.sentence.text;
    if (negationWords(text).size > 0) continue;
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const name = match[0].replace(NOT_A_SUBJECT, '').trim();
      if (!FULL_NAME.test(name) || !looksLikePerson(name, text, match.index ?? 0)) continue;
      const surname = name.split(/[ -]/).pop() ?? '';
      found.set(surname, [...(found.get(surname) ?? []), { name, sentence }]);
    }
  }
  INTRODUCTIONS.set(pool, found);
  return found;
}

// The first half of an enumeration the splitter cut at its semicolon: "还需满足两项条件：一是设计PUE不高于1.2。" promises a second.
const HALF_ENUMERATION_ZH = /一是(?![^。]*二是)|(?<!另)一方面(?![^。]*另一方面)/;

/** Tells whether a sentence can be read on its own once its leading reference (if any) is resolved. */
export function standsAlone(item: PoolSentence, pool: Pool): boolean {
  const text = compressedOf(item, pool);
  if (pointsBack(text) || HALF_ENUMERATION_ZH.test(text)) return false;
  // A surname the story introduces is resolved; one it never gives in full is left as the outlet wrote it.
  if (!isDangling(text)) return true;
  const previous = previousOf(item, pool);
  return previous !== undefined && resolveOpening(text, previous.sentence.text, pool) !== null;
}

/** Returns a sentence compressed, its leading reference resolved where it can be, and the sentence that named it. */
export function resolvedText(item: PoolSentence, pool: Pool): { text: string; antecedent: PoolSentence | null } {
  const text = compressedOf(item, pool);
  const surname = bareSurname(text, pool);
  const introduced = surname ? introduction(item, surname, pool) : null;
  if (surname && introduced) return { text: `${introduced.name}${text.slice(surname.length)}`, antecedent: introduced.sentence };
  const previous = previousOf(item, pool);
  const resolved = previous ? resolveOpening(text, previous.sentence.text, pool) : null;
  return previous && resolved !== null ? { text: resolved, antecedent: previous } : { text, antecedent: null };
}

/** Adds the antecedent's sentence to the citations (the name must be in the cited sentences), in its article's citation. */
export function withAntecedent(citations: readonly Citation[], antecedent: PoolSentence | null): Citation[] {
  if (!antecedent) return [...citations];
  const { id: articleId } = antecedent.article;
  if (!citations.some((citation) => citation.articleId === articleId))
    return [...citations, { articleId, sentenceIds: [antecedent.sentence.id] }];
  return citations.map((citation) =>
    citation.articleId === articleId && !citation.sentenceIds.includes(antecedent.sentence.id)
      ? { ...citation, sentenceIds: [...citation.sentenceIds, antecedent.sentence.id] }
      : citation,
  );
}

/** Cites a compressed sentence, its leading reference resolved where it can be (the named sentence cited with it). */
export function citeResolved(item: PoolSentence, pool: Pool, matches: readonly PoolSentence[] = []): BriefSentence {
  const { text, antecedent } = resolvedText(item, pool);
  const sentence = citedSentence(text, item, matches);
  // The name comes from the previous sentence: cited beside the claim, the verifier finds it there.
  return { ...sentence, citations: withAntecedent(sentence.citations, antecedent) };
}
