/** The recap feed: one entry per calendar week (Monday to Sunday, UTC), the current week so far first. */
import { type Digest, buildDigest } from '../../../jobs/build-digest.js';
import { sanitizeHtml } from '../../../pipeline/sanitize/index.js';
import type { Clock } from '../../../ports/clock.js';
import type { Store } from '../../../ports/store.js';
import { digestSummary, digestTitle } from '../../digest/describe.js';
import { renderDigestFragment } from '../../digest/render-html.js';
import { RECAP_PATH, absoluteUrl } from '../../digest/site-paths.js';
import type { FeedEntry } from './feed-document.js';

const WEEK_MS = 7 * 86_400_000;
/** Weeks the recap feed looks back. */
export const RECAP_WEEKS = 4;

/** Returns Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
}

function recapEntry(digest: Digest, baseUrl: string, complete: boolean): FeedEntry {
  const week = digest.start.slice(0, 10);
  const newest =
    digest.stories
      .map((story) => story.lastUpdated)
      .sort()
      .at(-1) ?? digest.end;
  return {
    // One id per week: the week in progress keeps its id while its content grows.
    id: `urn:groundwire:recap:week:${week}`,
    title: `${digestTitle(digest)}${complete ? '' : ' (so far)'}`,
    url: absoluteUrl(baseUrl, `${RECAP_PATH}?week=${week}`),
    published: complete ? digest.end : digest.start,
    updated: complete ? digest.end : newest,
    summary: `${digestSummary(digest)} ${digest.stories
      .slice(0, 3)
      .map((story) => story.headline.text)
      .join(' · ')}`,
    // Feed readers drop inline styles anyway; the sanitiser removes them along with anything unsafe.
    contentHtml: sanitizeHtml(renderDigestFragment(digest, baseUrl).value, { baseUrl }),
    categories: ['recap'],
    authors: [...new Set(digest.references.map((reference) => reference.outlet))],
  };
}

/** Builds the weekly recaps of the last RECAP_WEEKS weeks that had stories, newest first. */
export async function loadRecapEntries(deps: { store: Store; clock: Clock }, baseUrl: string): Promise<FeedEntry[]> {
  const now = deps.clock.now();
  const current = weekStart(now);
  const entries: FeedEntry[] = [];
  for (let back = 0; back < RECAP_WEEKS; back += 1) {
    const start = new Date(current.getTime() - back * WEEK_MS);
    const end = back === 0 ? now : new Date(start.getTime() + WEEK_MS);
    const digest = await buildDigest(deps, { period: 'week', start, end });
    if (digest.stories.length > 0) entries.push(recapEntry(digest, baseUrl, back > 0));
  }
  return entries;
}
