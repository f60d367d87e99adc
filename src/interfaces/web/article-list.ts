/** Renders a list of articles: title linking to the original, outlet, region and age. */
import type { ArticleWithSource } from '../../ports/store.js';
import { formatAge } from '../../shared/time.js';
import { type Markup, html } from './html.js';
import { labelName } from './views/names.js';
import { externalLink } from './views/urls.js';

/** Renders article items, in the order given. */
export function articleList(articles: readonly ArticleWithSource[], now: Date): Markup {
  if (articles.length === 0) return html`<p class="empty">No article matches.</p>`;
  return html`<ol class="article-list">
    ${articles.map((article) => {
      const when = article.published ?? article.collectedAt;
      return html`<li lang="${article.language ?? ''}">
        <p class="article-title">${externalLink(article.url, article.title ?? '(untitled)')}</p>
        <p class="meta">
          <span class="outlet">${article.sourceName}</span
          >${article.sourceRegion ? html` · <span class="region">${labelName('region', article.sourceRegion)}</span>` : ''} ·
          <time datetime="${when}">${formatAge(when, now)}</time>
        </p>
        ${article.summary ? html`<p class="summary">${article.summary.slice(0, 280)}</p>` : ''}
      </li>`;
    })}
  </ol>`;
}
