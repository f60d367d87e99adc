/**
 * Sorts a claim's unsupported terms into critical ones and plain paraphrase words. A critical term is never
 * forgiven: a word of a framing domain (energy, security, jobs, money, …) the story never raises, an absolute
 * ("entire") or a guarantee ("ensures") where the sources state none, or an outcome ("loses") or a judgement
 * ("robust") the story never states. Everything else is an editor's own wording, judged only by how much of it there is.
 */
import type { TextAnalysis } from '../analysis.js';
import { ANTONYMS } from '../cues/antonyms.js';
import { ABSOLUTE_WORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import type { StoryVocabulary } from '../sources.js';
import { domainsOfStem, raisedDomains } from '../text/domains.js';
import { FRAMING_DOMAINS } from '../cues/domains.js';
import { stem } from '../text/stem.js';
import type { TitleWords } from './title-framing.js';

export interface TermVerdict {
  term: string;
  /** 'framed': not in the cited sentences, but in the cited article's title; it counts as half a supported term. */
  status: 'supported' | 'framed' | 'unknown' | 'elsewhere' | 'absent';
}

/** Why an unsupported term counts in full. */
export type CriticalRole = 'off-topic' | 'absolute' | 'direction' | 'commitment' | 'verdict';

export interface JudgedTerm extends TermVerdict {
  /** Set for an unsupported term that no paraphrase allowance covers. */
  critical?: CriticalRole;
  /** Set for an unsupported term of a field the cited sentences raise. */
  inCitedField?: boolean;
}

// Positions and rankings ("ahead", "above", "most") restate an order the claim's figures carry and are judged with
// them; outcomes ("loses", "approve", "mandatory") are the claim's own verdict.
const POSITIONS = new Set(
  'ahead below above under more less fewer most least fewest highest lowest best worst largest smallest biggest higher lower all part portion share some both only early late many few'.split(
    ' ',
  ),
);
const DIRECTION_STEMS = new Set(
  ANTONYMS.flatMap(([word, opposites]) => [word, ...opposites])
    .filter((word) => !POSITIONS.has(word))
    .map((word) => stem(word)),
);
const VERDICT_STEMS = new Set(
  `robust effective ineffective successful unsuccessful success failure secure insecure safe unsafe reliable unreliable
  adequate inadequate sufficient insufficient flawless resilient vulnerable cheap expensive overpriced bargain mistake
  wise unwise sound flawed`
    .split(/\s+/)
    .map((word) => stem(word)),
);
const COMMITMENT_STEMS = new Set(
  'guarantee guarantees guaranteed ensure ensures ensured assure assures assured certain certainly definitely undoubtedly'
    .split(' ')
    .map((word) => stem(word)),
);
const ABSOLUTE_STEMS = new Set([...ABSOLUTE_WORDS].map((word) => stem(word)));
// A source that says "the full output" or "all of it" states the whole; a claim's "entire" restates it. Other
// absolutes ("unanimously", "exclusively") say more than the whole and need their own word.
const WHOLE_STEMS = new Set(['entire', 'entirely', 'completely', 'wholly', 'totally', 'fully'].map((word) => stem(word)));
const SOURCE_WHOLE = new Set(
  ['full', 'fully', 'whole', 'entire', 'entirely', 'all', 'every', 'complete', 'completely'].map((word) => stem(word)),
);

/** Marks the claim's unsupported terms that are critical. */
export function judgeTerms(
  claim: TextAnalysis,
  verdicts: readonly TermVerdict[],
  evidence: Evidence,
  titles: TitleWords,
  vocabulary: StoryVocabulary,
): JudgedTerm[] {
  const cited = raisedDomains(new Set([...evidence.stems, ...titles.stems]), `${evidence.chineseText}\n${titles.chineseText}`);
  let story: Set<string> | null = null;
  const storyDomains = (): Set<string> => (story ??= raisedDomains(vocabulary.stems, vocabulary.chineseText));
  const sourceWhole =
    [...evidence.stems].some((wordStem) => SOURCE_WHOLE.has(wordStem)) || /全部|整个|整個|所有|全额|全額/.test(evidence.chineseText);
  return verdicts.map((verdict) => {
    if (verdict.status !== 'absent' && verdict.status !== 'elsewhere') return verdict;
    const domains = claim.chinese ? chineseDomains(verdict.term) : [...domainsOfStem(stem(verdict.term))];
    // A word of a field the cited sentences raise ("paying" beside "funding") is the likeliest paraphrase.
    if (domains.some((name) => cited.has(name))) return { ...verdict, inCitedField: true };
    if (domains.length > 0 && !domains.some((name) => storyDomains().has(name))) return { ...verdict, critical: 'off-topic' };
    if (claim.chinese) return verdict;
    const wordStem = stem(verdict.term);
    // A guarantee ("guarantees", "ensures") is modality: a source that states none cannot be restated with one.
    // Reporting a pledge ("promised a report") restates a source's "will"; guaranteeing an outcome does not.
    if (COMMITMENT_STEMS.has(wordStem)) return { ...verdict, critical: 'commitment' };
    if (WHOLE_STEMS.has(wordStem) && sourceWhole) return { ...verdict, status: 'supported' };
    if (ABSOLUTE_STEMS.has(wordStem)) return { ...verdict, critical: 'absolute' };
    // A direction the story never takes ("loses" where no source speaks of a loss) is the claim's own verdict.
    if (DIRECTION_STEMS.has(wordStem) && verdict.status === 'absent') return { ...verdict, critical: 'direction' };
    // So is a judgement the story never makes ("safeguards are now robust").
    if (VERDICT_STEMS.has(wordStem) && verdict.status === 'absent') return { ...verdict, critical: 'verdict' };
    return verdict;
  });
}

function chineseDomains(term: string): string[] {
  return FRAMING_DOMAINS.filter((domain) => domain.chinese.some((word) => term.includes(word))).map((domain) => domain.name);
}
