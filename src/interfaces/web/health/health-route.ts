/** /healthz: a JSON answer load balancers and scripts can poll. */
import type { Hono } from 'hono';
import type { WebContext } from '../web-context.js';

/** Mounts GET /healthz on the app. */
export function mountHealthRoute(app: Hono, context: WebContext): void {
  app.get('/healthz', async (c) => {
    try {
      const [articles, sources] = await Promise.all([context.store.articles.count(), context.store.sources.list()]);
      const failing = sources.filter((s) => s.enabled && s.health.consecutiveFailures > 0).length;
      return c.json({ status: 'ok', articles, sources: sources.length, failing_sources: failing, ...context.status() });
    } catch (error) {
      context.logger.error('health-check-failed', { error });
      return c.json({ status: 'error', error: 'storage unavailable' }, 503);
    }
  });
}
