/** Runs the verify stage on a composed brief: the checker the LLM engine uses, and verify-then-prune for any brief. */
import type { Brief, DroppedSentence } from '../../domain/index.js';
import { type VerificationReport, type VerifySources, prune, verifyBrief } from '../verify/index.js';
import type { BriefChecker, SourceArticle } from './llm/verification.js';
import { type Segmenter, sentencesOf } from './pool.js';
import { relatedArticles } from './timeline/related.js';
import type { BriefInput } from './types.js';

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
  return { brief: dropped.length > 0 ? prune(brief, report) : brief, report, dropped };
}
