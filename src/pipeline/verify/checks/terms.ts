/** Checks that a claim's key terms come from its cited sentences, and that the claim stays on the story's topic. */
import { chineseTerms, englishTerms, type TextAnalysis } from '../analysis.js';
import { GENERIC_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import type { StoryVocabulary } from '../sources.js';
import { chineseFor } from '../text/glossary.js';
import { windowsOverlap } from '../text/coverage.js';
import type { CueHit } from '../text/cues.js';
import { acronymsIn, isAcronym, spelledOutStarts, spellsOut } from '../text/acronyms.js';
import { hasParaphrase, matesOf } from '../text/paraphrase.js';
import { lexicallySupported, sameModifier } from '../text/lexical-relations.js';
import { sameFamily, stem as stemOf } from '../text/stem.js';
import { NUMBER_WORDS } from '../cues/calendar.js';
import { judgeTerms, type JudgedTerm, type TermVerdict } from './term-roles.js';

export type { TermVerdict } from './term-roles.js';
import { citedTitles, type TitleWords } from './title-framing.js';

/** Thresholds of the term check. */
export interface TermLimits {
  maxUnsupportedWeight: number;
  minCoverage: number;
}

/** Returns reasons when the claim's terms drift from the cited sentences or from the story altogether. */
export function checkTerms(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary, limits: TermLimits): string[] {
  const terms = judgeTerms(claim, termVerdicts(claim, evidence, vocabulary), evidence, citedTitles(evidence), vocabulary);
  const unsupported = terms.filter((t) => t.status === 'absent' || t.status === 'elsewhere');
  const critical = unsupported.filter((t) => t.critical);
  // The likeliest paraphrases are forgiven first: words of a field the cited sentences raise, then words found
  // elsewhere in the story, then words found nowhere.
  const rank = (t: JudgedTerm): number => (t.inCitedField ? 0 : t.status === 'elsewhere' ? 1 : 2);
  const plain = unsupported.filter((t) => !t.critical).sort((a, b) => rank(a) - rank(b));
  const supported = terms.filter((t) => t.status === 'supported').length;
  const framed = terms.filter((t) => t.status === 'framed').length;
  const judged = supported + framed + unsupported.length;
  const { allowance, governed } = paraphraseAllowance(claim, evidence, judged, (supported + framed / 2) / Math.max(1, judged));
  const pardoned = new Set(plain.filter((t) => !governed.has(stemOf(t.term))).slice(0, allowance));
  const forgiven = pardoned.size;
  // A word found nowhere in the story weighs twice one found elsewhere in it; a critical term alone sinks the claim.
  const unforgiven = plain.filter((t) => !pardoned.has(t)).reduce((sum, t) => sum + (t.status === 'absent' ? 1 : 0.5), 0);
  const weight = critical.length * limits.maxUnsupportedWeight + unforgiven;
  const coverage = (supported + framed / 2 + forgiven) / Math.max(1, judged);
  if (weight < limits.maxUnsupportedWeight && !(judged >= 3 && coverage < limits.minCoverage)) return [];
  const offTopic = critical.filter((t) => t.critical === 'off-topic').map((t) => t.term);
  const elsewhere = unsupported.filter((t) => t.critical !== 'off-topic').map((t) => t.term);
  const reasons: string[] = [];
  if (offTopic.length > 0) reasons.push(`off the story's topic: ${quoteList(offTopic)} raise a field no source of the story raises`);
  if (elsewhere.length > 0) reasons.push(`key terms not in cited sentences: ${quoteList(elsewhere)}`);
  return reasons;
}

// An editor's paraphrase brings words of its own ("outage" for "errors began … full recovery"), in a claim of any
// length. A claim may carry a share of them. Where it hedges, generalises, frames or looks ahead and its cited
// sentences do not say the same of the same words, its new words may be the hedge's point: then it may carry them
// only when most of its content is anchored in the cited sentences, and never the words its unmatched cue governs.
// Critical terms (see term-roles.ts) are never forgiven; figures, dates, names, negations and hedges are judged by
// their own checks.
function paraphraseAllowance(
  claim: TextAnalysis,
  evidence: Evidence,
  judged: number,
  anchored: number,
): { allowance: number; governed: ReadonlySet<string> } {
  const sourceCues = evidence.analyses.flatMap((analysis) => FRAMING_CLASSES.flatMap((cueClass) => analysis.cues[cueClass]));
  const unmatched = FRAMING_CLASSES.flatMap((cueClass) => claim.cues[cueClass]).filter(
    (own) => !sourceCues.some((hit) => hit.cueClass === own.cueClass && sameHead(hit, own)),
  );
  const allowance = Math.max(1, Math.floor(judged * PARAPHRASE_SHARE));
  if (unmatched.length === 0) return { allowance, governed: new Set() };
  if (anchored < ANCHORED_SHARE) return { allowance: 0, governed: new Set() };
  return { allowance, governed: new Set(unmatched.flatMap((cue) => cue.window)) };
}

// The same hedge of the same thing: the words the two cues govern first agree ("will launch" and "plans to launch").
function sameHead(source: CueHit, own: CueHit): boolean {
  if (source.windowText || own.windowText) return windowsOverlap(source, own);
  const [head] = own.window;
  return head !== undefined && source.window[0] !== undefined && hasParaphrase(new Set([head]), source.window[0]);
}

const PARAPHRASE_SHARE = 0.25;
// The share of a hedged claim's judged terms the cited sentences must carry before its other new words are forgiven.
const ANCHORED_SHARE = 0.7;
const ABSENCE_WORDS = new Set(['absent', 'missing', 'lacking', 'unseen', 'unlisted'].map(stemOf));
const FRAMING_CLASSES = ['speculation', 'tentative', 'generality', 'purpose', 'framing', 'causal', 'future'] as const;

/** Says for each key term of the claim whether the cited sentences, the story, or nothing support it. */
export function termVerdicts(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict[] {
  return claim.chinese ? chineseVerdicts(claim, evidence, vocabulary) : englishVerdicts(claim, evidence, vocabulary);
}

function englishVerdicts(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict[] {
  const cueSpans = Object.values(claim.cues).flat();
  const titles = citedTitles(evidence);
  const abbreviated = abbreviatedWords(claim, evidence);
  return (
    englishTerms(claim)
      .filter((word) => !GENERIC_WORDS.has(word.word) && !GENERIC_WORDS.has(word.stem))
      // Number words ("doubled", "six") are figures: the quantity checks judge them.
      .filter((word) => NUMBER_WORDS[word.word] === undefined)
      .filter((word) => !cueSpans.some((cue) => word.start >= cue.start && word.end <= cue.end))
      .map((word) => ({
        term: word.word,
        status: abbreviated.has(word.start)
          ? 'supported'
          : framedByTitle(englishStatus(word.stem, word.word, evidence, vocabulary), word.stem, titles),
      }))
  );
}

// "CFO" for "chief financial officer", "power usage effectiveness" for "PUE": an acronym and its spelled-out form name
// the same thing, either way round. Returns the claim word offsets so supported.
function abbreviatedWords(claim: TextAnalysis, evidence: Evidence): Set<number> {
  const sources = evidence.analyses.filter((analysis) => !analysis.chinese);
  const supported = spelledOutStarts(
    sources.flatMap((analysis) => acronymsIn(analysis.text)),
    claim.words,
  );
  for (const word of claim.words) {
    const surface = claim.text.slice(word.start, word.end);
    if (isAcronym(surface) && sources.some((analysis) => spellsOut(surface, analysis.words))) supported.add(word.start);
  }
  return supported;
}

// A word of the story found in the cited article's own title frames the cited sentence ("outage", "leak").
function framedByTitle(status: TermVerdict['status'], stem: string, titles: TitleWords): TermVerdict['status'] {
  if (status !== 'elsewhere') return status;
  // The word itself, not a synonym: a title's "deal" does not frame a claim's "contract".
  const inTitle = titles.stems.has(stem) || [...titles.stems].some((title) => stem.length >= 5 && sameFamily(title, stem));
  return inTitle || (chineseFor(stem) ?? []).some((zh) => titles.chineseText.includes(zh)) ? 'framed' : status;
}

function englishStatus(stem: string, word: string, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict['status'] {
  if (hasParaphrase(evidence.stems, stem)) return 'supported';
  if (sameModifier(word, citedWords(evidence))) return 'supported';
  // "Tasks absent from the crawls" for "tasks that did not appear in the crawls": a word that means "not there" says
  // what a cited negation says; the polarity check judges whether it is the same negation.
  if (ABSENCE_WORDS.has(stem) && evidence.analyses.some((analysis) => analysis.cues.negation.length > 0)) return 'supported';
  const renderings = [...matesOf(stem)].flatMap((mate) => chineseFor(mate) ?? []);
  if (evidence.chineseText && renderings.some((zh) => evidence.chineseText.includes(zh))) return 'supported';
  // Against Chinese sources alone, a word the glossary does not know itself can be judged neither way.
  if (evidence.englishText === '' && !chineseFor(stem)) return 'unknown';
  if (hasParaphrase(vocabulary.stems, stem) || renderings.some((zh) => vocabulary.chineseText.includes(zh))) return 'elsewhere';
  // A word the story never uses, related in WordNet to a cited word, is the editor's synonym. A word another
  // article of the story does use stays "elsewhere": it may be that article's fact cited to the wrong one.
  return lexicallySupported(word, evidence.stems) ? 'supported' : 'absent';
}

function citedWords(evidence: Evidence): string[] {
  return evidence.analyses.flatMap((analysis) => analysis.words.map((word) => word.word));
}

function chineseVerdicts(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict[] {
  const titles = citedTitles(evidence);
  return chineseTerms(claim).map((term) => {
    if (evidence.chineseText.includes(term)) return { term, status: 'supported' };
    if (titles.chineseText.includes(term)) return { term, status: 'framed' };
    if (evidence.chineseText === '') return { term, status: 'unknown' };
    if (sharesMorphemes(term, evidence.chineseText)) return { term, status: 'supported' };
    return { term, status: vocabulary.chineseText.includes(term) ? 'elsewhere' : 'absent' };
  });
}

// A Chinese paraphrase recombines the source's morphemes (降低 for 下降, 短缺 for 缺乏, 改为 for 改用): a word of the claim
// half of whose characters the cited Chinese text uses is its rewording. Names are judged by the entity checks, and
// negations and directions by their own.
function sharesMorphemes(term: string, text: string): boolean {
  const characters = [...term];
  return characters.filter((character) => text.includes(character)).length * 2 >= characters.length;
}

function quoteList(terms: string[]): string {
  return terms.map((term) => `"${term}"`).join(', ');
}
