/** Recognises JSON Feed 1.0/1.1 documents and maps them to the domain's ParsedFeed. */
import type { FeedItem, FeedPerson } from '../../domain/feed.js';
import { resolveReference } from './references.js';
import { readDate, type AdaptedFeed, type FeedContext } from './feed-context.js';
import { absolutizeHtml } from './html-links.js';
import { finishItem, makeEnclosure, parseDuration } from './item-builder.js';
import { makePerson } from './people.js';
import { htmlToLine, htmlToText, textToHtml } from './text.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Says whether parsed JSON is a JSON Feed: a jsonfeed.org version, or items beside a feed-like field. */
export function isJsonFeed(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  if (/jsonfeed\.org\/version\//i.test(text(value['version']) ?? '')) return true;
  if (!Array.isArray(value['items'])) return false;
  // Some generators write the bare number ("1.1") instead of the version URL.
  return jsonFeedVersion(value['version']) !== null || ['title', 'home_page_url', 'feed_url'].some((key) => text(value[key]) !== null);
}

/** Returns "1.0" or "1.1" from a JSON Feed version URL, or null when absent or unknown. */
export function jsonFeedVersion(version: unknown): string | null {
  const match = /jsonfeed\.org\/version\/(\d+(?:\.\d+)?)\/?$|^(1(?:\.\d)?)$/i.exec(text(version) ?? '');
  const number = match?.[1] ?? match?.[2];
  if (!number) return null;
  return number.includes('.') ? number : `${number}.0`;
}

function people(owner: JsonObject): FeedPerson[] {
  // JSON Feed 1.1 uses "authors"; 1.0 had a single "author".
  const entries = Array.isArray(owner['authors']) ? owner['authors'] : [owner['author']];
  return entries
    .filter(isObject)
    .map((person) => makePerson(text(person['name']), null, text(person['url'])))
    .filter((person): person is FeedPerson => person !== null);
}

function readItem(item: JsonObject, base: string | null, feedAuthors: FeedPerson[], context: FeedContext): FeedItem {
  const attachments = list(item['attachments']).filter(isObject);
  const own = people(item);
  return finishItem({
    guid: text(item['id']),
    title: htmlToLine(text(item['title'])),
    link: resolveReference(text(item['url']), base) ?? resolveReference(text(item['external_url']), base),
    published: readDate(context, 'date_published', text(item['date_published']), 'rfc3339'),
    updated: readDate(context, 'date_modified', text(item['date_modified']), 'rfc3339'),
    authors: own.length > 0 ? own : feedAuthors,
    summary: htmlToText(text(item['summary'])),
    contentHtml: absolutizeHtml(text(item['content_html']), base) ?? textToHtml(text(item['content_text'])),
    categories: list(item['tags']).map(text),
    enclosures: attachments.map((attachment) =>
      makeEnclosure(text(attachment['url']), text(attachment['mime_type']), text(attachment['size_in_bytes']), base),
    ),
    durationSeconds: parseDuration(
      attachments.map((attachment) => attachment['duration_in_seconds']).find((seconds) => typeof seconds === 'number') as
        number | undefined,
    ),
  });
}

/** Reads a JSON Feed document already recognised by isJsonFeed. */
export function adaptJsonFeed(feed: JsonObject, context: FeedContext): AdaptedFeed {
  const version = jsonFeedVersion(feed['version']);
  if (!version) context.warnings.add('json: no jsonfeed.org version; read as JSON Feed 1.1');
  const home = text(feed['home_page_url']);
  const base = context.url ?? text(feed['feed_url']) ?? home;
  context.language = text(feed['language']);
  const authors = people(feed);
  const items = list(feed['items']);
  const objects = items.filter(isObject);
  if (objects.length < items.length) context.warnings.add(`json: ${items.length - objects.length} items are not objects and were skipped`);
  return {
    format: 'json',
    version,
    title: htmlToLine(text(feed['title'])),
    link: resolveReference(home, base),
    language: context.language,
    description: htmlToText(text(feed['description'])),
    feedUrl: resolveReference(text(feed['feed_url']), base),
    image: resolveReference(text(feed['icon']) ?? text(feed['favicon']), base),
    authors,
    items: objects.map((item) => readItem(item, base, authors, context)),
  };
}
