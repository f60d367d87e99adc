/** The extract stage's entry point: page HTML (plus the feed's view of the item) in, article text and metadata out. */
import { type Result, fail, ok } from '../../shared/result.js';
import { detectLanguage } from '../language/index.js';
import { sanitizeHtml } from '../sanitize/index.js';
import { type TextChoice, chooseText } from './feed-fallback.js';
import { type LightDocument, buildLightTree } from './light-tree.js';
import { extractMainText } from './main-text.js';
import { countWords } from './measures.js';
import { type PageMetadata, readMetadata } from './metadata.js';
import { type PageHints, collectPageHints } from './page-hints.js';
import { isConsentWall, partialReasons } from './partial.js';
import { rawText } from './stats.js';
import type { ExtractOptions, ExtractedArticle } from './types.js';

const STAGE = 'extract';
/** Visible page text kept for wall detection; walls sit near the article, well within this. */
const PAGE_TEXT_LIMIT = 200_000;
const LANGUAGE_SAMPLE_CHARS = 300;

function languageOf(title: string | null, text: string, declared: string | null): { language: string | null; confidence: number } {
  // A few hundred characters decide the language as well as the whole text does, at a fraction of the cost.
  const sample = `${title ?? ''}\n${text.slice(0, LANGUAGE_SAMPLE_CHARS)}`;
  return detectLanguage(sample, declared);
}

function warningsOf(document: LightDocument, html: string): string[] {
  const warnings: string[] = [];
  if (document.truncated) warnings.push(`page cut at a parsing bound (${html.length} characters, ${document.elementCount} elements read)`);
  return warnings;
}

// Relative links resolve against <base href> when the page declares one, else against the page's address.
function documentBase(document: LightDocument, url: string | null): string | null {
  const base = document.head.baseHref;
  if (!base) return url;
  try {
    return new URL(base, url ?? undefined).href;
  } catch {
    return url;
  }
}

interface Parsed {
  document: LightDocument;
  hints: PageHints;
  metadata: PageMetadata;
  main: { text: string; html: string; standfirst: number };
  pageText: string;
  baseUrl: string | null;
}

function parsePage(html: string, url: string | null): Parsed {
  const document = buildLightTree(html);
  // Hints and the page text are read before extraction rewrites and prunes the tree.
  const hints = collectPageHints(document.root);
  const pageText = rawText(document.root, false).slice(0, PAGE_TEXT_LIMIT);
  const metadata = readMetadata(document.head, hints, url);
  const baseUrl = documentBase(document, url) ?? metadata.canonicalUrl;
  const main = extractMainText(document, { baseUrl, title: metadata.title });
  return { document, hints, metadata, main, pageText, baseUrl };
}

function partialOf(parsed: Parsed, choice: TextChoice): string[] {
  return partialReasons({
    text: choice.text,
    origin: choice.origin,
    pageText: parsed.pageText,
    paywallMarkup: parsed.hints.paywallMarkup,
    declaredPaywalled: parsed.metadata.paywalled,
    summaryOnly: choice.summaryOnly,
  });
}

/** Extracts an article from page HTML; falls back to the feed's content when the page fails or is much thinner. */
export function extractArticle(html: string, options: ExtractOptions = {}): Result<ExtractedArticle> {
  const url = options.url ?? null;
  const parsed = parsePage(html, url);
  const { metadata, main, pageText, baseUrl } = parsed;
  const choice = chooseText({ ...main, isWall: isConsentWall(main.text, pageText) }, options.feedItem);
  if (!choice.text) {
    return fail(STAGE, 'no-text', `no article text found in ${html.length} characters of HTML`, {
      userMessage: 'The page has no readable article text (it may need JavaScript, or be a video or image page).',
    });
  }
  const title = metadata.title ?? options.feedItem?.title ?? null;
  const language = languageOf(title, choice.text, metadata.declaredLanguage);
  const reasons = partialOf(parsed, choice);
  const { title: _title, declaredLanguage: _declared, paywalled: _paywalled, ...pageFields } = metadata;
  return ok({
    url,
    ...pageFields,
    title,
    published: metadata.published ?? options.feedItem?.published ?? null,
    language: language.language,
    languageConfidence: language.confidence,
    text: choice.text,
    standfirst: choice.origin === 'page' ? main.standfirst : 0,
    // The page's HTML comes from the renderer, which already applies the sanitiser's rules; feed HTML is untrusted.
    html: choice.origin === 'page' ? choice.html : sanitizeHtml(choice.html, { baseUrl }),
    wordCount: countWords(choice.text),
    partial: reasons.length > 0,
    partialReasons: reasons,
    origin: choice.origin,
    warnings: [...warningsOf(parsed.document, html), ...(choice.warning ? [choice.warning] : [])],
  });
}
