/** Freshness: when the newest article was collected, and a Stale badge once a story stops moving. */
import type { Story } from '../../../domain/story.js';
import { formatAge } from '../../../shared/time.js';
import { type Markup, html } from '../html.js';

/** Tells whether a story had no new article for longer than the configured hours. */
export function isStale(story: Story, now: Date, staleAfterHours: number): boolean {
  return now.getTime() - Date.parse(story.lastUpdated) > staleAfterHours * 3_600_000;
}

/** Renders "collected 19m ago" (and "Stale" when due) as a time element. */
export function freshness(story: Story, lastCollectedAt: string | null, now: Date, staleAfterHours: number): Markup {
  const collected = lastCollectedAt ?? story.lastUpdated;
  const stale = isStale(story, now, staleAfterHours);
  return html`<span class="freshness"
    ><time datetime="${collected}" title="Newest article collected ${collected}">collected ${formatAge(collected, now)}</time>${
      stale ? html` <span class="badge badge-stale" title="No new article for more than ${staleAfterHours} hours">Stale</span>` : ''
    }</span
  >`;
}
