/** What the API returns for stories, articles and sources: stable field names, no stored internals. */
import type { Source } from '../../../domain/source.js';
import type { Story } from '../../../domain/story.js';
import type { ArticleWithSource } from '../../../ports/store.js';
import type { StoredBrief } from '../../../ports/story-store.js';
import { absoluteUrl, storyPath } from '../../digest/site-paths.js';

/** Describes a brief version without its body. */
export function briefInfo(stored: Omit<StoredBrief, 'brief'>) {
  return { version: stored.version, createdAt: stored.createdAt, engine: stored.engine, groundedShare: stored.groundedShare };
}

/** Returns a story as lists show it; `withEvidence` adds each label's supporting sentences. */
export function storySummary(story: Story, stored: StoredBrief | null, base: string, withEvidence = false) {
  return {
    id: story.id,
    title: story.title,
    headline: stored?.brief.headline.text ?? story.title,
    hook: stored?.brief.hook?.text ?? null,
    url: absoluteUrl(base, storyPath(story.id)),
    apiUrl: absoluteUrl(base, `/api/v1/stories/${encodeURIComponent(story.id)}`),
    firstSeen: story.firstSeen,
    lastUpdated: story.lastUpdated,
    articleCount: story.articleCount,
    outletCount: story.outletCount,
    languages: story.languages,
    labels: story.labels.map((label) => ({
      kind: label.kind,
      id: label.id,
      name: label.name,
      score: label.score,
      ...(withEvidence ? { evidence: label.evidence } : {}),
    })),
    brief: stored ? briefInfo(stored) : null,
  };
}

/** Returns an article as the API lists it: metadata and plain-text summary, never third-party HTML. */
export function articleView(article: ArticleWithSource & { duplicateOf?: string | null }) {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    outlet: article.sourceName,
    sourceId: article.sourceId,
    region: article.sourceRegion,
    language: article.language,
    published: article.published,
    collectedAt: article.collectedAt,
    summary: article.summary,
    duplicateOf: article.duplicateOf ?? null,
  };
}

/** Returns a source with its health; fetch validators stay internal. */
export function sourceView(source: Source) {
  const { validators: _validators, ...rest } = source;
  return rest;
}
