/** Scores one label over a story's articles from the sentences that contain its cues, and keeps them as evidence. */
import type { Evidence } from '../../domain/story.js';
import { FULL_SUPPORT, LEAD_WEIGHT, MAX_WEAK_SENTENCES, TITLE_WEIGHT, WEAK_WEIGHT } from './classify-settings.js';
import { maskLookalikes, matchCues, type CueMatcher } from './cue-matcher.js';
import type { AnalysedArticle, AnalysedText } from './analysed-text.js';

/** A label's score and the sentences behind it. */
export interface ScoredLabel {
  id: string;
  name: string;
  /** Mean article support in [0, 1]: how many articles carry the label clearly. */
  score: number;
  /** Mean cue weight per sentence: how much of the text is about the label (compares labels within one story). */
  density: number;
  evidence: Evidence[];
  /** Id of the broader label this one narrows, if any. */
  broader: string | null;
}

interface Hit {
  evidence: Evidence;
  weight: number;
  articleIndex: number;
}

function entityCues(matcher: CueMatcher, ids: ReadonlySet<string>): number {
  let found = 0;
  for (const id of ids) if (matcher.entities.has(id)) found++;
  return found;
}

/** Cue weights of one text: strong cues and entities, and the weak share. */
export interface CueWeight {
  strong: number;
  weak: number;
}

/** Reweighs the cues a text was found to hold, from what the whole story says about that text (see region-spread.ts). */
export type AdjustWeight = (analysed: AnalysedText, found: CueWeight) => CueWeight;

/** Weighs the cues of one text: a strong cue or entity counts 1 (2 at most per sentence), weak cues WEAK_WEIGHT together. */
export function cueWeight(matcher: CueMatcher, analysed: AnalysedText, adjust?: AdjustWeight): CueWeight {
  const text = matcher.not.length > 0 ? maskLookalikes(matcher, analysed.text) : analysed.text;
  const strong = Math.min(2, matchCues(matcher.strong, text).length + entityCues(matcher, analysed.entities));
  // A company's name says who acts, not what the story is about; a currency says where money changes hands, not
  // where the story is: both hint like a weak cue.
  const hinted = matchCues(matcher.weak, text).length > 0 || entityCues(matcher, analysed.hints) > 0;
  const weak = strong === 0 && hinted ? WEAK_WEIGHT : 0;
  return adjust ? adjust(analysed, { strong, weak }) : { strong, weak };
}

/** Returns how fully one article supports a label (0..1) and its cue weight per sentence, collecting the sentences. */
function articleSupport(
  matcher: CueMatcher,
  article: AnalysedArticle,
  articleIndex: number,
  hits: Hit[],
  adjust?: AdjustWeight,
): { support: number; density: number } {
  const title = article.title ? cueWeight(matcher, article.title, adjust) : { strong: 0, weak: 0 };
  let strong = title.strong * TITLE_WEIGHT;
  let weak = title.weak * TITLE_WEIGHT;
  let weakSentences = 0;
  for (const { sentence, analysed } of article.sentences) {
    const found = cueWeight(matcher, analysed, adjust);
    if (found.strong === 0 && found.weak === 0) continue;
    const position = sentence.paragraph === 1 ? LEAD_WEIGHT : 1;
    if (found.strong > 0) strong += found.strong * position;
    else if (weakSentences++ < MAX_WEAK_SENTENCES) weak += found.weak * position;
    hits.push({
      evidence: { articleId: article.id, sentenceId: sentence.id, text: sentence.text },
      weight: (found.strong + found.weak) * position,
      articleIndex,
    });
  }
  const sentences = article.sentences.length + (article.title ? TITLE_WEIGHT : 0);
  return { support: Math.min(1, (strong + weak) / FULL_SUPPORT), density: sentences > 0 ? (strong + weak) / sentences : 0 };
}

/** Picks evidence: the strongest sentence of each supporting article first, so that evidence spans outlets. */
function pickEvidence(hits: Hit[], limit: number): Evidence[] {
  const ranked = [...hits].sort((a, b) => b.weight - a.weight || a.articleIndex - b.articleIndex);
  const picked: Hit[] = [];
  const articles = new Set<number>();
  for (const hit of ranked) {
    if (picked.length >= limit) break;
    if (articles.has(hit.articleIndex)) continue;
    picked.push(hit);
    articles.add(hit.articleIndex);
  }
  for (const hit of ranked) {
    if (picked.length >= limit) break;
    if (!picked.includes(hit)) picked.push(hit);
  }
  return picked.map((hit) => hit.evidence);
}

/** Scores a label over a story: the mean support of its articles, with up to `maxEvidence` sentences. */
export function scoreLabel(
  matcher: CueMatcher,
  articles: readonly AnalysedArticle[],
  maxEvidence: number,
  adjust?: AdjustWeight,
): ScoredLabel {
  const hits: Hit[] = [];
  let support = 0;
  let density = 0;
  articles.forEach((article, index) => {
    const found = articleSupport(matcher, article, index, hits, adjust);
    support += found.support;
    density += found.density;
  });
  const count = Math.max(1, articles.length);
  return {
    id: matcher.id,
    name: matcher.name,
    score: support / count,
    density: density / count,
    evidence: pickEvidence(hits, maxEvidence),
    broader: matcher.broader,
  };
}
