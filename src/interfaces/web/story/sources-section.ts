/**
 * The multi-source article with inline [n] markers, and the reference list those markers lead to:
 * each reference shows its outlet and title, then every sentence of it the brief cites, each a
 * fragment target (#cite-n-…) with a "Read original" link that opens the publisher's page at that sentence.
 */
import type { Brief, Reference } from '../../../domain/brief.js';
import { listSentences } from '../../../pipeline/brief/index.js';
import { type Markup, html } from '../html.js';
import { type CitationIndex, citationsPerReference, citeAnchor, citedText, referenceAnchor } from '../views/citations.js';
import { formatDay, joinSentences, joinsWithoutSpace } from '../views/format.js';
import { section } from './brief-sections.js';
import { langOfText } from '../views/lang.js';
import { externalLink, safeHref } from '../views/urls.js';

/** Renders the article composed from all outlets' reporting, paragraph by paragraph. */
export function articleSection(brief: Brief, index: CitationIndex): Markup {
  const paragraphs = brief.article?.paragraphs ?? [];
  if (paragraphs.length === 0) return html``;
  return section(
    'full-story',
    'The story so far',
    html`<div class="article-body">
      ${paragraphs.map(
        (paragraph) =>
          html`<p>
            ${paragraph.sentences.map(
              (sentence, i) =>
                html`${i > 0 && !joinsWithoutSpace(paragraph.sentences[i - 1]!.text) ? ' ' : ''}${citedText(sentence, index)}`,
            )}
          </p>`,
      )}
    </div>`,
    'article-section',
  );
}

/** Returns a link to the original that scrolls to the sentence where browsers support text fragments. */
export function originalLink(url: string, sentence: string | undefined): string {
  if (!sentence) return url;
  const words = sentence.trim().split(/\s+/);
  // A short prefix still matches when the publisher's page differs from the extracted text later on.
  const prefix = words.length > 1 ? words.slice(0, 8).join(' ') : [...sentence.trim()].slice(0, 12).join('');
  return `${url.split('#')[0]}#:~:text=${encodeURIComponent(prefix).replace(/-/g, '%2D')}`;
}

/** Citation groups of one source, each with the smaller groups inside it: their sentences are shown once, in the larger. */
interface CitedGroup {
  ids: readonly string[];
  inside: readonly (readonly string[])[];
}

// "p12s3" → 12003: paragraph, then sentence.
function sentenceOrder(id: string): number {
  const [, paragraph = '0', sentence = '0'] = /^p(\d+)s(\d+)/.exec(id) ?? [];
  return Number(paragraph) * 1000 + Number(sentence);
}

function foldSubsets(groups: readonly (readonly string[])[]): CitedGroup[] {
  const within = (small: readonly string[], large: readonly string[]) =>
    small !== large && small.length <= large.length && small.every((id) => large.includes(id));
  // The same sentences in another order ("p3s1, p2s1") are the group listed first, not a second entry.
  const kept = groups.filter((group, i) => !groups.some((other, j) => within(group, other) && (group.length < other.length || j < i)));
  return kept.map((ids) => ({ ids, inside: groups.filter((group) => within(group, ids)) }));
}

function citedSentence(reference: Reference, group: CitedGroup, texts: ReadonlyMap<string, string> | undefined): Markup {
  const sentenceIds = group.ids;
  // Read in the article's order, whatever order the citation lists them in (an antecedent is cited after its claim).
  const inOrder = [...sentenceIds].sort((a, b) => sentenceOrder(a) - sentenceOrder(b));
  const text = joinSentences(inOrder.map((id) => texts?.get(id)).filter((found): found is string => Boolean(found)));
  const paragraphs = [...new Set(sentenceIds.map((id) => Number(/^p(\d+)/.exec(id)?.[1])).filter((n) => n > 0))].sort((a, b) => a - b);
  // A marker citing part of this group still lands here: its anchor sits inside.
  const anchors = group.inside.map((ids) => html`<span id="${citeAnchor(reference.n, ids)}" class="cite-target"></span>`);
  return html`<li id="${citeAnchor(reference.n, sentenceIds)}" class="cited" tabindex="-1">${anchors}
<blockquote${safeHref(reference.url) ? html` cite="${safeHref(reference.url)}"` : ''}${langOfText(text)}><p>${text || 'The cited sentence is no longer in the stored text of this article.'}</p></blockquote>
<p class="cited-meta"><span class="outlet">${reference.outlet}</span>${paragraphs.length > 0 ? `, paragraph ${paragraphs.join(', ')}` : ''}${
    safeHref(reference.url)
      ? html` ·
        ${externalLink(originalLink(safeHref(reference.url) as string, texts?.get(sentenceIds[0] ?? '')), html`Read original<span class="visually-hidden"> at ${reference.outlet}</span>`)}`
      : ''
  }</p>
</li>`;
}

function referenceItem(reference: Reference, cited: readonly string[][], texts: ReadonlyMap<string, string> | undefined): Markup {
  const lang = langOfText(reference.title);
  const link = externalLink(reference.url, reference.title);
  const title = lang.value ? html`<span${lang}>${link}</span>` : link;
  return html`<li id="${referenceAnchor(reference.n)}" class="reference">
    <span class="ref-n" aria-hidden="true">${reference.n}</span>
    <div class="ref-body">
      <p class="ref-title"><span class="visually-hidden">Source ${reference.n}: </span>${title}</p>
      <p class="ref-meta">
        <span class="outlet">${reference.outlet}</span
        >${reference.published ? html` · <time datetime="${reference.published}">${formatDay(reference.published)}</time>` : ''}${
          reference.relatedStoryId
            ? html` · <a class="earlier-story" href="/stories/${encodeURIComponent(reference.relatedStoryId)}">from an earlier story</a>`
            : ''
        }
      </p>
      ${
        cited.length > 0
          ? html`<ul class="cited-list" aria-label="Sentences cited from this source">
              ${foldSubsets(cited).map((group) => citedSentence(reference, group, texts))}
            </ul>`
          : ''
      }
    </div>
  </li>`;
}

/** Renders the numbered references, each with the source sentences the brief cites from it. */
export function sourcesSection(brief: Brief, index: CitationIndex, sentences: ReadonlyMap<string, ReadonlyMap<string, string>>): Markup {
  if (brief.references.length === 0) return html``;
  const cited = citationsPerReference(
    listSentences(brief).map((entry) => entry.sentence),
    index,
  );
  return section(
    'sources',
    'Sources',
    html`<p class="section-note">
        Each marker such as [1] in this brief leads to the sentence it rests on below. The reporting belongs to these outlets.
      </p>
      <ol class="references">
        ${brief.references.map((reference) => referenceItem(reference, cited.get(reference.n) ?? [], sentences.get(reference.articleId)))}
      </ol>`,
    'sources-section',
  );
}
