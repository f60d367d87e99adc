/** Label chips: the board as a kicker, the region, and #tags linking to the filtered board. */
import type { Label, Story } from '../../../domain/story.js';
import type { StoryCoverage } from '../../../ports/story-store.js';
import { type Markup, html } from '../html.js';
import { labelName } from './names.js';

/** Returns the story's labels of one kind, best score first. */
export function labelsOf(story: Story, kind: Label['kind']): Label[] {
  return story.labels.filter((label) => label.kind === kind).sort((a, b) => b.score - a.score);
}

/** Returns the story's region name: its region label, else the region most of its outlets share ("Global" last). */
export function regionOf(story: Story, coverage: StoryCoverage | null | undefined): string | null {
  const label = labelsOf(story, 'region')[0];
  if (label) return label.name || labelName('region', label.id);
  const weights = new Map<string, number>();
  for (const outlet of coverage?.outlets ?? []) {
    // A global outlet says nothing about where the story happens, so it only decides when nothing else does.
    if (outlet.region)
      weights.set(outlet.region, (weights.get(outlet.region) ?? 0) + (outlet.region === 'global' ? 0.01 : outlet.articles));
  }
  const best = [...weights].sort((a, b) => b[1] - a[1])[0];
  return best ? labelName('region', best[0]) : null;
}

/** Returns the link to a board page ("/boards/x"), or to Latest when the story has no board. */
export function boardHref(boardId: string | undefined, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${boardId ? `/boards/${encodeURIComponent(boardId)}` : '/'}${search ? `?${search}` : ''}`;
}

/** Renders the kicker line: board link(s) and region; nothing when the story has neither. */
export function kicker(story: Story, coverage: StoryCoverage | null | undefined, maxBoards = 2): Markup {
  // A kicker names where a story belongs; past two boards it turns into a list nobody reads.
  const boards = labelsOf(story, 'board').slice(0, maxBoards);
  const region = regionOf(story, coverage);
  if (boards.length === 0 && !region) return html``;
  return html`<p class="kicker">
    ${boards.map(
      (board, i) =>
        html`${i > 0 ? html`<span aria-hidden="true"> / </span>` : ''}<a class="board" href="${boardHref(board.id)}"
            >${board.name || labelName('board', board.id)}</a
          >`,
    )}${region ? html`<span class="region">${region}</span>` : ''}
  </p>`;
}

/** Renders the #tags of a story, each linking to its board filtered by that tag. */
export function tagList(story: Story): Markup {
  const tags = labelsOf(story, 'tag');
  if (tags.length === 0) return html``;
  const board = labelsOf(story, 'board')[0]?.id;
  return html`<ul class="tags" aria-label="Tags">
    ${tags.map((tag) => html`<li><a href="${boardHref(board, { tag: tag.id })}" title="${tag.name || labelName('tag', tag.id)}">#${tag.id}</a></li>`)}
  </ul>`;
}
