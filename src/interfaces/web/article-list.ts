/** Renders a list of articles as cards: title, outlet, region and age. */
import type { ArticleWithSource } from '../../ports/store.js';
import { formatAge } from '../../shared/time.js';
import { type Markup, html } from './html.js';

/** Renders article cards, newest first as given. */
export function articleList(articles: readonly ArticleWithSource[], now: Date): Markup {
  if (articles.length === 0) return html`<p class="empty">Nothing here yet.</p>`;
  return html`<ol class="cards">${articles.map(
    (article) => html`<li class="card" lang="${article.language ?? ''}">
  <h2><a href="${article.url ?? '#'}" rel="noopener noreferrer nofollow">${article.title ?? '(untitled)'}</a></h2>
  <p class="meta"><span class="outlet">${article.sourceName}</span>${article.sourceRegion ? html` · <span class="region">${article.sourceRegion}</span>` : ''} · <time datetime="${article.published ?? article.collectedAt}" title="${article.published ?? ''}">${formatAge(article.published ?? article.collectedAt, now)}</time></p>
  ${article.summary ? html`<p class="summary">${article.summary.slice(0, 280)}</p>` : ''}
</li>`,
  )}</ol>`;
}
