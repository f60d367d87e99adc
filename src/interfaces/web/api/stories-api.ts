/** /api/v1/stories: the story list with filters and paging, one story in full, and its brief versions. */
import type { Hono } from 'hono';
import type { StoryQuery } from '../../../ports/story-store.js';
import { siteBaseUrl } from '../feeds/base-url.js';
import type { WebContext } from '../web-context.js';
import { integerParam, notFound, textParam } from './params.js';
import { articleView, briefInfo, storySummary } from './present.js';

const FILTERS = ['board', 'tag', 'region', 'language', 'outlet'] as const;

/** Mounts the story routes on the API app. */
export function mountStoriesApi(api: Hono, context: WebContext): void {
  const { stories } = context.store;
  api.get('/stories', async (c) => {
    const filters: Omit<StoryQuery, 'limit' | 'offset'> = {};
    for (const key of FILTERS) {
      const value = textParam(c, key);
      if (value) filters[key] = value;
    }
    const limit = integerParam(c, 'limit', 20, 1, 100);
    const offset = integerParam(c, 'offset', 0, 0, 1_000_000);
    const [page, total] = await Promise.all([stories.list({ ...filters, limit, offset }), stories.count(filters)]);
    const briefs = await Promise.all(page.map((story) => stories.brief(story.id)));
    const base = siteBaseUrl(c, context);
    const next = offset + page.length < total ? new URL(c.req.url) : null;
    next?.searchParams.set('offset', String(offset + limit));
    return c.json({
      items: page.map((story, i) => storySummary(story, briefs[i] ?? null, base)),
      total,
      limit,
      offset,
      next: next ? `${base}${next.pathname}${next.search}` : null,
    });
  });
  api.get('/stories/:id', async (c) => {
    const story = (await stories.get(c.req.param('id'))) ?? notFound(`No story with id ${c.req.param('id')}.`);
    const [stored, articles] = await Promise.all([stories.brief(story.id), stories.articles(story.id)]);
    return c.json({
      ...storySummary(story, stored, siteBaseUrl(c, context), true),
      redirectedFrom: story.redirectedFrom,
      articles: articles.map(articleView),
    });
  });
  mountBriefApi(api, context);
}

/** Mounts the brief routes: latest, versions, one version. */
function mountBriefApi(api: Hono, context: WebContext): void {
  const { stories } = context.store;
  api.get('/stories/:id/brief', async (c) => {
    const story = (await stories.get(c.req.param('id'))) ?? notFound(`No story with id ${c.req.param('id')}.`);
    const stored = (await stories.brief(story.id)) ?? notFound(`Story ${story.id} has no brief yet.`);
    return c.json({ storyId: story.id, ...briefInfo(stored), brief: stored.brief });
  });
  api.get('/stories/:id/brief/versions', async (c) => {
    const story = (await stories.get(c.req.param('id'))) ?? notFound(`No story with id ${c.req.param('id')}.`);
    return c.json({ storyId: story.id, versions: (await stories.briefVersions(story.id)).map(briefInfo) });
  });
  api.get('/stories/:id/brief/:version', async (c) => {
    const story = (await stories.get(c.req.param('id'))) ?? notFound(`No story with id ${c.req.param('id')}.`);
    const version = Number(c.req.param('version'));
    if (!Number.isInteger(version) || version < 1) notFound('Brief versions are whole numbers from 1.');
    const stored = (await stories.brief(story.id, version)) ?? notFound(`Story ${story.id} has no brief version ${version}.`);
    return c.json({ storyId: story.id, ...briefInfo(stored), brief: stored.brief });
  });
}
