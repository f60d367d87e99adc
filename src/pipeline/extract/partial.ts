/** Decides whether extracted text looks cut off: paywall and consent-wall markers, truncated feed text, summary-only fallbacks. */
import { CONSENT_TEXT, PAYWALL_TEXT } from './text-patterns.js';
import { countWords, endsCleanly } from './measures.js';

export interface PartialEvidence {
  /** The text finally returned. */
  text: string;
  origin: 'page' | 'feed';
  /** The page's visible text, chrome included (walls live in chrome). */
  pageText: string;
  paywallMarkup: boolean;
  /** JSON-LD isAccessibleForFree: false. */
  declaredPaywalled: boolean;
  /** The fallback used only the feed's summary. */
  summaryOnly: boolean;
}

/** Below this many words, an article with wall markers on its page is taken as the wall's teaser. */
const TEASER_WORDS = 350;
const CONSENT_WORDS = 80;
const TRUNCATED_FEED =
  /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\bread more\b|\bcontinue reading\b|\bweiterlesen\b|\blire la suite\b|\bleer más\b)\s*$/i;

/** Returns true when the page is a cookie or consent wall standing in for the article. */
export function isConsentWall(text: string, pageText: string): boolean {
  return countWords(text) < CONSENT_WORDS && CONSENT_TEXT.test(pageText);
}

/** Returns the reasons the text looks cut off (empty when it looks whole). */
export function partialReasons(evidence: PartialEvidence): string[] {
  const reasons: string[] = [];
  const words = countWords(evidence.text);
  if (evidence.origin === 'feed') {
    if (evidence.summaryOnly) reasons.push('summary-only');
    if (TRUNCATED_FEED.test(evidence.text)) reasons.push('feed-truncated');
    return reasons;
  }
  if (evidence.declaredPaywalled) reasons.push('declared-paywall');
  const wallText = PAYWALL_TEXT.test(evidence.pageText);
  if (wallText && (evidence.paywallMarkup || words < TEASER_WORDS || !endsCleanly(evidence.text))) reasons.push('paywall-text');
  else if (evidence.paywallMarkup && !endsCleanly(evidence.text)) reasons.push('paywall-markup');
  if (isConsentWall(evidence.text, evidence.pageText)) reasons.push('consent-wall');
  return reasons;
}
