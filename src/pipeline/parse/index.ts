/** The parse stage: bytes of RSS, RDF, Atom or JSON Feed in, one ParsedFeed out — or a plain "not a feed" with the fix. */
import type { ParsedFeed } from '../../domain/feed.js';
import { decodeBody, type DecodedBody } from '../../shared/charset.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { adaptAtom } from './atom-adapter.js';
import { classifyRoot, sniffBody, type BodyKind } from './detect-format.js';
import { discoverFeeds } from './discover-feeds.js';
import { createContext, WarningLog, type AdaptedFeed, type FeedContext } from './feed-context.js';
import { adaptJsonFeed, isJsonFeed } from './json-feed-adapter.js';
import { adaptRdf, adaptRss11 } from './rdf-adapter.js';
import { adaptRss } from './rss-adapter.js';
import { checkWellFormed } from './xml-check.js';
import { buildXmlTree } from './xml-tree.js';

export { discoverFeeds, type DiscoveredFeed } from './discover-feeds.js';
export { parseDate, type DateContext, type ParsedDate } from './dates.js';

export interface ParseOptions {
  /** The feed's URL: the base for relative links and the page URL for feed discovery. */
  url?: string | null;
  /** The HTTP Content-Type header, whose charset wins over the document's own declaration. */
  contentType?: string | null;
}

function notAFeed(detail: string, userMessage: string, cause?: unknown): Result<ParsedFeed> {
  return fail('parse', 'not-a-feed', detail, cause === undefined ? { userMessage } : { userMessage, cause });
}

function webPage(html: string, url: string | null): Result<ParsedFeed> {
  const feeds = discoverFeeds(html, url ?? '');
  const links = feeds.slice(0, 3).map((feed) => (feed.title ? `${feed.url} (${feed.title})` : feed.url));
  const fix =
    links.length > 0 ? `use the feed it links to: ${links.join(', ')}` : "look for the site's RSS or Atom link and use that address";
  return notAFeed(`body is an HTML page (${feeds.length} feed links found)`, `The address returned a web page, not a feed: ${fix}.`, {
    feeds,
  });
}

function assemble(adapted: AdaptedFeed, decoded: DecodedBody, wellFormed: boolean, warnings: WarningLog): ParsedFeed {
  return {
    format: adapted.format,
    version: adapted.version,
    wellFormed,
    warnings: warnings.list(),
    encoding: decoded.encoding,
    title: adapted.title,
    link: adapted.link,
    language: adapted.language,
    description: adapted.description ?? null,
    feedUrl: adapted.feedUrl ?? null,
    image: adapted.image ?? null,
    authors: adapted.authors ?? [],
    updated: adapted.updated ?? null,
    items: adapted.items,
  };
}

function parseJson(decoded: DecodedBody, context: FeedContext): Result<ParsedFeed> {
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('parse', 'malformed-json', `body is not valid JSON (${reason})`, {
      userMessage:
        'The address returned broken JSON, not a readable feed: ask the publisher to fix the feed, or use its RSS or Atom version.',
    });
  }
  if (!isJsonFeed(value)) {
    return notAFeed(
      'body is JSON but not a JSON Feed',
      'The address returned JSON that is not a JSON Feed: use the address of the feed itself.',
    );
  }
  return ok(assemble(adaptJsonFeed(value, context), decoded, true, context.warnings));
}

function otherRoot(kind: string, name: string, text: string, url: string | null): Result<ParsedFeed> {
  if (kind === 'html') return webPage(text, url);
  if (kind === 'opml') {
    return notAFeed(
      'body is an OPML subscription list',
      'The address returned an OPML subscription list, not a feed: import it as a list of sources instead.',
    );
  }
  return notAFeed(
    `XML root <${name}> is not RSS, RDF or Atom`,
    `The address returned an XML document (<${name}>) that is not a feed: use the address of the RSS, Atom or JSON feed itself.`,
  );
}

function parseXml(decoded: DecodedBody, context: FeedContext): Result<ParsedFeed> {
  const tree = buildXmlTree(decoded.text, context.url);
  if (!tree.root) {
    return notAFeed(
      'body has no XML root element',
      'The address returned text that is not a feed: check the address, and that the site still publishes a feed.',
    );
  }
  const kind = classifyRoot(tree.root);
  if (kind === 'html' || kind === 'opml' || kind === 'other') return otherRoot(kind, tree.root.name, decoded.text, context.url);
  const verdict = checkWellFormed(tree);
  context.warnings.addAll(verdict.warnings);
  const adapt = { rss: adaptRss, rdf: adaptRdf, rss11: adaptRss11, atom: adaptAtom }[kind];
  return ok(assemble(adapt(tree.root, context), decoded, verdict.wellFormed, context.warnings));
}

function decode(body: Buffer | string, kind: BodyKind, contentType: string | null | undefined): DecodedBody {
  if (typeof body === 'string') return { text: body.replace(/^\uFEFF/, ''), encoding: 'utf-8', warnings: [] };
  return decodeBody(body, { contentType: contentType ?? null, kind: kind === 'json' ? 'json' : kind === 'html' ? 'html' : 'xml' });
}

/** Parses a feed body (bytes as fetched, or text already decoded) into a ParsedFeed, recovering what it can. */
export function parseFeed(body: Buffer | string, options: ParseOptions = {}): Result<ParsedFeed> {
  const kind = sniffBody(body);
  if (kind === 'empty') {
    return notAFeed('body is empty', 'The address returned an empty response, not a feed: check the address, or try again later.');
  }
  const decoded = decode(body, kind, options.contentType);
  const warnings = new WarningLog();
  warnings.addAll(decoded.warnings);
  const context = createContext(options.url, warnings);
  if (kind === 'json') return parseJson(decoded, context);
  if (kind === 'html') return webPage(decoded.text, context.url);
  if (kind === 'text') {
    return notAFeed(
      'body is neither XML nor JSON',
      'The address returned plain text, not a feed: check the address, and that the site still publishes a feed.',
    );
  }
  return parseXml(decoded, context);
}
