/** Search over titles, summaries and text (Chinese included). */
import type { Hono } from 'hono';
import { articleList } from '../article-list.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import type { WebContext } from '../web-context.js';

/** Mounts GET /search on the app. */
export function mountSearchPage(app: Hono, context: WebContext): void {
  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const results = query ? await context.store.articles.search(query, 50) : [];
    const content = html`<h1>Search</h1>
${query ? html`<p class="lede">${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.</p>${articleList(results, context.clock.now())}` : html`<p class="lede">Type a word or a name; Chinese terms work too.</p>`}`;
    return c.html(layout({ title: query ? `Search: ${query}` : 'Search', current: 'search', query }, content));
  });
}
