/**
 * The recap page (/recap?period=week|day, or ?week=YYYY-MM-DD for a calendar week as the recap
 * feed links it): the digest job's ranked stories, each with its hook and cited Editor's Brief
 * points, numbered against one reference list at the end, as the mailed digest is.
 */
import type { Hono } from 'hono';
import { type Digest, type DigestLine, type DigestPeriod, type DigestStory, buildDigest } from '../../../jobs/build-digest.js';
import { METHOD_NOTE, digestSummary, digestTitle } from '../../digest/describe.js';
import { RECAP_PATH } from '../../digest/site-paths.js';
import { type Markup, html } from '../html.js';
import { layout } from '../layout.js';
import { formatDay, plural } from '../views/format.js';
import { plainText } from '../views/story-card.js';
import type { WebContext } from '../web-context.js';
import { externalLink } from '../views/urls.js';

const LIMIT = 12;
const WEEK = /^\d{4}-\d{2}-\d{2}$/;

function cited(line: DigestLine): Markup {
  return html`${plainText(line.text)}${line.refs.length > 0 ? html`<span class="cites">${line.refs.map((n) => html`<a class="cite" href="#ref-${n}">[${n}]</a>`)}</span>` : ''}`;
}

function recapItem(story: DigestStory, rank: number): Markup {
  const href = `/stories/${encodeURIComponent(story.storyId)}`;
  const helpful = story.feedback?.helpful ?? 0;
  return html`<li class="recap-item">
    <span class="rank" aria-hidden="true">${rank}</span>
    <article class="story-card recap-card" aria-labelledby="recap-${rank}">
      <p class="kicker">
        ${story.boards.map((board, i) => html`${i > 0 ? html`<span aria-hidden="true"> / </span>` : ''}<a class="board" href="/boards/${encodeURIComponent(board.id)}">${board.name}</a>`)}
      </p>
      <h2 class="story-title" id="recap-${rank}"><a href="${href}">${plainText(story.headline.text)}</a></h2>
      ${story.hook ? html`<p class="hook">${cited(story.hook)}</p>` : ''}
      ${
        story.lines.length > 0
          ? html`<ol class="points">
              ${story.lines.map((line) => html`<li>${cited(line)}</li>`)}
            </ol>`
          : ''
      }
      <p class="card-meta">
        <span class="outlets"
          >${story.outlets.slice(0, 4).join(', ')}${story.outlets.length > 4 ? ` and ${story.outlets.length - 4} more` : ''}</span
        ><span>${plural(story.outletCount, 'outlet')}, ${plural(story.articleCount, 'article')}</span
        ><span>Updated ${formatDay(story.lastUpdated)}</span>${
          helpful > 0 ? html`<span>${plural(helpful, 'reader')} found it helpful</span>` : ''
        }
      </p>
    </article>
  </li>`;
}

function referenceList(digest: Digest): Markup {
  if (digest.references.length === 0) return html``;
  return html`<section class="brief-section sources-section" aria-labelledby="recap-sources">
    <h2 id="recap-sources">Sources</h2>
    <ol class="references">
      ${digest.references.map(
        (reference) =>
          html`<li id="ref-${reference.n}" class="reference">
            <span class="ref-n" aria-hidden="true">${reference.n}</span>
            <div class="ref-body">
              <p class="ref-title">
                <span class="visually-hidden">Source ${reference.n}: </span>${externalLink(reference.url, reference.title)}
              </p>
              <p class="ref-meta">
                <span class="outlet">${reference.outlet}</span>${reference.published ? ` · ${formatDay(reference.published)}` : ''}
              </p>
            </div>
          </li>`,
      )}
    </ol>
  </section>`;
}

function periodTabs(period: DigestPeriod, calendarWeek: boolean): Markup {
  const tab = (value: DigestPeriod, label: string) =>
    html`<a href="/recap?period=${value}" ${value === period && !calendarWeek ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<nav class="tabs" aria-label="Recap period">${tab('week', 'Past week')}${tab('day', 'Past day')}</nav>`;
}

/** Returns the day a `week` parameter names, or null unless it is a real calendar date (2026-02-30 is not). */
function weekStart(value: string): Date | null {
  if (!WEEK.test(value)) return null;
  const start = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(start.getTime()) && start.toISOString().slice(0, 10) === value ? start : null;
}

function badWeekPage(value: string, today: Date): string {
  const example = today.toISOString().slice(0, 10);
  return layout(
    { title: 'Not a week', current: 'recap' },
    html`<h1>Not a week</h1>
      <p>
        “${value}” is not a date Groundwire can start a weekly recap on. Give the week’s first day as YYYY-MM-DD, for example
        <a href="/recap?week=${example}">/recap?week=${example}</a>, or read <a href="/recap?period=week">the past week</a>.
      </p>`,
  );
}

function futureWeekPage(start: Date): string {
  const title = `Weekly recap: ${formatDay(start.toISOString())} – ${formatDay(new Date(start.getTime() + 6 * 86_400_000).toISOString())}`;
  return layout(
    { title, current: 'recap' },
    html`<header class="page-head">
        <p class="eyebrow">Recap</p>
        <h1>${title}</h1>
      </header>
      <p class="empty">
        This week has not started yet, so there is nothing to recap. <a href="/recap?period=week">See the past week</a>.
      </p>`,
  );
}

/** Mounts GET /recap on the app. */
export function mountRecapPage(app: Hono, context: WebContext): void {
  app.get('/recap', async (c) => {
    const week = c.req.query('week');
    const start = week === undefined ? undefined : weekStart(week);
    if (week !== undefined && !start) return c.html(badWeekPage(week, context.clock.now()), 400);
    if (start && start.getTime() > context.clock.now().getTime()) return c.html(futureWeekPage(start));
    const period: DigestPeriod = !start && c.req.query('period') === 'day' ? 'day' : 'week';
    const window = start ? { start, end: new Date(start.getTime() + 7 * 86_400_000) } : {};
    const digest = await buildDigest({ store: context.store, clock: context.clock }, { period, limit: LIMIT, ...window });
    const title = digestTitle(digest);
    const content = html`<header class="page-head">
        <p class="eyebrow">Recap</p>
        <h1>${title}</h1>
        <p class="lede">${digest.stories.length > 0 ? html`${digestSummary(digest)} ${METHOD_NOTE}` : METHOD_NOTE}</p>
        ${periodTabs(period, Boolean(start))}
      </header>
      ${
        digest.stories.length === 0
          ? html`<p class="empty">
              ${digestSummary(digest)} ${period === 'day' ? html`<a href="/recap?period=week">See the past week</a>.` : ''}
            </p>`
          : html`<ol class="recap-list">
                ${digest.stories.map((story, i) => recapItem(story, i + 1))}
              </ol>
              ${referenceList(digest)}`
      }`;
    const feed = { folder: `${RECAP_PATH}/`, title: 'Groundwire: Weekly recap' };
    return c.html(layout({ title, current: 'recap', description: digestSummary(digest), feed }, content));
  });
}
