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

/** "3 results for “x”: 1 story and 2 articles.", or, when more match than are shown, which ones these are. */
export function resultSummary(query: string, stories: number, articles: number, more: boolean): string {
  const counts = `${plural(stories, 'story', 'stories')} and ${plural(articles, 'article')}`;
  if (!more) return `${plural(stories + articles, 'result')} for “${query}”: ${counts}.`;
  return `The best matches for “${query}”: ${counts}. More match; add a word or a name to narrow the search.`;
}

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
    // One more than is shown tells whether the list is whole.
    const [foundStories, foundArticles] = await Promise.all([
      context.store.stories.search(query, STORY_LIMIT + 1),
      context.store.articles.search(query, ARTICLE_LIMIT + 1),
    ]);
    const stories = foundStories.slice(0, STORY_LIMIT);
    const articles = foundArticles.slice(0, ARTICLE_LIMIT);
    const more = foundStories.length > STORY_LIMIT || foundArticles.length > ARTICLE_LIMIT;
    const cards = await loadCards(context.store, stories);
    const content = html`<header class="page-head">
        <p class="eyebrow">Search</p>
        <h1>“${query}”</h1>
        <p class="lede">${resultSummary(query, stories.length, articles.length, more)}</p>
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
