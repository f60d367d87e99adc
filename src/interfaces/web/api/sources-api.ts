/** /api/v1/sources (with health) and /api/v1/search (stories and articles; Chinese works). */
import type { Hono } from 'hono';
import { siteBaseUrl } from '../feeds/base-url.js';
import type { WebContext } from '../web-context.js';
import { badRequest, integerParam, notFound, textParam } from './params.js';
import { articleView, sourceView, storySummary } from './present.js';

/** Mounts the source and search routes on the API app. */
export function mountSourcesApi(api: Hono, context: WebContext): void {
  api.get('/sources', async (c) => c.json({ items: (await context.store.sources.list()).map(sourceView) }));
  api.get('/sources/:id', async (c) => {
    const source = (await context.store.sources.get(c.req.param('id'))) ?? notFound(`No source with id ${c.req.param('id')}.`);
    return c.json(sourceView(source));
  });
  api.get('/search', async (c) => {
    const query = textParam(c, 'q', 200) ?? badRequest('q is required: the words to search for.');
    const limit = integerParam(c, 'limit', 20, 1, 100);
    const [stories, articles] = await Promise.all([
      context.store.stories.search(query, limit),
      context.store.articles.search(query, limit),
    ]);
    const briefs = await Promise.all(stories.map((story) => context.store.stories.brief(story.id)));
    const base = siteBaseUrl(c, context);
    return c.json({
      query,
      stories: stories.map((story, i) => storySummary(story, briefs[i] ?? null, base)),
      articles: articles.map(articleView),
    });
  });
}
