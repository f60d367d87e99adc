/** Turns stories and their latest briefs into feed entries: hook, Editor's Brief with citations, sources, link. */
import type { Brief, BriefSentence, Reference } from '../../../domain/brief.js';
import type { Story } from '../../../domain/story.js';
import { sanitizeHtml } from '../../../pipeline/sanitize/index.js';
import type { Store } from '../../../ports/store.js';
import type { StoryQuery } from '../../../ports/story-store.js';
import { ATTRIBUTION } from '../../digest/describe.js';
import { absoluteUrl, storyPath } from '../../digest/site-paths.js';
import { type Markup, html } from '../html.js';
import type { FeedEntry } from './feed-document.js';

/** Entries per feed: a reader's client keeps older ones itself. */
export const FEED_SIZE = 30;

function cited(sentence: BriefSentence, references: ReadonlyMap<string, Reference>): Markup {
  const marks = sentence.citations.flatMap((citation) => {
    const reference = references.get(citation.articleId);
    return reference ? [html`<sup><a href="${reference.url ?? '#'}" title="${reference.outlet}">[${reference.n}]</a></sup>`] : [];
  });
  return html`${sentence.text}${marks}`;
}

/** Returns the entry's HTML, passed through the sanitiser since source URLs come from third parties. */
export function entryHtml(brief: Brief | null, storyUrl: string): string {
  if (!brief) return sanitizeHtml(html`<p><a href="${storyUrl}">Read the story on Groundwire</a>. ${ATTRIBUTION}</p>`.value);
  const references = new Map(brief.references.map((reference) => [reference.articleId, reference]));
  const body = html`${brief.hook ? html`<p><strong>${cited(brief.hook, references)}</strong></p>` : ''}
    <p>
      ${brief.editorsBrief.filter((sentence) => sentence.citations.length > 0).map((sentence) => html`${cited(sentence, references)} `)}
    </p>
    ${brief.references.length ? html`<p>Sources: ${brief.references.map((reference, i) => html`${i > 0 ? ', ' : ''}[${reference.n}] <a href="${reference.url ?? '#'}">${reference.outlet}</a>`)}</p>` : ''}
    <p><a href="${storyUrl}">Read the full brief on Groundwire</a>. ${ATTRIBUTION}</p>`;
  return sanitizeHtml(body.value, { baseUrl: storyUrl });
}

/** Builds the feed entry of one story from its latest brief (the story title alone while it has none). */
export function storyEntry(story: Story, brief: Brief | null, baseUrl: string): FeedEntry {
  const url = absoluteUrl(baseUrl, storyPath(story.id));
  const outlets = brief ? [...new Set(brief.references.map((reference) => reference.outlet))] : [];
  return {
    id: `urn:groundwire:story:${story.id}`,
    title: brief?.headline.text ?? story.title,
    url,
    published: story.firstSeen,
    // A new brief version is news to a subscriber even when no article arrived.
    updated: [story.lastUpdated, brief?.createdAt ?? ''].sort().at(-1) as string,
    summary: brief?.hook?.text ?? brief?.editorsBrief[0]?.text ?? story.title,
    contentHtml: entryHtml(brief, url),
    categories: story.labels.filter((label) => label.kind === 'board' || label.kind === 'tag').map((label) => label.name),
    authors: outlets,
  };
}

/** Loads the newest stories matching `query` with their briefs, as entries. */
export async function loadStoryEntries(store: Store, query: Omit<StoryQuery, 'limit' | 'offset'>, baseUrl: string): Promise<FeedEntry[]> {
  const stories = await store.stories.list({ ...query, limit: FEED_SIZE });
  const briefs = await Promise.all(stories.map((story) => store.stories.brief(story.id)));
  return stories.map((story, i) => storyEntry(story, briefs[i]?.brief ?? null, baseUrl));
}
