/** Verifies one brief sentence against the sentences it cites. */
import type { BriefQuote, TimelineEvent } from '../../domain/index.js';
import { analyseText } from './analysis.js';
import { checkAttribution } from './checks/attribution.js';
import { checkBounds } from './checks/bounds.js';
import { checkChangePairs } from './checks/change-pairs.js';
import { checkComparatives } from './checks/comparatives.js';
import { checkContradiction } from './checks/contradiction.js';
import { checkContrastPredicates } from './checks/contrast-predicates.js';
import { checkContrastSwap } from './checks/contrast-swap.js';
import { checkEntities } from './checks/entities.js';
import { checkFigureComparisons } from './checks/figure-comparisons.js';
import { checkFigureRoles } from './checks/figure-roles.js';
import { checkHedgedClauses } from './checks/hedged-clauses.js';
import { checkHandovers } from './checks/handovers.js';
import { checkListExtension } from './checks/list-extension.js';
import { checkModality } from './checks/modality.js';
import { checkMotives } from './checks/motives.js';
import { checkObligations } from './checks/obligations.js';
import { checkOppositeObjects } from './checks/opposite-objects.js';
import { checkPlanDone } from './checks/plan-done.js';
import { checkPolarity } from './checks/polarity.js';
import { checkPredicates } from './checks/predicates.js';
import { checkQuantities } from './checks/quantities.js';
import { checkQuantifierShares } from './checks/quantifier-shares.js';
import { checkEventDate, checkQuote } from './checks/special.js';
import { checkRestrictions } from './checks/restrictions.js';
import { checkSteadyState } from './checks/steady-state.js';
import { checkSwaps, checkTargets } from './checks/swaps.js';
import { checkTerms, type TermLimits } from './checks/terms.js';
import { checkWrongArticle } from './checks/wrong-article.js';
import type { BriefItem } from './collect.js';
import { gatherEvidence, resolveCitations } from './evidence.js';
import type { SourceIndex } from './sources.js';
import { languageOf, stripMarkers } from './text/normalise.js';
import type { SentenceVerdict } from './types.js';

/** Returns the verdict on one brief sentence. */
export function verifyItem(entry: BriefItem, index: SourceIndex, limits: TermLimits): SentenceVerdict {
  const text = stripMarkers(entry.item.text);
  const reasons = entry.section === 'quote' ? checkQuote(entry.item as BriefQuote, index) : verifyClaim(entry, text, index, limits);
  const verdict: SentenceVerdict = {
    section: entry.section,
    index: entry.index,
    text,
    verdict: reasons.length === 0 ? 'supported' : 'unsupported',
    reasons,
  };
  if (entry.paragraph !== undefined) Object.assign(verdict, { paragraph: entry.paragraph, sentence: entry.sentence });
  return verdict;
}

function verifyClaim(entry: BriefItem, text: string, index: SourceIndex, limits: TermLimits): string[] {
  const { cited, reasons } = resolveCitations(entry.item.citations ?? [], index);
  if (reasons.length > 0 || cited.length === 0) return reasons.length > 0 ? reasons : ['no citations'];
  if (!text) return ['empty sentence'];
  const reference = cited[0]!.article.published;
  const evidence = gatherEvidence(cited, index);
  // Short names in the claim ("Northgate") resolve against the whole cited articles, as a reader would.
  const claim = analyseText(text, languageOf(text), reference, { context: cited.map((c) => index.whole(c.article).text).join('\n') });
  const vocabulary = index.vocabulary();
  const found = [
    ...checkQuantities(claim, evidence),
    ...checkBounds(claim, evidence),
    ...checkQuantifierShares(claim, evidence),
    ...checkChangePairs(claim, evidence),
    ...checkEntities(claim, evidence, vocabulary.englishText),
    ...checkPolarity(claim, evidence),
    ...checkContradiction(claim, evidence),
    ...checkSteadyState(claim, evidence),
    ...checkRestrictions(claim, evidence),
    ...checkHandovers(claim, evidence),
    ...checkListExtension(claim, evidence),
    ...checkContrastSwap(claim, evidence),
    ...checkComparatives(claim, evidence),
    ...checkFigureComparisons(claim, evidence),
    ...checkOppositeObjects(claim, evidence),
    ...checkSwaps(claim, evidence),
    ...checkFigureRoles(claim, evidence),
    ...checkTargets(claim, evidence),
    ...checkModality(claim, evidence),
    ...checkHedgedClauses(claim, evidence),
    ...checkAttribution(claim, evidence),
    ...checkPredicates(claim, evidence),
    ...checkContrastPredicates(claim, evidence),
    ...checkPlanDone(claim, evidence),
    ...checkMotives(claim, evidence),
    ...checkObligations(claim, evidence),
    ...checkTerms(claim, evidence, vocabulary, limits),
    ...checkWrongArticle(claim, evidence, index),
  ];
  if (entry.section === 'timeline') found.push(...checkEventDate(entry.item as TimelineEvent, evidence));
  return found;
}
