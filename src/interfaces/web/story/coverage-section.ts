/** Who covered the story and when: the coverage chart, every article with its outlet, and why each label was given. */
import type { Evidence, Story } from '../../../domain/story.js';
import { coverageChart } from '../charts/coverage-chart.js';
import { type Markup, html } from '../html.js';
import { formatDayTime, joinsWithoutSpace } from '../views/format.js';
import { langAttribute } from '../views/lang.js';
import { labelName, languageName } from '../views/names.js';
import { section } from './brief-sections.js';
import type { StoryArticle } from './story-data.js';
import { externalLink, safeHref } from '../views/urls.js';

/** Copies of each article of the story, by the id of the article they copy (syndication, a new URL). */
function copiesByOriginal(articles: readonly StoryArticle[]): Map<string, StoryArticle[]> {
  const ids = new Set(articles.map((article) => article.id));
  const copies = new Map<string, StoryArticle[]>();
  for (const article of articles) {
    if (!article.duplicateOf || !ids.has(article.duplicateOf)) continue;
    copies.set(article.duplicateOf, [...(copies.get(article.duplicateOf) ?? []), article]);
  }
  return copies;
}

// A copy is listed under the report it copies, as where else it ran: it is not more reporting.
function alsoPublished(copies: readonly StoryArticle[]): Markup {
  if (copies.length === 0) return html``;
  const links = copies.map((copy, i) => html`${i > 0 ? ', ' : ''}${externalLink(copy.url, copy.sourceName)}`);
  return html`<p class="meta also-published">Also published by ${links}</p>`;
}

function articleItem(article: StoryArticle, copies: readonly StoryArticle[]): Markup {
  const when = article.published ?? article.collectedAt;
  const title = article.title ?? '(untitled)';
  return html`<li lang="${article.language ?? ''}">
    <p class="article-title">${externalLink(article.url, title)}</p>
    <p class="meta">
      <span class="outlet">${article.sourceName}</span> · <time datetime="${when}">${formatDayTime(when)}</time>${
        article.language ? html` · <span>${languageName(article.language)}</span>` : ''
      }
    </p>
    ${alsoPublished(copies)}
  </li>`;
}

/**
 * Renders the coverage chart (every article, copies too: each is an outlet running it) and the list of reports,
 * oldest first, each with the outlets that ran a copy of it.
 */
export function coverageSection(articles: readonly StoryArticle[]): Markup {
  if (articles.length === 0) return html``;
  const copies = copiesByOriginal(articles);
  const listed = new Set([...copies.values()].flat());
  const points = articles.map((article) => ({ time: article.published ?? article.collectedAt, outlet: article.sourceId }));
  return section(
    'coverage',
    'Coverage',
    html`${coverageChart(points)}
      <ol class="article-list">
        ${articles.filter((article) => !listed.has(article)).map((article) => articleItem(article, copies.get(article.id) ?? []))}
      </ol>`,
    'coverage-section',
  );
}

// A sentence that ends a quotation reads from the quotation's first words; those are shown muted, as context.
function quotationStart(evidence: Evidence): Markup {
  if (!evidence.quotationStart) return html``;
  return html`<span class="quotation-start">${evidence.quotationStart}</span>${joinsWithoutSpace(evidence.quotationStart) ? '' : ' '}`;
}

/** Renders every label with the sentences that earned it ("why this label"). */
export function labelsSection(story: Story, articles: readonly StoryArticle[]): Markup {
  if (story.labels.length === 0) return html``;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const kinds = { board: 'Board', tag: 'Tag', region: 'Region', audience: 'Audience' } as const;
  return section(
    'labels',
    'Why these labels',
    html`<ul class="label-list">
      ${story.labels.map(
        (label) =>
          html`<li>
            <span class="label-kind">${kinds[label.kind]}</span
            ><span class="label-name">${label.kind === 'tag' ? `#${label.id}` : label.name || labelName(label.kind, label.id)}</span>
            <details>
              <summary>Why this label</summary>
              <p class="section-note">${label.evidence.length === 1 ? 'This sentence' : 'These sentences'} from the coverage earned it.</p>
              <ul class="evidence">
                ${label.evidence.map((evidence) => {
                  const article = byId.get(evidence.articleId);
                  return html`<li>
                    <blockquote${langAttribute(article?.language, evidence.text)}><p>${quotationStart(evidence)}${evidence.text}</p></blockquote>
                    <p class="meta">
                      ${article ? html`<span class="outlet">${article.sourceName}</span>${safeHref(article.url) ? html` · ${externalLink(article.url, html`Read original<span class="visually-hidden"> at ${article.sourceName}</span>`)}` : ''}` : ''}
                    </p>
                  </li>`;
                })}
              </ul>
            </details>
          </li>`,
      )}
    </ul>`,
    'labels-section',
  );
}
