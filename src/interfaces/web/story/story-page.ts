/** The story page (/stories/:id, ?version=N): every brief section, sources, coverage, labels, share, feedback, related. */
import type { Context, Hono } from 'hono';
import { type Markup, html } from '../html.js';
import { layout } from '../layout.js';
import { type CitationIndex, citationIndex } from '../views/citations.js';
import { headlineOf, plainText, storyCards } from '../views/story-card.js';
import { labelsOf } from '../views/labels.js';
import { languageTag } from '../views/lang.js';
import type { WebContext } from '../web-context.js';
import { editorsBriefSection, listSection, quoteSection, timelineSection, tldrSection } from './brief-sections.js';
import { coverageSection, labelsSection } from './coverage-section.js';
import { feedbackSection } from './feedback-section.js';
import { shareSection } from './share-section.js';
import { articleSection, sourcesSection } from './sources-section.js';
import { type StoryPageData, loadStoryPage } from './story-data.js';
import { storyHeader } from './story-header.js';

/** Returns the site's public origin: configured, else the request's own. */
export function publicOrigin(c: Context, context: WebContext): string {
  return (context.site?.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}

function briefBody(data: StoryPageData, index: CitationIndex, now: Date): Markup {
  const brief = data.stored?.brief;
  if (!brief) return html``;
  return html`${editorsBriefSection(brief, index)}${tldrSection(brief, index)}${listSection('takeaways', 'Key takeaways', brief.keyTakeaways, index)}${quoteSection(brief, index)}${listSection(
    'implications',
    'Implications',
    brief.implications,
    index,
  )}${timelineSection(brief, index, now)}${articleSection(brief, index)}${sourcesSection(brief, index, data.sentences)}`;
}

function sidebar(c: Context, context: WebContext, data: StoryPageData, url: string): Markup {
  const notice = c.req.query('feedback');
  return html`<aside class="story-aside" aria-label="Share, feedback and related stories">
    ${shareSection(url, headlineOf(data.story, data.stored?.brief))}
    ${feedbackSection({ storyId: data.story.id, version: data.stored?.version ?? null, counts: data.feedback, notice: notice === 'thanks' || notice === 'reported' ? notice : null })}
    <section class="side-box related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related stories</h2>
      ${storyCards(data.related, { now: context.clock.now(), staleAfterHours: context.staleAfterHours, level: 3, compact: true }, 'No related stories yet.')}
    </section>
  </aside>`;
}

function renderStory(c: Context, context: WebContext, data: StoryPageData): Response {
  const now = context.clock.now();
  const brief = data.stored?.brief;
  const language = languageTag(brief?.language ?? data.story.languages[0], headlineOf(data.story, brief)) ?? undefined;
  const index = citationIndex(brief?.references ?? [], '', language);
  const url = `${publicOrigin(c, context)}/stories/${encodeURIComponent(data.story.id)}`;
  const content = html`<div class="story-layout">
    <article class="story">
      ${storyHeader(data, brief, index, now, context.staleAfterHours)} ${briefBody(data, index, now)} ${coverageSection(data.articles)}
      ${labelsSection(data.story, data.articles)}
      <p class="provenance">
        This brief is machine-composed from the cited publishers' reporting. Each sentence links to the source sentences it rests on; follow
        them before relying on it, and report a problem if something is wrong.
      </p>
    </article>
    ${sidebar(c, context, data, url)}
  </div>`;
  const board = labelsOf(data.story, 'board')[0]?.id;
  const description = plainText(brief?.hook?.text ?? brief?.editorsBrief[0]?.text ?? data.story.title);
  return c.html(
    layout(
      {
        title: headlineOf(data.story, brief),
        board,
        description,
        head: html`<link rel="canonical" href="${url}" />`,
      },
      content,
    ),
  );
}

/** Mounts GET /stories/:id on the app; absorbed ids answer 301 with the live story's address. */
export function mountStoryPage(app: Hono, context: WebContext): void {
  app.get('/stories/:id', async (c) => {
    const story = await context.store.stories.get(c.req.param('id'));
    if (!story) return c.notFound();
    if (story.redirectedFrom) {
      const search = new URL(c.req.url).search;
      return c.redirect(`/stories/${encodeURIComponent(story.id)}${search}`, 301);
    }
    const raw = c.req.query('version');
    const version = raw === undefined ? undefined : Number.parseInt(raw, 10);
    if (version !== undefined && !(Number.isInteger(version) && version > 0)) return c.notFound();
    const data = await loadStoryPage(context.store, story, version);
    return data ? renderStory(c, context, data) : c.notFound();
  });
}
