/**
 * Outgoing feeds in RSS 2.0, Atom 1.0 and JSON Feed 1.1: Latest (/feed.xml, /atom.xml, /feed.json),
 * each board (/boards/:id/feed.xml …, with the board page's filters) and the weekly recap (/recap/feed.xml …).
 */
import type { Context, Hono } from 'hono';
import type { StoryQuery } from '../../../ports/story-store.js';
import { RECAP_PATH, boardPath } from '../../digest/site-paths.js';
import { isBoard, labelName } from '../views/names.js';
import type { WebContext } from '../web-context.js';
import { siteBaseUrl } from './base-url.js';
import { FEED_FORMATS, type FeedDocument, type FeedEntry, type FeedFormat, selfUrls } from './feed-document.js';
import { loadRecapEntries } from './recap-entries.js';
import { loadStoryEntries } from './story-entries.js';
import { writeAtom } from './write-atom.js';
import { writeJsonFeed } from './write-json-feed.js';
import { writeRss } from './write-rss.js';

const WRITERS: Record<FeedFormat, (feed: FeedDocument) => string> = { rss: writeRss, atom: writeAtom, json: writeJsonFeed };
const FILTERS = ['tag', 'region', 'language', 'outlet'] as const;

interface FeedSpec {
  id: string;
  title: string;
  description: string;
  /** Page path the feed mirrors, and the folder its files live in. */
  page: string;
  folder: string;
  entries: (c: Context, base: string) => Promise<FeedEntry[]>;
}

function filtersOf(c: Context): Omit<StoryQuery, 'limit' | 'offset'> {
  const query: Omit<StoryQuery, 'limit' | 'offset'> = {};
  for (const key of FILTERS) {
    const value = c.req.query(key)?.trim();
    if (value) query[key] = value.slice(0, 80);
  }
  return query;
}

// A filtered feed is a feed of its own: its id, title and self links carry the filters, so readers keep them apart.
function filtered(c: Context, spec: FeedSpec, urls: FeedDocument['selfUrls']): Pick<FeedDocument, 'id' | 'title' | 'selfUrls'> {
  const filters = Object.entries(filtersOf(c)).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (filters.length === 0) return { id: spec.id, title: spec.title, selfUrls: urls };
  const query = `?${new URLSearchParams(filters).toString()}`;
  return {
    id: `${spec.id}${query}`,
    title: `${spec.title} (${filters.map(([key, value]) => `${key}: ${value}`).join(', ')})`,
    selfUrls: { rss: `${urls.rss}${query}`, atom: `${urls.atom}${query}`, json: `${urls.json}${query}` },
  };
}

async function respond(c: Context, context: WebContext, spec: FeedSpec, format: FeedFormat): Promise<Response> {
  const base = siteBaseUrl(c, context);
  const entries = await spec.entries(c, base);
  const newest = entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  const feed: FeedDocument = {
    ...filtered(c, spec, selfUrls(base, spec.folder)),
    description: spec.description,
    homeUrl: `${base}${spec.page}`,
    // An empty feed still needs a stable date: the epoch says "nothing yet" without changing each request.
    updated: newest ?? new Date(0).toISOString(),
    language: 'en',
    entries,
  };
  return c.body(WRITERS[format](feed), 200, { 'content-type': FEED_FORMATS[format].type, 'cache-control': 'public, max-age=300' });
}

function mountSpec(app: Hono, context: WebContext, folder: string, spec: (c: Context) => FeedSpec | null): void {
  for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
    app.get(`${folder}${FEED_FORMATS[format].file}`, async (c) => {
      const found = spec(c);
      if (!found) return c.json({ error: { message: `No board "${c.req.param('id') ?? ''}". See the board list on the home page.` } }, 404);
      return respond(c, context, found, format);
    });
  }
}

/** Mounts every feed route. */
export function mountFeeds(app: Hono, context: WebContext): void {
  mountSpec(app, context, '/', () => ({
    id: 'urn:groundwire:feed:latest',
    title: 'Groundwire: Latest',
    description: 'The newest stories across every board, each with its hook and Editor’s Brief.',
    page: '/',
    folder: '/',
    entries: (c, base) => loadStoryEntries(context.store, filtersOf(c), base),
  }));
  mountSpec(app, context, '/boards/:id/', (c) => {
    const board = c.req.param('id') ?? '';
    if (!isBoard(board)) return null;
    const name = labelName('board', board);
    return {
      id: `urn:groundwire:feed:board:${board}`,
      title: `Groundwire: ${name}`,
      description: `The newest ${name} stories, each with its hook and Editor’s Brief.`,
      page: boardPath(board),
      folder: `${boardPath(board)}/`,
      entries: (request, base) => loadStoryEntries(context.store, { ...filtersOf(request), board }, base),
    };
  });
  mountSpec(app, context, `${RECAP_PATH}/`, () => ({
    id: 'urn:groundwire:feed:recap',
    title: 'Groundwire: Weekly recap',
    description: 'Each week’s most-covered stories, every line quoted from a verified brief with its sources.',
    page: RECAP_PATH,
    folder: `${RECAP_PATH}/`,
    entries: (_c, base) => loadRecapEntries(context, base),
  }));
}
