/** The page frame every web page shares: head, masthead with board navigation, attribution footer. */
import { FEED_FORMATS } from './feeds/feed-document.js';
import { type Markup, html } from './html.js';
import { entriesOf } from './views/names.js';

/** What a page tells the frame: its title, what to mark current, and extra head elements. */
export interface PageOptions {
  title: string;
  /** Main navigation entry to mark as current ("latest", "recap", "sources", "search", ...). */
  current?: string;
  /** Board id to mark as current in the board bar. */
  board?: string;
  query?: string;
  /** One-sentence summary for link previews and search engines. */
  description?: string;
  /** Extra head elements (canonical URL). */
  head?: Markup;
  /** The feed that follows this page: its folder ("/", "/boards/x/") and name; the Latest feed when absent. */
  feed?: PageFeed;
}

/** An outgoing feed as a page links to it: in the head, for feed readers, and in the footer, for people. */
export interface PageFeed {
  folder: string;
  title: string;
  /** The page's filters, which the feed applies too ("?tag=nuclear"), or "". */
  query?: string;
}

const LATEST_FEED: PageFeed = { folder: '/', title: 'Groundwire: Latest' };

const FEED_LINKS = [
  ['atom', 'Atom', 'application/atom+xml'],
  ['rss', 'RSS', 'application/rss+xml'],
  ['json', 'JSON Feed', 'application/feed+json'],
] as const;

function feedHref(feed: PageFeed, format: keyof typeof FEED_FORMATS): string {
  return `${feed.folder}${FEED_FORMATS[format].file}${feed.query ?? ''}`;
}

function feedHead(feed: PageFeed): Markup {
  return html`${FEED_LINKS.map(
    ([format, label, type]) =>
      html`<link rel="alternate" type="${type}" title="${feed.title} (${label})" href="${feedHref(feed, format)}" />`,
  )}`;
}

function feedFooter(feed: PageFeed): Markup {
  return html`<p class="feeds">
    Follow ${feed.title.replace(/^Groundwire: /, '')} in a feed reader:
    ${FEED_LINKS.map(([format, label], i) => html`${i > 0 ? ' · ' : ''}<a href="${feedHref(feed, format)}">${label}</a>`)}
  </p>`;
}

const MAIN_LINKS: [href: string, label: string, key: string][] = [
  ['/', 'Latest', 'latest'],
  ['/recap', 'Recap', 'recap'],
  ['/sources', 'Sources', 'sources'],
];

function mainNav(current: string | undefined): Markup {
  return html`<nav class="main-nav" aria-label="Main">
    ${MAIN_LINKS.map(([href, label, key]) => html`<a href="${href}" ${current === key ? html` aria-current="page"` : ''}>${label}</a>`)}
  </nav>`;
}

function boardBar(board: string | undefined): Markup {
  return html`<nav class="board-bar" aria-label="Boards">
    <ul>
      ${entriesOf('board').map(
        (entry) => html`<li><a href="/boards/${entry.id}" ${board === entry.id ? html` aria-current="page"` : ''}>${entry.name}</a></li>`,
      )}
    </ul>
  </nav>`;
}

function masthead(options: PageOptions): Markup {
  return html`<header class="masthead">
    <div class="masthead-inner">
      <a class="brand" href="/"><img src="/assets/icon.svg" alt="" width="28" height="28" /><span>Groundwire</span></a>
      ${mainNav(options.current)}
      <form class="search" role="search" action="/search" method="get">
        <label for="q" class="visually-hidden">Search stories</label>
        <input id="q" name="q" type="search" placeholder="Search stories, 中文 too" value="${options.query ?? ''}" />
        <button type="submit">Search</button>
      </form>
    </div>
    ${boardBar(options.board)}
  </header>`;
}

function footer(feed: PageFeed): Markup {
  return html`<footer class="site-footer">
    <p>
      <strong>About these summaries.</strong> Headlines, briefs and timelines on Groundwire are machine-composed from the cited publishers'
      reporting. Every sentence links to the source sentences it rests on; the reporting belongs to the outlets named, and each reference
      links to the original.
    </p>
    ${feedFooter(feed)}
    <p><a href="/sources">Sources and their health</a> · <a href="/recap">Weekly recap</a> · <a href="/search">Search</a></p>
  </footer>`;
}

/** Wraps page content in the document frame. */
export function layout(options: PageOptions, content: Markup): string {
  return `<!doctype html>${html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <title>${options.title} · Groundwire</title>
      ${options.description ? html`<meta name="description" content="${options.description}" />` : ''}
      <link rel="stylesheet" href="/assets/app.css" />
      <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
      <script src="/assets/app.js" defer></script>
      ${feedHead(options.feed ?? LATEST_FEED)} ${options.head ?? ''}
    </head>
    <body>
      <a class="skip" href="#main">Skip to content</a>
      ${masthead(options)}
      <main id="main" tabindex="-1">${content}</main>
      ${footer(options.feed ?? LATEST_FEED)}
    </body>
  </html>`}`;
}
