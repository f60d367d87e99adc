/** Runs the verify stage on a composed brief: the checker the LLM engine uses, and verify-then-prune for any brief. */
import type { Brief, DroppedSentence } from '../../domain/index.js';
import { type VerificationReport, type VerifySources, prune, verifyBrief } from '../verify/index.js';
import { composeBriefWith } from './compose.js';
import { asHeadline } from './headline-trim.js';
import type { BriefChecker, SourceArticle } from './llm/verification.js';
import { type Segmenter, sentencesOf } from './pool.js';
import { relatedArticles } from './timeline/related.js';
import { addressKey, listSentences } from './sections.js';
import type { BriefInput, ComposeOptions } from './types.js';

// The verifier caches its source index per sources object: one object per story keeps that cache useful.
const SOURCES = new WeakMap<readonly SourceArticle[], VerifySources>();

function verifySources(sources: readonly SourceArticle[]): VerifySources {
  let mapped = SOURCES.get(sources);
  if (!mapped) {
    mapped = {
      articles: sources.map(({ article, sentences }) => ({
        id: article.id,
        outlet: article.outlet,
        title: article.title,
        language: article.language,
        published: article.published,
        sentences: [...sentences],
      })),
    };
    SOURCES.set(sources, mapped);
  }
  return mapped;
}

/** Checks a brief with the verify stage, sentence by sentence. */
export const checkWithVerifier: BriefChecker = (brief, sources) =>
  verifyBrief(brief, verifySources(sources)).sentences.map((verdict) => ({
    section: verdict.section,
    index: verdict.index,
    text: verdict.text,
    supported: verdict.verdict === 'supported',
    reasons: verdict.reasons,
  }));

export interface GroundedBrief {
  /** The brief without unsupported sentences; null when nothing supported is left to head it. */
  brief: Brief | null;
  /** The verifier's report on the brief before pruning. */
  report: VerificationReport;
  dropped: DroppedSentence[];
}

/** Verifies a composed brief against the story's articles and prunes what the verifier does not support. */
export function verifyAndPrune(brief: Brief, input: BriefInput, segment: Segmenter): GroundedBrief {
  // A related story's article is a source only where the timeline cites it: the rest of the brief answers to the story alone.
  const cited = new Set(brief.timeline.flatMap((event) => event.citations.map((citation) => citation.articleId)));
  const related = relatedArticles(input).filter((article) => cited.has(article.id));
  const sources: SourceArticle[] = [...input.articles, ...related].map((article) => ({
    article,
    sentences: sentencesOf(article, segment),
  }));
  const report = verifyBrief(brief, verifySources(sources));
  const dropped = report.sentences
    .filter((verdict) => verdict.verdict === 'unsupported')
    .map(({ section, index, text, reasons }) => ({ section, index, text, reasons }));
  const pruned = dropped.length > 0 ? prune(brief, report) : brief;
  // A headline the verifier dropped is replaced by the hook or a point, written as a sentence: it becomes a headline.
  if (pruned && pruned.headline !== brief.headline)
    pruned.headline = { ...pruned.headline, text: asHeadline(pruned.headline.text, pruned.language) };
  return { brief: pruned, report, dropped };
}

/**
 * Composes the extractive brief and grounds it. When the verifier drops sentences, a second draft leaves their
 * source sentences out, so each section takes its next candidate instead of shrinking; what the second draft still
 * gets wrong is pruned. `dropped` lists both drafts' drops (each was the verifier's call); `report` is the
 * published draft's.
 */
export function composeAndGround(
  input: BriefInput,
  options: ComposeOptions,
  segment: Segmenter,
  ground: (brief: Brief, input: BriefInput, segment: Segmenter) => GroundedBrief = verifyAndPrune,
): GroundedBrief {
  const draft = composeBriefWith(input, options, segment);
  const first = ground(draft, input, segment);
  if (first.dropped.length === 0) return first;
  const dropped = new Set(first.dropped.map((entry) => addressKey(entry.section, entry.index)));
  const exclude = new Set(options.exclude);
  const excludeTitles = new Set(options.excludeTitles);
  const titles = new Set(input.articles.map((article) => article.title.trim()));
  // When the verifier rejects a title headline, the second draft is headed by its lead sentence: the other titles were
  // ranked below the rejected one and tend to carry the same framing.
  if (dropped.has(addressKey('headline', 0)) && titles.has(draft.headline.text)) for (const title of titles) excludeTitles.add(title);
  for (const { section, index, sentence } of listSentences(draft)) {
    // The first citation is the sentence the text was taken from; the others corroborate it or name its subject. A
    // title was taken from no sentence: its citations only support it, and stay free for the lead.
    const source = sentence.citations[0];
    const taken = !(section === 'headline' && titles.has(sentence.text));
    if (taken && dropped.has(addressKey(section, index)) && source?.sentenceIds[0])
      exclude.add(`${source.articleId}#${source.sentenceIds[0]}`);
  }
  const second = ground(composeBriefWith(input, { ...options, exclude, excludeTitles }, segment), input, segment);
  if (!second.brief) return first;
  return { ...second, dropped: [...first.dropped, ...second.dropped] };
}
