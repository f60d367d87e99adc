/** The Latest board: newest items across all sources, paged. */
import type { Hono } from 'hono';
import type { WebContext } from '../web-context.js';
import { articleList } from '../article-list.js';
import { html } from '../html.js';
import { layout } from '../layout.js';

const PAGE_SIZE = 50;

/** Mounts GET / on the app. */
export function mountLatestPage(app: Hono, context: WebContext): void {
  app.get('/', async (c) => {
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
    const [articles, total] = await Promise.all([
      context.store.articles.listLatest({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      context.store.articles.count(),
    ]);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const content = html`<h1>Latest</h1>
<p class="lede">${total} articles from your sources, newest first.</p>
${articleList(articles, context.clock.now())}
<nav class="pager" aria-label="Pages">${page > 1 ? html`<a rel="prev" href="/?page=${page - 1}">Newer</a>` : ''} <span>Page ${page} of ${pages}</span> ${page < pages ? html`<a rel="next" href="/?page=${page + 1}">Older</a>` : ''}</nav>`;
    return c.html(layout({ title: 'Latest', current: 'latest' }, content));
  });
}
