/** Search (/search?q=): stories by title, labels and brief, then articles by title and text; Chinese by character bigrams. */
import type { Hono } from 'hono';
import { articleList } from '../article-list.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { plural } from '../views/format.js';
import { loadCards } from '../views/load-cards.js';
import { storyCards } from '../views/story-card.js';
import type { WebContext } from '../web-context.js';

const STORY_LIMIT = 20;
const ARTICLE_LIMIT = 30;

/** Mounts GET /search on the app. */
export function mountSearchPage(app: Hono, context: WebContext): void {
  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const now = context.clock.now();
    if (!query) {
      const content = html`<header class="page-head">
        <h1>Search</h1>
        <p class="lede">Search stories, briefs and articles by word or name. Chinese terms work too, such as 数据中心.</p>
      </header>`;
      return c.html(layout({ title: 'Search', current: 'search' }, content));
    }
    const [stories, articles] = await Promise.all([
      context.store.stories.search(query, STORY_LIMIT),
      context.store.articles.search(query, ARTICLE_LIMIT),
    ]);
    const cards = await loadCards(context.store, stories);
    const total = stories.length + articles.length;
    const content = html`<header class="page-head">
        <p class="eyebrow">Search</p>
        <h1>“${query}”</h1>
        <p class="lede">
          ${plural(total, 'result')} for “${query}”: ${plural(stories.length, 'story', 'stories')} and
          ${plural(articles.length, 'article')}.
        </p>
      </header>
      <section class="search-section" aria-labelledby="story-results">
        <h2 id="story-results">Stories</h2>
        ${storyCards(cards, { now, staleAfterHours: context.staleAfterHours, level: 3 }, 'No story matches. Try fewer or other words.')}
      </section>
      <section class="search-section" aria-labelledby="article-results">
        <h2 id="article-results">Articles</h2>
        ${articleList(articles, now)}
      </section>`;
    return c.html(layout({ title: `Search: ${query}`, current: 'search', query }, content));
  });
}
