/**
 * Words a faithful paraphrase may put for a claim word, from WordNet: the other words of its commonest senses, the
 * words of their direct hypernyms and hyponyms (a claim may name a thing one step more or less specifically), their
 * derivationally related forms ("acquisition" for "acquire") and, for adjectives, similar ones. Antonyms are never
 * related. Each related word is returned as a stem of the verifier's own stemmer, so it can be sought among the
 * cited sentences' stems.
 */
import { sensesOf, synsetAt, WORDNET_POS, type Synset, type WordnetPos } from './wordnet.js';
import { IRREGULAR_FORMS, stem } from './stem.js';
import { ENGLISH_STOPWORDS, GENERIC_WORDS } from '../cues/stopwords.js';

// Only a word's commonest senses count: the rare ones ("run" as a ladder in a stocking) would relate nearly anything.
const SENSES_PER_WORD = 3;
const RELATIONS = new Set(['@', '@i', '~', '~i', '+', '&']);

const cache = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** Stems of the words WordNet relates to an English word (any inflected form), each with the lemmas it stands for. */
export function relatedStems(word: string): ReadonlyMap<string, readonly string[]> {
  const lower = word.toLowerCase();
  const cached = cache.get(lower);
  if (cached) return cached;
  const related = new Map<string, string[]>();
  const opposed = new Set<string>();
  for (const [lemma, pos] of lemmasOf(lower)) {
    for (const offset of sensesOf(lemma, pos).slice(0, SENSES_PER_WORD)) {
      const synset = synsetAt(offset, pos);
      addWords(related, synset.words);
      const own = synset.words.indexOf(lemma) + 1;
      for (const pointer of synset.pointers) {
        // A lexical pointer belongs to one word of the synset: only the claim word's own count.
        if (pointer.sourceWord !== 0 && pointer.sourceWord !== own) continue;
        const target = synsetAt(pointer.offset, pointer.pos);
        const words = pointer.targetWord === 0 ? target.words : [target.words[pointer.targetWord - 1]!];
        if (pointer.symbol === '!') for (const w of words) opposed.add(stem(w));
        else if (RELATIONS.has(pointer.symbol)) addWords(related, words);
      }
      for (const antonym of antonymsOfSatellite(synset)) opposed.add(antonym);
    }
  }
  for (const opposite of opposed) related.delete(opposite);
  related.delete(stem(lower));
  cache.set(lower, related);
  return related;
}

/**
 * True when WordNet relates the word to a stem of `stems` both ways: the cited word is among the claim word's
 * commonest senses and the claim word among the cited word's, so a rare sense of either relates nothing.
 */
export function lexicallySupported(word: string, stems: ReadonlySet<string>): boolean {
  const own = stem(word);
  // Only a word that can be a predicate or a modifier: a word that is only a noun names a thing, and one noun put for
  // another ("securities regulator" for "central bank", by way of "security" and "protection") is how an invented
  // entity reads.
  if (lemmasOf(word.toLowerCase()).every(([, pos]) => pos === 'n')) return false;
  for (const [related, lemmas] of relatedStems(word)) {
    if (stems.has(related) && lemmas.some((lemma) => relatedStems(lemma).has(own))) return true;
  }
  return false;
}

/**
 * True when the word and one of `cited` are forms of one modifier that the stemmer keeps apart: a comparative or
 * superlative and its adjective ("slower", "slow"), or an adverb and the adjective WordNet derives it from ("slowly").
 */
export function sameModifier(word: string, cited: Iterable<string>): boolean {
  const own = modifierLemmas(word.toLowerCase());
  if (own.size === 0) return false;
  for (const other of cited) if ([...modifierLemmas(other)].some((lemma) => own.has(lemma))) return true;
  return false;
}

function modifierLemmas(word: string): Set<string> {
  const lemmas = new Set<string>();
  for (const [lemma, pos] of lemmasOf(word)) {
    if (pos === 'a') lemmas.add(lemma);
    if (pos !== 'r') continue;
    // An adverb's pertainym pointer names the adjective it is made from; like every lexical pointer it belongs to one
    // word of the synset ("slowly", not "tardily", comes from "slow").
    for (const offset of sensesOf(lemma, pos).slice(0, SENSES_PER_WORD)) {
      const synset = synsetAt(offset, pos);
      const own = synset.words.indexOf(lemma) + 1;
      for (const pointer of synset.pointers)
        if (pointer.symbol === '\\' && pointer.sourceWord === own && pointer.targetWord > 0)
          lemmas.add(synsetAt(pointer.offset, pointer.pos).words[pointer.targetWord - 1]!);
    }
  }
  return lemmas;
}

function addWords(into: Map<string, string[]>, words: readonly string[]): void {
  for (const word of words) {
    // A multi-word lemma ("bring_online") cannot be sought among single stems; function words relate nothing.
    if (word.includes('_') || /\d/.test(word) || ENGLISH_STOPWORDS.has(word)) continue;
    const wordStem = stem(word);
    if (wordStem.length < 3 || GENERIC_WORDS.has(word) || GENERIC_WORDS.has(wordStem)) continue;
    const lemmas = into.get(wordStem) ?? [];
    if (!lemmas.includes(word)) lemmas.push(word);
    into.set(wordStem, lemmas);
  }
}

// An adjective satellite ("soaring") takes its antonyms from its head ("rising" / "falling").
function antonymsOfSatellite(synset: Synset): string[] {
  if (synset.pos !== 'a') return [];
  return synset.pointers
    .filter((pointer) => pointer.symbol === '&')
    .flatMap((pointer) => synsetAt(pointer.offset, pointer.pos).pointers.filter((p) => p.symbol === '!'))
    .flatMap((pointer) => synsetAt(pointer.offset, pointer.pos).words.map((w) => stem(w)));
}

// WordNet's detachment rules ("morphy"), per part of speech, plus the doubled consonant of "planned".
const DETACH: Record<WordnetPos, readonly [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/** The WordNet lemmas an inflected word may be, each with its part of speech. */
export function lemmasOf(word: string): [string, WordnetPos][] {
  const found: [string, WordnetPos][] = [];
  const add = (lemma: string, pos: WordnetPos): void => {
    if (lemma.length >= 2 && !found.some(([l, p]) => l === lemma && p === pos) && sensesOf(lemma, pos).length > 0) found.push([lemma, pos]);
  };
  const irregular = IRREGULAR_FORMS[word];
  if (irregular) for (const pos of WORDNET_POS) add(irregular, pos);
  for (const pos of WORDNET_POS) {
    add(word, pos);
    for (const [suffix, replacement] of DETACH[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const base = word.slice(0, -suffix.length);
      add(base + replacement, pos);
      if (pos === 'v' && replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) add(base.slice(0, -1), pos);
    }
  }
  return found;
}
