/** The board's side column: volume by day, and the stories most outlets covered this week. */
import type { Story } from '../../../domain/story.js';
import type { DailyVolume } from '../../../ports/story-store.js';
import { volumeChart } from '../charts/volume-chart.js';
import { type Markup, html } from '../html.js';
import { plural } from '../views/format.js';
import { langAttribute } from '../views/lang.js';

/** A story as the side column names it: by its brief's headline, as its card and page do. */
export interface CoveredStory {
  story: Story;
  headline: string;
  language: string | undefined;
}

const WEEK_MS = 7 * 86_400_000;
const MOST_COVERED = 5;

/** Picks the week's stories covered by the most outlets (two or more), most first. */
export function mostCovered(stories: readonly Story[], now: Date): Story[] {
  return stories
    .filter((story) => story.outletCount > 1 && now.getTime() - Date.parse(story.lastUpdated) <= WEEK_MS)
    .sort((a, b) => b.outletCount - a.outletCount || b.lastUpdated.localeCompare(a.lastUpdated))
    .slice(0, MOST_COVERED);
}

/** Renders the side column. */
export function boardAside(name: string, days: readonly DailyVolume[], top: readonly CoveredStory[]): Markup {
  return html`<aside class="board-aside" aria-label="${name} at a glance">
    <section class="side-box" aria-labelledby="volume-heading">
      <h2 id="volume-heading">Volume, last ${days.length} days</h2>
      ${volumeChart(days, `${name}: articles per day`)}
    </section>
    ${
      top.length > 0
        ? html`<section class="side-box" aria-labelledby="covered-heading">
            <h2 id="covered-heading">Most covered this week</h2>
            <ol class="most-covered">
              ${top.map(
                ({ story, headline, language }) =>
                  html`<li>
                    <a href="/stories/${encodeURIComponent(story.id)}" ${langAttribute(language, headline)}>${headline}</a>
                    <span class="meta">${plural(story.outletCount, 'outlet')}</span>
                  </li>`,
              )}
            </ol>
          </section>`
        : ''
    }
  </aside>`;
}
