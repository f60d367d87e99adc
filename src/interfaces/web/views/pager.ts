/** Previous/next paging links that keep the page's other query parameters. */
import { type Markup, html } from '../html.js';

/** Renders the pager for `page` of `pages`, linking to `path` with `query` plus page=N. */
export function pager(path: string, query: Record<string, string>, page: number, pages: number): Markup {
  if (pages <= 1) return html``;
  const href = (n: number) => {
    const search = new URLSearchParams({ ...query, ...(n > 1 ? { page: String(n) } : {}) }).toString();
    return `${path}${search ? `?${search}` : ''}`;
  };
  return html`<nav class="pager" aria-label="Pages">
    ${page > 1 ? html`<a rel="prev" href="${href(page - 1)}">← Newer</a>` : html`<span></span>`}<span>Page ${page} of ${pages}</span>${
      page < pages ? html`<a rel="next" href="${href(page + 1)}">Older →</a>` : html`<span></span>`
    }
  </nav>`;
}
