/** Use case: give every new article its full text — from its page, or the feed's content when the page fails. */
import type { ArticleExtraction } from '../domain/article.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { detectLanguage } from '../pipeline/language/index.js';
import { sanitizeHtml } from '../pipeline/sanitize/index.js';
import { splitSentences } from '../pipeline/segment/index.js';
import type { ArticleWithSource } from '../ports/article-view.js';
import type { Clock } from '../ports/clock.js';
import type { HttpClient } from '../ports/http-client.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';
import { decodeBody } from '../shared/charset.js';
import { htmlToText } from '../shared/html-text.js';
import { toIso } from '../shared/time.js';

export interface ExtractDependencies {
  store: Store;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
}

export interface ExtractOptions {
  /** Articles taken per pass. */
  batchSize: number;
  concurrency: number;
  /** Attempts after which an article keeps its feed text for good. */
  maxAttempts: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractSummary {
  extracted: number;
  fromFeed: number;
  failed: number;
}

const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Builds an extraction from the feed's own content, for pages that cannot be fetched or read. */
function fromFeed(article: ArticleWithSource): ArticleExtraction | null {
  const html = article.contentHtml ?? (article.summary ? `<p>${article.summary}</p>` : null);
  if (!html) return null;
  const text = htmlToText(html);
  if (!text) return null;
  return {
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.authors[0]?.name ?? null,
    siteName: article.sourceName,
    published: article.published,
    updated: article.updated,
    language: article.language,
    text,
    standfirst: 0,
    html: sanitizeHtml(html, { baseUrl: article.url ?? undefined }),
    wordCount: text.split(/\s+/).length,
    partial: !article.contentHtml,
    leadImage: null,
    origin: 'feed',
  };
}

/** Fetches and extracts one article page; falls back to the feed's content. */
async function extractOne(
  deps: ExtractDependencies,
  article: ArticleWithSource,
  signal?: AbortSignal,
): Promise<{ extraction: ArticleExtraction | null; problem: string | null }> {
  if (!article.url) return { extraction: fromFeed(article), problem: 'the item has no link' };
  const response = await deps.http.get({ url: article.url, accept: HTML_ACCEPT, signal });
  if (!response.ok || response.value.status >= 400) {
    const problem = response.ok
      ? `the page answered HTTP ${response.value.status}`
      : (response.error.userMessage ?? response.error.message);
    return { extraction: fromFeed(article), problem };
  }
  const html = decodeBody(response.value.body, { contentType: response.value.headers['content-type'] ?? null, kind: 'html' }).text;
  const feedItem = { title: article.title, contentHtml: article.contentHtml, summary: article.summary, published: article.published };
  const extracted = extractArticle(html, { url: response.value.url, feedItem });
  if (!extracted.ok) return { extraction: fromFeed(article), problem: extracted.error.userMessage ?? extracted.error.message };
  const {
    url: _url,
    description: _description,
    partialReasons,
    languageConfidence: _confidence,
    warnings,
    ...extraction
  } = extracted.value;
  const notes = [...partialReasons, ...warnings];
  return { extraction, problem: notes.length > 0 ? notes.join('; ') : null };
}

/** Extracts pending articles until none is left (or the signal aborts); one bad page never stops the pass. */
export async function extractArticles(deps: ExtractDependencies, options: ExtractOptions): Promise<ExtractSummary> {
  const summary: ExtractSummary = { extracted: 0, fromFeed: 0, failed: 0 };
  const pending = await deps.store.articles.listPendingExtraction(options.batchSize, options.maxAttempts);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < pending.length && !options.signal?.aborted) {
      const article = pending[next] as ArticleWithSource;
      next += 1;
      await processOne(deps, article, summary, options.signal);
      done += 1;
      options.onProgress?.(done, pending.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, pending.length)) }, worker));
  return summary;
}

async function processOne(
  deps: ExtractDependencies,
  article: ArticleWithSource,
  summary: ExtractSummary,
  signal?: AbortSignal,
): Promise<void> {
  const log = deps.logger.child({ article_id: article.id, source_id: article.sourceId, article_url: article.url });
  const at = toIso(deps.clock.now());
  const { extraction, problem } = await extractOne(deps, article, signal);
  if (signal?.aborted) return;
  if (!extraction) {
    summary.failed += 1;
    log.warn('article-extraction-failed', { stage: 'extract', error: problem ?? 'no text' });
    await deps.store.articles.recordExtractionFailure(article.id, problem ?? 'no text found on the page or in the feed', at);
    return;
  }
  const language = extraction.language ?? detectLanguage(`${extraction.title ?? ''}\n${extraction.text}`, article.language).language;
  const sentences = splitSentences(extraction.text, language);
  await deps.store.articles.saveExtraction(article.id, { ...extraction, language }, sentences, at);
  if (extraction.origin === 'feed') summary.fromFeed += 1;
  else summary.extracted += 1;
  log.info('article-extracted', {
    stage: 'extract',
    origin: extraction.origin,
    words: extraction.wordCount,
    partial: extraction.partial,
    sentences: sentences.length,
    problem,
  });
}
