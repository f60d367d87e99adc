/** Scores one label over a story's articles from the sentences that contain its cues, and keeps them as evidence. */
import type { Evidence } from '../../domain/story.js';
import { FULL_SUPPORT, LEAD_WEIGHT, MAX_WEAK_SENTENCES, TITLE_WEIGHT, WEAK_WEIGHT } from './classify-settings.js';
import { maskLookalikes, matchCues, type CueMatcher } from './cue-matcher.js';
import type { AnalysedArticle, AnalysedText } from './analysed-text.js';
import { quotationStart } from './quotation-start.js';

/** A label's score and the sentences behind it. */
export interface ScoredLabel {
  id: string;
  name: string;
  /** Mean article support in [0, 1]: how many articles carry the label clearly. */
  score: number;
  /** Support of the article that carries the label most fully (0..1): one outlet's thread on it, however the others cover it. */
  peak: number;
  /** Mean cue weight per sentence: how much of the text is about the label (compares labels within one story). */
  density: number;
  evidence: Evidence[];
  /**
   * Share of the articles whose headline or lead (the standfirst, if any, and the first paragraph of the body) names
   * the label outright: they say what a story is about.
   */
  lead: number;
  /** How many articles the story has: agreement among several outlets says more than one outlet's emphasis. */
  articles: number;
  /** Whether any headline or sentence names the label outright (weak cues and hints alone only suggest it). */
  named: boolean;
  /** Id of the broader label this one narrows, if any. */
  broader: string | null;
  /** Ids of the labels this one accompanies (see TaxonomyEntry.companions). */
  companions: readonly string[];
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

/** How a kind of label reads a text. */
export interface ReadOptions {
  adjust?: AdjustWeight;
  /**
   * Whether a company's description ("Helioscale, the largest US cloud provider,") counts in full. For boards and tags
   * it only hints: it says what the company is, not what the story is about. Its place still locates the story.
   */
  fullAsides?: boolean;
  /** Whether the homes of the companies a text names hint at a label (see AnalysedText.homes): regions only. */
  homes?: boolean;
}

/** Weighs the cues of one text: a strong cue or entity counts 1 (2 at most per sentence), weak cues WEAK_WEIGHT together. */
export function cueWeight(matcher: CueMatcher, analysed: AnalysedText, options: ReadOptions = {}): CueWeight {
  const own = options.fullAsides ? analysed.text : analysed.core;
  if (matcher.denials.length > 0 && matchCues(matcher.denials, analysed.text).length > 0) {
    return options.adjust ? options.adjust(analysed, { strong: 0, weak: 0 }) : { strong: 0, weak: 0 };
  }
  const text = matcher.not.length > 0 ? maskLookalikes(matcher, own) : own;
  const strong = Math.min(2, matchCues(matcher.strong, text).length + entityCues(matcher, analysed.entities));
  // A company's name says who acts, not what the story is about; a currency says where money changes hands, not
  // where the story is; a company's description says what it is: all three hint like a weak cue.
  const aside = !options.fullAsides && analysed.asides !== '' ? maskLookalikes(matcher, analysed.asides) : '';
  const hinted =
    matchCues(matcher.weak, text).length > 0 ||
    entityCues(matcher, analysed.hints) > 0 ||
    (options.homes === true && entityCues(matcher, analysed.homes) > 0) ||
    (aside !== '' && matchCues([...matcher.strong, ...matcher.weak], aside).length > 0);
  const weak = strong === 0 && hinted ? WEAK_WEIGHT : 0;
  return options.adjust ? options.adjust(analysed, { strong, weak }) : { strong, weak };
}

/**
 * Returns how fully one article supports a label (0..1) and its cue weight per sentence, collecting the sentences. The
 * standfirst counts towards support and the lead, but not towards density: it sums up the text, so a topic it
 * restates is no more of the text than the body makes it.
 */
function articleSupport(
  matcher: CueMatcher,
  article: AnalysedArticle,
  articleIndex: number,
  hits: Hit[],
  options: ReadOptions,
): { support: number; density: number; lead: boolean; named: boolean } {
  const title = article.title ? cueWeight(matcher, article.title, options) : { strong: 0, weak: 0 };
  let total = (title.strong + title.weak) * TITLE_WEIGHT;
  let body = total;
  let weakSentences = 0;
  let standfirstSentences = 0;
  let lead = title.strong > 0;
  let named = title.strong > 0;
  for (const [index, { sentence, analysed }] of article.sentences.entries()) {
    const inStandfirst = sentence.paragraph < article.leadEnd;
    if (inStandfirst) standfirstSentences++;
    const found = cueWeight(matcher, analysed, options);
    if (found.strong === 0 && found.weak === 0) continue;
    const inLead = sentence.paragraph <= article.leadEnd;
    const position = inLead ? LEAD_WEIGHT : 1;
    let weight = 0;
    if (found.strong > 0) {
      weight = found.strong * position;
      named = true;
      if (inLead) lead = true;
    } else if (weakSentences++ < MAX_WEAK_SENTENCES) weight = found.weak * position;
    total += weight;
    if (!inStandfirst) body += weight;
    const opening = quotationStart(article.sentences, index);
    hits.push({
      evidence: { articleId: article.id, sentenceId: sentence.id, text: sentence.text, ...(opening ? { quotationStart: opening } : {}) },
      weight: (found.strong + found.weak) * position,
      articleIndex,
    });
  }
  const sentences = article.sentences.length - standfirstSentences + (article.title ? TITLE_WEIGHT : 0);
  return { support: Math.min(1, total / FULL_SUPPORT), density: sentences > 0 ? body / sentences : 0, lead, named };
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
  options: ReadOptions = {},
): ScoredLabel {
  const hits: Hit[] = [];
  let support = 0;
  let peak = 0;
  let density = 0;
  let leads = 0;
  let named = false;
  articles.forEach((article, index) => {
    const found = articleSupport(matcher, article, index, hits, options);
    support += found.support;
    peak = Math.max(peak, found.support);
    density += found.density;
    if (found.lead) leads++;
    if (found.named) named = true;
  });
  const count = Math.max(1, articles.length);
  return {
    id: matcher.id,
    name: matcher.name,
    score: support / count,
    peak,
    density: density / count,
    evidence: pickEvidence(hits, maxEvidence),
    lead: leads / count,
    articles: articles.length,
    named,
    broader: matcher.broader,
    companions: matcher.companions,
  };
}
