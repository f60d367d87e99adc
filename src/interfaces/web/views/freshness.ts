/** Freshness: when the newest article was collected, and a Stale badge once a story stops moving. */
import type { Story } from '../../../domain/story.js';
import { formatAge } from '../../../shared/time.js';
import { type Markup, html } from '../html.js';

/** Tells whether a story had no new article for longer than the configured hours. */
export function isStale(story: Story, now: Date, staleAfterHours: number): boolean {
  return now.getTime() - Date.parse(story.lastUpdated) > staleAfterHours * 3_600_000;
}

/**
 * Renders "collected 19m ago" as a time element, or for a story that has stopped moving, "last article 6d ago" and
 * "Stale": a source added today collects last week's articles, and "collected 7m ago" beside Stale reads as a contradiction.
 */
export function freshness(story: Story, lastCollectedAt: string | null, now: Date, staleAfterHours: number): Markup {
  if (isStale(story, now, staleAfterHours)) {
    return html`<span class="freshness"
      ><time datetime="${story.lastUpdated}" title="Newest article published ${story.lastUpdated}"
        >last article ${formatAge(story.lastUpdated, now)}</time
      >
      <span class="badge badge-stale" title="No new article for more than ${staleAfterHours} hours">Stale</span></span
    >`;
  }
  const collected = lastCollectedAt ?? story.lastUpdated;
  return html`<span class="freshness"
    ><time datetime="${collected}" title="Newest article collected ${collected}">collected ${formatAge(collected, now)}</time></span
  >`;
}
