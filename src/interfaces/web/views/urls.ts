/** Outbound links from stored data: only http(s) addresses become links (feeds can carry javascript: or data: URLs). */
import { type Markup, html } from '../html.js';

/** Returns the URL when it is an absolute http(s) address, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Links `content` to a publisher's page (nofollow, no referrer), or returns it unlinked when the URL is unsafe or absent. */
export function externalLink(url: string | null | undefined, content: unknown): Markup {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${content}</a>` : html`${content}`;
}
