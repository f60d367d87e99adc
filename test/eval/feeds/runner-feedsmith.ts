/** Runs feedsmith (a peer) and maps its per-format output to the comparison model. */
import { parseFeed } from 'feedsmith';
import { jsDate, type CommonFeed, type CommonItem, type CommonPerson, type FeedRunner, type RunOutcome } from './common.js';

type Loose = Record<string, unknown>;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && typeof (value as Loose)['value'] === 'string') return (value as Loose)['value'] as string;
  return null;
}

function objects(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter((entry): entry is Loose => !!entry && typeof entry === 'object') : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str).filter((entry): entry is string => entry !== null) : [];
}

function person(value: unknown): CommonPerson | null {
  if (typeof value === 'string') return { name: value, email: null };
  if (!value || typeof value !== 'object') return null;
  const entry = value as Loose;
  return { name: str(entry['name']), email: str(entry['email']) };
}

function people(...candidates: unknown[]): CommonPerson[] {
  for (const candidate of candidates) {
    const list = (Array.isArray(candidate) ? candidate : [candidate]).map(person).filter((entry): entry is CommonPerson => entry !== null);
    if (list.length > 0) return list;
  }
  return [];
}

function ns(item: Loose, key: string): Loose {
  return (item[key] as Loose | undefined) ?? {};
}

function atomLink(links: unknown, rel: string): string | null {
  const found = objects(links).find((link) => (str(link['rel']) ?? 'alternate') === rel);
  return found ? str(found['href']) : null;
}

function rssItem(item: Loose): CommonItem {
  const dc = ns(item, 'dc');
  const atom = ns(item, 'atom');
  return {
    guid: str(item['guid']),
    title: str(item['title']) ?? str(strings(dc['titles'])[0]),
    link: str(item['link']) ?? (str((item['rdf'] as Loose | undefined)?.['about']) || null),
    published: jsDate(item['pubDate']) ?? jsDate(strings(dc['dates'])[0]) ?? jsDate(atom['published']),
    updated: jsDate(atom['updated']) ?? jsDate(strings(dc['dates'])[0]),
    authors: people(item['authors'], dc['creators'], atom['authors'], ns(item, 'itunes')['author']),
    summary: str(item['description']) ?? strings(dc['descriptions'])[0] ?? str(ns(item, 'itunes')['summary']),
    content: str(ns(item, 'content')['encoded']) ?? str(ns(atom, 'content')['value']),
    categories: [...objects(item['categories']).map((category) => str(category['name'])), ...strings(dc['subjects'])].filter(
      (entry): entry is string => !!entry,
    ),
    enclosures: objects(item['enclosures']).map((enclosure) => ({
      url: str(enclosure['url']) ?? '',
      type: str(enclosure['type']),
      length: Number(enclosure['length']) || null,
    })),
  };
}

function atomEntry(entry: Loose): CommonItem {
  return {
    guid: str(entry['id']),
    title: str(entry['title']),
    link: atomLink(entry['links'], 'alternate'),
    published: jsDate(entry['published']) ?? jsDate(entry['updated']),
    updated: jsDate(entry['updated']),
    authors: people(entry['authors']),
    summary: str(entry['summary']),
    content: str(entry['content']),
    categories: objects(entry['categories'])
      .map((category) => str(category['label']) ?? str(category['term']) ?? '')
      .filter(Boolean),
    enclosures: objects(entry['links'])
      .filter((link) => link['rel'] === 'enclosure')
      .map((link) => ({ url: str(link['href']) ?? '', type: str(link['type']), length: Number(link['length']) || null })),
  };
}

function jsonItem(item: Loose): CommonItem {
  return {
    guid: str(item['id']),
    title: str(item['title']),
    link: str(item['url']) ?? str(item['external_url']),
    published: jsDate(item['date_published']) ?? jsDate(item['date_modified']),
    updated: jsDate(item['date_modified']),
    authors: people(item['authors'], item['author']),
    summary: str(item['summary']),
    content: str(item['content_html']) ?? str(item['content_text']),
    categories: strings(item['tags']),
    enclosures: objects(item['attachments']).map((file) => ({
      url: str(file['url']) ?? '',
      type: str(file['mime_type']),
      length: Number(file['size_in_bytes']) || null,
    })),
  };
}

function toCommon(format: string, feed: Loose): CommonFeed {
  const base = { feedType: format === 'rdf' ? 'rss' : format, version: null, wellFormed: true, flagged: false };
  if (format === 'atom') {
    const links = feed['links'];
    return {
      ...base,
      title: str(feed['title']),
      link: atomLink(links, 'alternate'),
      feedUrl: atomLink(links, 'self'),
      description: str(feed['subtitle']),
      language: null,
      authors: people(feed['authors']),
      items: objects(feed['entries']).map(atomEntry),
    };
  }
  if (format === 'json') {
    return {
      ...base,
      title: str(feed['title']),
      link: str(feed['home_page_url']),
      feedUrl: str(feed['feed_url']),
      description: str(feed['description']),
      language: str(feed['language']),
      authors: people(feed['authors'], feed['author']),
      items: objects(feed['items']).map(jsonItem),
    };
  }
  const dc = ns(feed, 'dc');
  return {
    ...base,
    title: str(feed['title']) ?? strings(dc['titles'])[0] ?? null,
    link: str(feed['link']),
    feedUrl: atomLink(ns(feed, 'atom')['links'], 'self'),
    description: str(feed['description']),
    language: str(feed['language']) ?? strings(dc['languages'])[0] ?? null,
    authors: people(feed['managingEditor'], dc['creators'], ns(feed, 'itunes')['author'], feed['webMaster']),
    items: objects(feed['items']).map(rssItem),
  };
}

/** feedsmith's universal parser, as the harness runs it. */
export const feedsmithRunner: FeedRunner = {
  name: 'feedsmith',
  lacks: new Set(['version']),
  async run(bytes: Buffer, _url: string | null, decodeAs: BufferEncoding = 'utf8'): Promise<RunOutcome> {
    const started = performance.now();
    try {
      const text = bytes.toString(decodeAs).replace(/^\uFEFF/, '');
      const input: unknown = /^\s*[{[]/.test(text) ? JSON.parse(text) : text;
      const parsed = parseFeed(input) as unknown as { format: string; feed: Loose };
      return { ok: true, feed: toCommon(parsed.format, parsed.feed), milliseconds: performance.now() - started };
    } catch (error) {
      const crashed = error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
      return {
        ok: false,
        error: String(error instanceof Error ? error.message : error),
        crashed,
        milliseconds: performance.now() - started,
      };
    }
  },
};
