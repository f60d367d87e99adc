/** Who covered the story and when: the coverage chart, every article with its outlet, and why each label was given. */
import type { Story } from '../../../domain/story.js';
import { coverageChart } from '../charts/coverage-chart.js';
import { type Markup, html } from '../html.js';
import { formatDayTime } from '../views/format.js';
import { langAttribute } from '../views/lang.js';
import { labelName, languageName } from '../views/names.js';
import { section } from './brief-sections.js';
import type { StoryArticle } from './story-data.js';
import { externalLink, safeHref } from '../views/urls.js';

function articleItem(article: StoryArticle, byId: ReadonlyMap<string, StoryArticle>): Markup {
  const when = article.published ?? article.collectedAt;
  const original = article.duplicateOf ? byId.get(article.duplicateOf) : undefined;
  const title = article.title ?? '(untitled)';
  return html`<li lang="${article.language ?? ''}">
    <p class="article-title">${externalLink(article.url, title)}</p>
    <p class="meta">
      <span class="outlet">${article.sourceName}</span> · <time datetime="${when}">${formatDayTime(when)}</time>${
        article.language ? html` · <span>${languageName(article.language)}</span>` : ''
      }${original ? html` · <span class="copy-note">copy of ${original.sourceName}'s report</span>` : ''}
    </p>
  </li>`;
}

/** Renders the coverage chart and the list of articles, oldest first. */
export function coverageSection(articles: readonly StoryArticle[]): Markup {
  if (articles.length === 0) return html``;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const points = articles.map((article) => ({ time: article.published ?? article.collectedAt, outlet: article.sourceId }));
  return section(
    'coverage',
    'Coverage',
    html`${coverageChart(points)}
      <ol class="article-list">
        ${articles.map((article) => articleItem(article, byId))}
      </ol>`,
    'coverage-section',
  );
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
                    <blockquote${langAttribute(article?.language, evidence.text)}><p>${evidence.text}</p></blockquote>
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
