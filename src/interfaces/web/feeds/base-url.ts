/** The site's absolute address for links in feeds and API answers: configured, or taken from the request. */
import type { Context } from 'hono';
import type { WebContext } from '../web-context.js';

/** Returns publicUrl without a trailing slash, or the request's own origin. */
export function siteBaseUrl(c: Context, context: WebContext): string {
  const configured = context.site?.publicUrl;
  if (configured) return configured.replace(/\/+$/, '');
  return new URL(c.req.url).origin;
}
