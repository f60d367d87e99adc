/** The page frame every web page shares: head, navigation, attribution footer. */
import { type Markup, html } from './html.js';

export interface PageOptions {
  title: string;
  current?: 'latest' | 'sources' | 'search';
  query?: string;
}

/** Wraps page content in the document frame. */
export function layout(options: PageOptions, content: Markup): string {
  const link = (href: string, label: string, key: PageOptions['current']) =>
    html`<a href="${href}"${options.current === key ? html` aria-current="page"` : ''}>${label}</a>`;
  return `<!doctype html>${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${options.title} · Groundwire</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">Groundwire</a>
  <nav aria-label="Main">${link('/', 'Latest', 'latest')}${link('/sources', 'Sources', 'sources')}</nav>
  <form class="search" role="search" action="/search" method="get">
    <label for="q" class="visually-hidden">Search</label>
    <input id="q" name="q" type="search" placeholder="Search stories, 中文 too" value="${options.query ?? ''}">
  </form>
</header>
<main id="main">${content}</main>
<footer class="bottom"><p>Groundwire shows reporting from the outlets named on each item, with links to the originals. Summaries are machine-composed from the cited publishers' reporting.</p></footer>
</body>
</html>`}`;
}
