/** Runs rss-parser (a peer) and maps its output to the comparison model. */
import RssParser from 'rss-parser';
import { jsDate, type CommonFeed, type CommonItem, type FeedRunner, type RunOutcome } from './common.js';

type Loose = Record<string, unknown>;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose)['_'] === 'string') return (value as Loose)['_'] as string;
  return null;
}

function toItem(item: Loose, isAtom: boolean): CommonItem {
  const enclosure = item['enclosure'] as Loose | undefined;
  const author = str(item['creator']) ?? str(item['author']);
  return {
    guid: str(item['guid']) ?? str(item['id']),
    title: str(item['title']),
    link: str(item['link']),
    published: jsDate(item['isoDate']),
    updated: null,
    authors: author ? [{ name: author, email: null }] : [],
    // rss-parser names an RSS description "content" and keeps content:encoded under its XML name.
    summary: isAtom ? str(item['summary']) : str(item['content']),
    content: isAtom ? str(item['content']) : str(item['content:encoded']),
    categories: Array.isArray(item['categories']) ? item['categories'].map(str).filter((value): value is string => value !== null) : [],
    enclosures:
      enclosure && str(enclosure['url'])
        ? [{ url: str(enclosure['url'])!, type: str(enclosure['type']), length: Number(enclosure['length']) || null }]
        : [],
  };
}

function toCommon(output: Loose, isAtom: boolean): CommonFeed {
  return {
    feedType: null,
    version: null,
    title: str(output['title']),
    link: str(output['link']),
    feedUrl: str(output['feedUrl']),
    description: str(output['description']),
    language: str(output['language']),
    authors: [],
    items: ((output['items'] as Loose[] | undefined) ?? []).map((item) => toItem(item, isAtom)),
    wellFormed: true,
    flagged: false,
  };
}

/** Creates the rss-parser runner; `options` are rss-parser constructor options (per-case in its own set). */
export function rssParserRunner(options: Loose = {}): FeedRunner {
  return {
    name: 'rss-parser',
    lacks: new Set(['feedType', 'version', 'language', 'feed.authors', 'item.updated']),
    async run(bytes: Buffer, _url: string | null, decodeAs: BufferEncoding = 'utf8'): Promise<RunOutcome> {
      const started = performance.now();
      const text = bytes.toString(decodeAs);
      try {
        const parser = new RssParser(options as ConstructorParameters<typeof RssParser>[0]);
        const output = (await parser.parseString(text)) as unknown as Loose;
        const isAtom = /^\s*(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*)*<feed[\s>]/.test(text.replace(/^\uFEFF/, ''));
        return { ok: true, feed: toCommon(output, isAtom), milliseconds: performance.now() - started };
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
}
