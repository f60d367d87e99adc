/** Checks that a claim's key terms come from its cited sentences, and that the claim stays on the story's topic. */
import { chineseTerms, englishTerms, type TextAnalysis } from '../analysis.js';
import { ABSOLUTE_WORDS, GENERIC_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import type { StoryVocabulary } from '../sources.js';
import { chineseFor } from '../text/glossary.js';
import { hasParaphrase, matesOf } from '../text/paraphrase.js';
import { sameFamily } from '../text/stem.js';
import { NUMBER_WORDS } from '../cues/calendar.js';
import { citedTitles, type TitleWords } from './title-framing.js';

/** Thresholds of the term check. */
export interface TermLimits {
  maxUnsupportedWeight: number;
  minCoverage: number;
}

export interface TermVerdict {
  term: string;
  /** 'framed': not in the cited sentences, but in the cited article's title; it counts as half a supported term. */
  status: 'supported' | 'framed' | 'unknown' | 'elsewhere' | 'absent';
}

/** Returns reasons when the claim's terms drift from the cited sentences or from the story altogether. */
export function checkTerms(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary, limits: TermLimits): string[] {
  const verdicts = termVerdicts(claim, evidence, vocabulary);
  const absent = verdicts.filter((v) => v.status === 'absent').map((v) => v.term);
  const elsewhere = verdicts.filter((v) => v.status === 'elsewhere').map((v) => v.term);
  const supported = verdicts.filter((v) => v.status === 'supported').length;
  const absolutes = verdicts.filter((v) => v.status !== 'supported' && v.status !== 'unknown' && ABSOLUTE_WORDS.has(v.term)).length;
  const framed = verdicts.filter((v) => v.status === 'framed').length;
  const judged = supported + framed + absent.length + elsewhere.length;
  const allowance = absolutes > 0 ? 0 : paraphraseAllowance(claim, judged);
  const weight = Math.max(0, absent.length + elsewhere.length / 2 - allowance) + absolutes;
  const reasons: string[] = [];
  if (weight >= limits.maxUnsupportedWeight || (judged >= 3 && (supported + framed / 2) / judged < limits.minCoverage)) {
    if (absent.length > 0) reasons.push(`off the story's topic: ${quoteList(absent)} appear in no source of the story`);
    if (elsewhere.length > 0) reasons.push(`key terms not in cited sentences: ${quoteList(elsewhere)}`);
  }
  return reasons;
}

// An editor's paraphrase brings a few words of its own ("outage" for "errors began … full recovery"). A long claim
// with no framing or speculation cue may carry a small share of them; the critical facts (figures, dates, names,
// negations, hedges) are judged by their own checks, so only plain content words are forgiven here.
function paraphraseAllowance(claim: TextAnalysis, judged: number): number {
  if (judged < MIN_JUDGED || FRAMING_CLASSES.some((cueClass) => claim.cues[cueClass].length > 0)) return 0;
  return Math.floor(judged * PARAPHRASE_SHARE);
}

const PARAPHRASE_SHARE = 0.2;
// A short claim has too few words for a share: one new word there is its point.
const MIN_JUDGED = 8;
const FRAMING_CLASSES = ['negation', 'speculation', 'tentative', 'generality', 'purpose'] as const;

/** Says for each key term of the claim whether the cited sentences, the story, or nothing support it. */
export function termVerdicts(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict[] {
  return claim.chinese ? chineseVerdicts(claim, evidence, vocabulary) : englishVerdicts(claim, evidence, vocabulary);
}

function englishVerdicts(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict[] {
  const cueSpans = Object.values(claim.cues).flat();
  const titles = citedTitles(evidence);
  return (
    englishTerms(claim)
      .filter((word) => !GENERIC_WORDS.has(word.word) && !GENERIC_WORDS.has(word.stem))
      // Number words ("doubled", "six") are figures: the quantity checks judge them.
      .filter((word) => NUMBER_WORDS[word.word] === undefined)
      .filter((word) => !cueSpans.some((cue) => word.start >= cue.start && word.end <= cue.end))
      .map((word) => ({ term: word.word, status: framedByTitle(englishStatus(word.stem, evidence, vocabulary), word.stem, titles) }))
  );
}

// A word of the story found in the cited article's own title frames the cited sentence ("outage", "leak").
function framedByTitle(status: TermVerdict['status'], stem: string, titles: TitleWords): TermVerdict['status'] {
  if (status !== 'elsewhere') return status;
  // The word itself, not a synonym: a title's "deal" does not frame a claim's "contract".
  const inTitle = titles.stems.has(stem) || [...titles.stems].some((title) => stem.length >= 5 && sameFamily(title, stem));
  return inTitle || (chineseFor(stem) ?? []).some((zh) => titles.chineseText.includes(zh)) ? 'framed' : status;
}

function englishStatus(stem: string, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict['status'] {
  if (hasParaphrase(evidence.stems, stem)) return 'supported';
  const renderings = [...matesOf(stem)].flatMap((mate) => chineseFor(mate) ?? []);
  if (evidence.chineseText && renderings.some((zh) => evidence.chineseText.includes(zh))) return 'supported';
  // Against Chinese sources alone, a word the glossary does not know itself can be judged neither way.
  if (evidence.englishText === '' && !chineseFor(stem)) return 'unknown';
  if (hasParaphrase(vocabulary.stems, stem) || renderings.some((zh) => vocabulary.chineseText.includes(zh))) return 'elsewhere';
  return 'absent';
}

function chineseVerdicts(claim: TextAnalysis, evidence: Evidence, vocabulary: StoryVocabulary): TermVerdict[] {
  const titles = citedTitles(evidence);
  return chineseTerms(claim).map((term) => {
    if (evidence.chineseText.includes(term)) return { term, status: 'supported' };
    if (titles.chineseText.includes(term)) return { term, status: 'framed' };
    if (evidence.chineseText === '') return { term, status: 'unknown' };
    return { term, status: vocabulary.chineseText.includes(term) ? 'elsewhere' : 'absent' };
  });
}

function quoteList(terms: string[]): string {
  return terms.map((term) => `"${term}"`).join(', ');
}
