/** Maps gofeed's golden JSON (its universal model and its per-format parse trees) to the expected-feed shape. */
import type { CommonEnclosure, CommonPerson } from './common.js';
import type { ExpectedFeed, ExpectedItem } from './compare.js';

type Loose = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function objects(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter((entry): entry is Loose => !!entry && typeof entry === 'object') : [];
}

/** Maps a present key with a function; an absent key stays undefined so the field is skipped. */
function ifPresent<T>(owner: Loose, key: string, map: (value: unknown) => T): T | undefined {
  return key in owner ? map(owner[key]) : undefined;
}

function people(value: unknown): CommonPerson[] {
  return objects(value).map((person) => ({ name: str(person['name']), email: str(person['email']) }));
}

function enclosures(value: unknown, urlKey = 'url'): CommonEnclosure[] {
  return objects(value).map((file) => ({
    url: str(file[urlKey]) ?? '',
    type: str(file['type']),
    length: file['length'] ? Number(file['length']) : null,
  }));
}

function universalItem(item: Loose): ExpectedItem {
  return {
    guid: str(item['guid']),
    title: str(item['title']),
    link: str(item['link']),
    published: str(item['publishedParsed']),
    updated: str(item['updatedParsed']),
    authors: people(item['authors'] ?? (item['author'] ? [item['author']] : [])),
    summary: str(item['description']),
    content: str(item['content']),
    categories: Array.isArray(item['categories']) ? item['categories'].map(str).filter((entry): entry is string => entry !== null) : [],
    enclosures: enclosures(item['enclosures']),
  };
}

/** Maps gofeed's universal model (absent keys are empty values, as Go's zero values). */
export function fromUniversal(json: Loose): ExpectedFeed {
  return {
    feedType: str(json['feedType']),
    version: str(json['feedVersion']),
    title: str(json['title']),
    description: str(json['description']),
    link: str(json['link']),
    feedUrl: str(json['feedLink']),
    language: str(json['language']),
    authors: people(json['authors'] ?? (json['author'] ? [json['author']] : [])),
    items: objects(json['items']).map(universalItem),
  };
}

function atomLink(links: unknown, rel: string): string | null | undefined {
  const found = objects(links).find((link) => (str(link['rel']) ?? 'alternate') === rel);
  return found && 'href' in found ? str(found['href']) : undefined;
}

function atomEntry(entry: Loose): ExpectedItem {
  return {
    guid: ifPresent(entry, 'id', str),
    title: ifPresent(entry, 'title', str),
    link: atomLink(entry['links'], 'alternate'),
    published: ifPresent(entry, 'publishedParsed', str),
    updated: ifPresent(entry, 'updatedParsed', str),
    authors: ifPresent(entry, 'authors', people),
    summary: ifPresent(entry, 'summary', str),
    content: ifPresent(entry, 'content', (content) => str((content as Loose)['value'])),
    categories: ifPresent(entry, 'categories', (list) =>
      objects(list).map((category) => str(category['label']) ?? str(category['term']) ?? ''),
    ),
  };
}

/** Maps gofeed's Atom parse tree: only the keys it has are compared. */
export function fromAtomTree(json: Loose): ExpectedFeed {
  return {
    title: ifPresent(json, 'title', str),
    description: ifPresent(json, 'subtitle', str),
    link: atomLink(json['links'], 'alternate'),
    feedUrl: atomLink(json['links'], 'self'),
    language: ifPresent(json, 'language', str),
    authors: ifPresent(json, 'authors', people),
    items: objects(json['entries']).map(atomEntry),
  };
}

function rssItem(item: Loose): ExpectedItem {
  return {
    guid: ifPresent(item, 'guid', (guid) => str((guid as Loose)['value'])),
    title: ifPresent(item, 'title', str),
    link: ifPresent(item, 'link', str),
    published: ifPresent(item, 'pubDateParsed', str),
    summary: ifPresent(item, 'description', str),
    content: ifPresent(item, 'content', str),
    categories: ifPresent(item, 'categories', (list) => objects(list).map((category) => str(category['value']) ?? '')),
    enclosures: ifPresent(item, 'enclosures', (list) => enclosures(list)),
  };
}

/** Maps gofeed's RSS parse tree (RSS 0.9x, 1.0, 2.0). */
export function fromRssTree(json: Loose): ExpectedFeed {
  return {
    title: ifPresent(json, 'title', str),
    description: ifPresent(json, 'description', str),
    link: ifPresent(json, 'link', str),
    language: ifPresent(json, 'language', str),
    items: objects(json['items']).map(rssItem),
  };
}

/** Maps gofeed's JSON Feed parse tree, which mirrors the JSON Feed document. */
export function fromJsonTree(json: Loose): ExpectedFeed {
  return {
    title: str(json['title']),
    description: str(json['description']),
    link: str(json['home_page_url']),
    feedUrl: str(json['feed_url']),
    language: str(json['language']),
    authors: people(json['authors'] ?? (json['author'] ? [json['author']] : [])),
    items: objects(json['items']).map((item) => ({
      guid: str(item['id']),
      title: str(item['title']),
      link: str(item['url']),
      published: str(item['date_published']),
      updated: str(item['date_modified']),
      summary: str(item['summary']),
      content: str(item['content_html']) ?? str(item['content_text']),
      categories: Array.isArray(item['tags']) ? item['tags'].map(str).filter((tag): tag is string => tag !== null) : [],
      enclosures: enclosures(item['attachments']).map((file, index) => ({
        ...file,
        type: str(objects(item['attachments'])[index]?.['mime_type']),
        length: Number(objects(item['attachments'])[index]?.['size_in_bytes']) || null,
      })),
    })),
  };
}
