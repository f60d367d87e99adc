/** The Latest board (/) and one page per board (/boards/:id): filtered, paged story cards and the volume by day. */
import type { Context, Hono } from 'hono';
import { fillDays } from '../charts/volume-chart.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { formatDay, pageNumber, plural } from '../views/format.js';
import { loadCards } from '../views/load-cards.js';
import { isBoard, labelName } from '../views/names.js';
import { pager } from '../views/pager.js';
import { headlineOf, storyCards } from '../views/story-card.js';
import type { WebContext } from '../web-context.js';
import type { Story } from '../../../domain/story.js';
import { type CoveredStory, boardAside, mostCovered } from './board-aside.js';
import { type BoardFilters, describeFilters, filterForm, filterParams, parseFilters } from './filters.js';

const PAGE_SIZE = 20;
const VOLUME_DAYS = 14;
// The newest stories scanned for "Most covered this week"; a week rarely holds more on one board.
const RECENT_SCAN = 60;

/** Lists the languages a reader can filter by: those of the sources, English first. */
function languagesOf(sources: readonly { language: string | null }[]): string[] {
  const codes = new Set(
    sources.map((source) => source.language?.toLowerCase().split('-')[0]).filter((code): code is string => Boolean(code)),
  );
  return [...codes].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

interface BoardData {
  filters: BoardFilters;
  page: number;
  total: number;
  cards: Awaited<ReturnType<typeof loadCards>>;
  sources: Awaited<ReturnType<WebContext['store']['sources']['list']>>;
  days: ReturnType<typeof fillDays>;
  top: CoveredStory[];
}

async function coveredStories(context: WebContext, stories: readonly Story[]): Promise<CoveredStory[]> {
  const briefs = await Promise.all(stories.map((story) => context.store.stories.brief(story.id)));
  return stories.map((story, i) => {
    const brief = briefs[i]?.brief;
    return { story, headline: headlineOf(story, brief), language: brief?.language ?? story.languages[0] };
  });
}

async function loadBoard(c: Context, context: WebContext, board: string | undefined): Promise<BoardData> {
  const filters: BoardFilters = parseFilters((name) => c.req.query(name));
  const page = pageNumber(c.req.query('page'));
  const query = { ...filters, ...(board ? { board } : {}) };
  const now = context.clock.now();
  const since = new Date(now.getTime() - (VOLUME_DAYS - 1) * 86_400_000);
  const [stories, total, sources, volume, recent] = await Promise.all([
    context.store.stories.list({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    context.store.stories.count(query),
    context.store.sources.list(),
    context.store.stories.volumeByDay(query, `${since.toISOString().slice(0, 10)}T00:00:00Z`),
    context.store.stories.list({ ...query, limit: RECENT_SCAN }),
  ]);
  const [cards, top] = await Promise.all([loadCards(context.store, stories), coveredStories(context, mostCovered(recent, now))]);
  return { filters, page, total, cards, sources, days: fillDays(volume, since, now), top };
}

async function renderBoard(c: Context, context: WebContext, board: string | undefined): Promise<Response> {
  const { filters, page, total, cards, sources, days, top } = await loadBoard(c, context, board);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the last one is an address that does not exist, not an empty list.
  if (page > pages) return c.notFound();
  const now = context.clock.now();
  const name = board ? labelName('board', board) : 'Latest';
  const path = board ? `/boards/${board}` : '/';
  const described = describeFilters(filters, sources);
  const count = plural(total, 'story', 'stories');
  const lede = board ? `${count} on this board, newest first.` : `${count} across all boards, newest first.`;
  const empty = described
    ? 'No stories match these filters. Clear one to see more.'
    : 'No stories here yet. New articles are clustered into stories as they arrive.';
  const content = html`<header class="page-head">
      <p class="eyebrow">
        ${board ? 'Board' : 'All boards'} · <time datetime="${now.toISOString().slice(0, 10)}">${formatDay(now.toISOString())}</time>
      </p>
      <h1>${name}</h1>
      <p class="lede">${described ? `${count} matching ${described}.` : lede}</p>
    </header>
    <div class="board-layout">
      <div class="board-main">
        ${filterForm(path, filters, { sources, languages: languagesOf(sources) })}
        ${storyCards(cards, { now, staleAfterHours: context.staleAfterHours }, empty)} ${pager(path, filterParams(filters), page, pages)}
      </div>
      ${boardAside(name, days, top)}
    </div>`;
  const query = new URLSearchParams(filterParams(filters)).toString();
  const feed = { folder: `${path === '/' ? '' : path}/`, title: `Groundwire: ${name}`, query: query ? `?${query}` : '' };
  // Each page and filter has its own title, so history and tabs tell them apart.
  const title = [name, described ? `${described}` : '', page > 1 ? `page ${page}` : ''].filter(Boolean).join(', ');
  return c.html(layout({ title, current: board ? 'boards' : 'latest', board, description: `${name}: ${lede}`, feed }, content));
}

/** Mounts GET / (Latest) and GET /boards/:id on the app. */
export function mountBoardPages(app: Hono, context: WebContext): void {
  app.get('/', (c) => renderBoard(c, context, undefined));
  app.get('/boards', (c) => c.redirect('/', 302));
  app.get('/boards/:id', (c) => {
    const id = c.req.param('id');
    return isBoard(id) ? renderBoard(c, context, id) : c.notFound();
  });
}
