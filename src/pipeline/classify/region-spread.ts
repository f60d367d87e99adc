/**
 * Region weights from what each sentence names as a whole: a sentence that places the story in one region counts
 * fully for it, a sentence listing places of several regions is split between them, and one that spans many regions
 * is evidence of global reach instead.
 */
import type { AnalysedArticle, AnalysedText } from './analysed-text.js';
import { SPREAD_REGIONS } from './classify-settings.js';
import type { CueMatcher } from './cue-matcher.js';
import { cueWeight, type AdjustWeight } from './label-scores.js';

/** Id of the region that stands for "no one region". */
export const GLOBAL_REGION = 'global';

/** Reweighing of place regions and of Global for one story. */
export interface RegionWeights {
  place: AdjustWeight;
  global: AdjustWeight;
}

/** Counts, for every headline and sentence of a story, how many place regions it names outright. */
function regionsNamed(places: readonly CueMatcher[], articles: readonly AnalysedArticle[]): Map<AnalysedText, number> {
  const counts = new Map<AnalysedText, number>();
  const texts = articles.flatMap((article) => [...(article.title ? [article.title] : []), ...article.sentences.map((s) => s.analysed)]);
  for (const text of texts) counts.set(text, places.filter((matcher) => cueWeight(matcher, text, { fullAsides: true }).strong > 0).length);
  return counts;
}

/** Builds the region reweighing of a story from its place regions' matchers. */
export function regionWeights(places: readonly CueMatcher[], articles: readonly AnalysedArticle[]): RegionWeights {
  const counts = regionsNamed(places, articles);
  return {
    place: (text, found) => {
      const named = counts.get(text) ?? 0;
      return named > 1 ? { strong: found.strong / named, weak: found.weak } : found;
    },
    global: (text, found) => ((counts.get(text) ?? 0) >= SPREAD_REGIONS ? { strong: Math.max(1, found.strong), weak: 0 } : found),
  };
}
