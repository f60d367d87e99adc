/** A story's coverage over time: articles per time bucket as bars, outlets covering it so far as a line. */
import { type Markup, html } from '../html.js';
import { formatDay, formatDayTime, plural } from '../views/format.js';
import { countGrid, linearScale, niceMax, round, svgFrame } from './svg.js';

/** One article on the coverage chart. */
export interface CoveragePoint {
  /** ISO time the article was published (or collected when undated). */
  time: string;
  outlet: string;
}

/** One bar of the coverage chart. */
export interface CoverageBucket {
  start: number;
  articles: number;
  /** Distinct outlets from the first bucket up to and including this one. */
  outletsSoFar: number;
}

const HOUR = 3_600_000;
// Hourly when the story is young; coarser buckets keep a long story's chart to at most 48 bars.
const BUCKET_HOURS = [1, 2, 3, 6, 12, 24, 48, 168];
const MAX_BUCKETS = 48;
const W = 420;
const H = 200;
const M = { left: 34, right: 12, top: 14, bottom: 36 };

/** Groups points into equal UTC-aligned buckets, the smallest size that keeps the count readable. */
export function bucketCoverage(points: readonly CoveragePoint[]): { hours: number; buckets: CoverageBucket[] } {
  const timed = points
    .map((p) => ({ ...p, ms: Date.parse(p.time) }))
    .filter((p) => !Number.isNaN(p.ms))
    .sort((a, b) => a.ms - b.ms);
  if (timed.length === 0) return { hours: 1, buckets: [] };
  const first = timed[0]!.ms;
  const last = timed[timed.length - 1]!.ms;
  const hours = BUCKET_HOURS.find((h) => Math.floor(last / (h * HOUR)) - Math.floor(first / (h * HOUR)) < MAX_BUCKETS) ?? 168;
  const size = hours * HOUR;
  const start = Math.floor(first / size) * size;
  const buckets: CoverageBucket[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (let at = start; at <= last; at += size) {
    let articles = 0;
    for (; index < timed.length && timed[index]!.ms < at + size; index += 1, articles += 1) seen.add(timed[index]!.outlet);
    buckets.push({ start: at, articles, outletsSoFar: seen.size });
  }
  return { hours, buckets };
}

function bucketLabel(start: number, hours: number): string {
  const iso = new Date(start).toISOString();
  return hours < 24 ? formatDayTime(iso) : formatDay(iso);
}

function marks(buckets: readonly CoverageBucket[], hours: number): Markup {
  const { max, step } = niceMax(Math.max(...buckets.map((b) => Math.max(b.articles, b.outletsSoFar))));
  const y = linearScale(0, max, H - M.bottom, M.top);
  const band = (W - M.left - M.right) / buckets.length;
  const x = (i: number) => M.left + i * band;
  const line = buckets.map((b, i) => `${round(x(i) + band / 2)},${round(y(b.outletsSoFar))}`).join(' ');
  const lastIndex = buckets.length - 1;
  return html`${countGrid(max, step, y, M.left, W - M.right)}
    <g class="bars"
      >${buckets.map((b, i) =>
        b.articles > 0
          ? html`<rect
              x="${round(x(i) + band * 0.15)}"
              y="${round(y(b.articles))}"
              width="${round(Math.max(1, band * 0.7))}"
              height="${round(y(0) - y(b.articles))}"
            ></rect>`
          : '',
      )}</g
    >
    <polyline class="line" points="${line}"></polyline>
    <g class="axis"
      ><text x="${M.left}" y="${H - 12}">${bucketLabel(buckets[0]!.start, hours)}</text>${
        lastIndex > 0
          ? html`<text x="${W - M.right}" y="${H - 12}" text-anchor="end">${bucketLabel(buckets[lastIndex]!.start, hours)}</text>`
          : ''
      }</g
    >`;
}

function dataTable(buckets: readonly CoverageBucket[], hours: number): Markup {
  return html`<details class="chart-data">
    <summary>Chart data</summary>
    <table>
      <thead>
        <tr>
          <th scope="col">${hours < 24 ? 'From (UTC)' : 'Day'}</th>
          <th scope="col">Articles</th>
          <th scope="col">Outlets so far</th>
        </tr>
      </thead>
      <tbody>
        ${buckets
          .filter((b) => b.articles > 0)
          .map(
            (b) =>
              html`<tr>
                <td>${bucketLabel(b.start, hours)}</td>
                <td>${b.articles}</td>
                <td>${b.outletsSoFar}</td>
              </tr>`,
          )}
      </tbody>
    </table>
  </details>`;
}

/** Renders the coverage figure: chart, legend and a data table, or nothing when no article is dated. */
export function coverageChart(points: readonly CoveragePoint[], id = 'coverage-chart'): Markup {
  const { hours, buckets } = bucketCoverage(points);
  if (buckets.length === 0) return html``;
  const unit = hours === 1 ? 'hour' : hours % 24 === 0 ? (hours === 24 ? 'day' : `${hours / 24} days`) : `${hours} hours`;
  const outlets = buckets[buckets.length - 1]!.outletsSoFar;
  const busiest = buckets.reduce((best, b) => (b.articles > best.articles ? b : best));
  const description = `${plural(points.length, 'article')} from ${plural(outlets, 'outlet')}, counted per ${unit}, from ${bucketLabel(buckets[0]!.start, hours)} to ${bucketLabel(buckets[buckets.length - 1]!.start, hours)}. Busiest: ${bucketLabel(busiest.start, hours)} with ${plural(busiest.articles, 'article')}.`;
  return html`<figure class="chart-figure">
    ${svgFrame({ id, title: 'Coverage over time', description, width: W, height: H, body: marks(buckets, hours) })}
    <figcaption>
      <span class="key key-bar">Articles per ${unit}</span> <span class="key key-line">Outlets covering it so far</span>
    </figcaption>
    ${dataTable(buckets, hours)}
  </figure>`;
}
