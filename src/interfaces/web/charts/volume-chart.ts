/** A board's volume by day: articles per day as bars, stories active that day as dots. */
import type { DailyVolume } from '../../../ports/story-store.js';
import { type Markup, html } from '../html.js';
import { formatDay, plural } from '../views/format.js';
import { countGrid, linearScale, niceMax, round, svgFrame } from './svg.js';

const DAY = 86_400_000;
const W = 320;
const H = 170;
const M = { left: 34, right: 12, top: 14, bottom: 36 };

/** Fills the days without articles so every day of the window has a bar slot. */
export function fillDays(volume: readonly DailyVolume[], since: Date, until: Date): DailyVolume[] {
  const byDay = new Map(volume.map((entry) => [entry.day, entry]));
  const days: DailyVolume[] = [];
  for (let at = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate()); at <= until.getTime(); at += DAY) {
    const day = new Date(at).toISOString().slice(0, 10);
    days.push(byDay.get(day) ?? { day, articles: 0, stories: 0 });
  }
  return days;
}

function marks(days: readonly DailyVolume[]): Markup {
  const { max, step } = niceMax(Math.max(...days.map((d) => Math.max(d.articles, d.stories))));
  const y = linearScale(0, max, H - M.bottom, M.top);
  const band = (W - M.left - M.right) / days.length;
  const x = (i: number) => M.left + i * band;
  const labelEvery = Math.ceil(days.length / 5);
  return html`${countGrid(max, step, y, M.left, W - M.right)}
    <g class="bars"
      >${days.map((d, i) =>
        d.articles > 0
          ? html`<rect
              x="${round(x(i) + band * 0.15)}"
              y="${round(y(d.articles))}"
              width="${round(band * 0.7)}"
              height="${round(y(0) - y(d.articles))}"
            ></rect>`
          : '',
      )}</g
    >
    <g class="dots"
      >${days.map((d, i) => (d.stories > 0 ? html`<circle cx="${round(x(i) + band / 2)}" cy="${round(y(d.stories))}" r="3.5"></circle>` : ''))}</g
    >
    <g class="axis"
      >${days.map((d, i) =>
        i % labelEvery === 0
          ? html`<text x="${round(x(i) + band / 2)}" y="${H - 12}" text-anchor="middle"
              >${formatDay(`${d.day}T00:00:00Z`).replace(/ \d{4}$/, '')}</text
            >`
          : '',
      )}</g
    >`;
}

/** Renders the volume figure for the days given (oldest first), with legend and data table. */
export function volumeChart(days: readonly DailyVolume[], title: string, id = 'volume-chart'): Markup {
  const articles = days.reduce((sum, d) => sum + d.articles, 0);
  if (days.length === 0 || articles === 0) return html`<p class="empty">No articles in the last ${plural(days.length, 'day')}.</p>`;
  const busiest = days.reduce((best, d) => (d.articles > best.articles ? d : best));
  const description = `${plural(articles, 'article')} over ${plural(days.length, 'day')} from ${formatDay(`${days[0]!.day}T00:00:00Z`)}; busiest day ${formatDay(`${busiest.day}T00:00:00Z`)} with ${plural(busiest.articles, 'article')} in ${plural(busiest.stories, 'story', 'stories')}.`;
  return html`<figure class="chart-figure">
    ${svgFrame({ id, title, description, width: W, height: H, body: marks(days) })}
    <figcaption><span class="key key-bar">Articles per day</span> <span class="key key-dot">Stories with news that day</span></figcaption>
    <details class="chart-data">
      <summary>Chart data</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Articles</th>
            <th scope="col">Stories</th>
          </tr>
        </thead>
        <tbody>
          ${days
            .filter((d) => d.articles > 0)
            .map(
              (d) =>
                html`<tr>
                  <td>${formatDay(`${d.day}T00:00:00Z`)}</td>
                  <td>${d.articles}</td>
                  <td>${d.stories}</td>
                </tr>`,
            )}
        </tbody>
      </table>
    </details>
  </figure>`;
}
