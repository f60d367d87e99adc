/** The brief's reading sections: Editor's Brief, the 30-second TL;DR, takeaways, implications, the quote and the timeline. */
import type { Brief, BriefSentence } from '../../../domain/brief.js';
import { timelineChart } from '../charts/timeline-chart.js';
import { type Markup, html } from '../html.js';
import { type CitationIndex, citeAnchor, citedText } from '../views/citations.js';
import { langAttribute } from '../views/lang.js';
import { formatPartialDate } from '../views/format.js';
import { labelName } from '../views/names.js';
import { safeHref } from '../views/urls.js';

/** Wraps a section with a heading that names it for assistive technology. */
export function section(id: string, title: string, body: Markup, className = ''): Markup {
  return html`<section class="brief-section ${className}" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${body}
  </section>`;
}

/** Renders the Editor's Brief: the three numbered points. */
export function editorsBriefSection(brief: Brief, index: CitationIndex): Markup {
  if (brief.editorsBrief.length === 0) return html``;
  return section(
    'editors-brief',
    "Editor's Brief",
    html`<ol class="points">
      ${brief.editorsBrief.map((point) => html`<li>${citedText(point, index)}</li>`)}
    </ol>`,
    'editors-brief',
  );
}

const TLDR_ROWS = [
  ['whatChanged', 'What changed'],
  ['whyItMatters', 'Why it matters'],
  ['whatToDoNext', 'What to do next'],
  ['whoShouldCare', 'Who should care'],
] as const;

/**
 * Where the page already shows "Who should care"'s evidence word for word (the audiences may rest on the lead
 * sentence alone), the name of that place: the row then points to it instead of printing the sentence twice.
 */
function shownAbove(brief: Brief): string | undefined {
  const evidence = brief.tldr.whoShouldCare?.text;
  if (!evidence) return undefined;
  if (brief.editorsBrief.some((point) => point.text === evidence)) return "Editor's Brief";
  return TLDR_ROWS.find(([key]) => key !== 'whoShouldCare' && brief.tldr[key]?.text === evidence)?.[1];
}

function audienceRow(brief: Brief, index: CitationIndex): Markup {
  const row = brief.tldr.whoShouldCare!;
  const place = shownAbove(brief);
  const pointer = html`<span class="evidence-ref">Earned by the sentence under “${place}” above</span>`;
  const evidence = place ? html`${pointer}${citedText({ text: '', citations: row.citations }, index)}` : citedText(row, index);
  return html`${
      row.audiences.length > 0
        ? html`<ul class="audiences" aria-label="Audiences">
            ${row.audiences.map((id) => html`<li>${labelName('audience', id)}</li>`)}
          </ul>`
        : ''
    }
    <p class="audience-evidence">${evidence}</p>`;
}

/** Renders the 30-second TL;DR as a description list; absent rows are left out, never filled. */
export function tldrSection(brief: Brief, index: CitationIndex): Markup {
  const rows = TLDR_ROWS.filter(([key]) => brief.tldr[key]);
  if (rows.length === 0) return html``;
  return section(
    'tldr',
    '30-second TL;DR',
    html`<dl class="tldr">
      ${rows.map(
        ([key, label]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${key === 'whoShouldCare' ? audienceRow(brief, index) : citedText(brief.tldr[key] as BriefSentence, index)}</dd>
          </div>`,
      )}
    </dl>`,
    'tldr-section',
  );
}

/** Renders a bulleted section (key takeaways, implications) when it has sentences. */
export function listSection(id: string, title: string, sentences: readonly BriefSentence[], index: CitationIndex): Markup {
  if (sentences.length === 0) return html``;
  return section(
    id,
    title,
    html`<ul class="sentences">
      ${sentences.map((sentence) => html`<li>${citedText(sentence, index)}</li>`)}
    </ul>`,
  );
}

/**
 * Renders the verbatim quote as "Outlet reported: …", linked to the exact source sentence. The sentence is shown as
 * the outlet wrote it, its own quotation marks and attribution included: marks added around it would double or
 * unbalance them ("“Demand … product," he said.”").
 */
export function quoteSection(brief: Brief, index: CitationIndex): Markup {
  const quote = brief.quote;
  if (!quote) return html``;
  const reference = index.byArticle.get(quote.articleId);
  // A quotation over two sentences cites both: the marker leads to the two together, as the sources list shows them.
  const sentenceIds = quote.citations.find((citation) => citation.articleId === quote.articleId)?.sentenceIds ?? [quote.sentenceId];
  return html`<figure class="pull-quote" aria-label="Quote">
<figcaption>${quote.outlet} reported:</figcaption>
<blockquote${safeHref(reference?.url) ? html` cite="${safeHref(reference?.url)}"` : ''}${langAttribute(index.language)}><p>${quote.quote}${
    reference
      ? html`<a class="cite" href="${index.base}#${citeAnchor(reference.n, sentenceIds)}" title="${quote.outlet}">[${reference.n}]</a>`
      : ''
  }</p></blockquote>
</figure>`;
}

/** Renders the timeline: the drawing, then the numbered events with their dates and citations. */
export function timelineSection(brief: Brief, index: CitationIndex, now: Date): Markup {
  if (brief.timeline.length === 0) return html``;
  return section(
    'timeline',
    'Timeline',
    html`${timelineChart(brief.timeline, now)}
      <ol class="timeline">
        ${brief.timeline.map(
          (event) =>
            html`<li>
              <span class="timeline-dates"
                >${[event, ...(event.otherDates ?? [])].map(
                  (date, i) =>
                    html`${i > 0 ? ' · ' : ''}<time datetime="${date.date}">${formatPartialDate(date.date, date.precision)}</time>`,
                )}</span
              >
              <span>${citedText(event, index)}</span>
            </li>`,
        )}
      </ol>`,
    'timeline-section',
  );
}
