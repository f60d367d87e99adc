/** The brief's version history (/stories/:id/versions): every version, and what changed from the one before. */
import type { Hono } from 'hono';
import type { Brief } from '../../../domain/brief.js';
import { type BriefDiff, diffBriefs } from '../../../pipeline/brief/index.js';
import type { StoredBrief } from '../../../ports/story-store.js';
import { type Markup, html } from '../html.js';
import { layout } from '../layout.js';
import { formatDayTime, plural, verificationNote } from '../views/format.js';
import { langAttribute } from '../views/lang.js';
import { headlineOf } from '../views/story-card.js';
import type { WebContext } from '../web-context.js';

const SECTION_NAMES: Record<string, string> = {
  headline: 'Headline',
  hook: 'Hook',
  editorsBrief: "Editor's Brief",
  'tldr.whatChanged': 'TL;DR: What changed',
  'tldr.whyItMatters': 'TL;DR: Why it matters',
  'tldr.whatToDoNext': 'TL;DR: What to do next',
  'tldr.whoShouldCare': 'TL;DR: Who should care',
  keyTakeaways: 'Key takeaways',
  implications: 'Implications',
  quote: 'Quote',
  timeline: 'Timeline',
  article: 'The story so far',
};

/** Renders what changed between two versions: sentences added and removed per section, and new sources. */
export function diffView(diff: BriefDiff, next: Brief): Markup {
  if (!diff.changed && diff.newSources.length === 0)
    return html`<p class="meta">No change in wording from version ${diff.fromVersion}.</p>`;
  const sources = next.references.filter((reference) => diff.newSources.includes(reference.articleId));
  return html`<div class="diff">
    ${Object.entries(diff.sections).map(
      ([name, change]) =>
        html`<h3>${SECTION_NAMES[name] ?? name}</h3>
          <ul class="diff-lines">
            ${change.added.map(
              (text) =>
                html`<li class="added">
                  <ins><span class="visually-hidden">Added: </span>${text}</ins>
                </li>`,
            )}${change.removed.map(
              (text) =>
                html`<li class="removed">
                  <del><span class="visually-hidden">Removed: </span>${text}</del>
                </li>`,
            )}
          </ul>`,
    )}${
      sources.length > 0
        ? html`<h3>New sources</h3>
            <ul>
              ${sources.map((reference) => html`<li>${reference.outlet}: ${reference.title}</li>`)}
            </ul>`
        : ''
    }
  </div>`;
}

function versionItem(storyId: string, stored: StoredBrief, previous: StoredBrief | undefined, latest: number): Markup {
  const href = `/stories/${encodeURIComponent(storyId)}${stored.version === latest ? '' : `?version=${stored.version}`}`;
  return html`<li class="version" id="v${stored.version}">
    <h2><a href="${href}">Version ${stored.version}</a>${stored.version === latest ? html` <span class="badge">Latest</span>` : ''}</h2>
    <p class="meta">
      <time datetime="${stored.createdAt}">${formatDayTime(stored.createdAt)}</time> ·
      ${stored.engine === 'llm' ? 'language model, verified' : 'extractive'} ·
      ${plural(stored.brief.references.length, 'source')}${
        stored.groundedShare === null ? '' : ` · ${verificationNote(stored.groundedShare)}`
      }
    </p>
    ${
      previous
        ? html`<details open>
            <summary>Changes from version ${previous.version}</summary>
            ${diffView(diffBriefs(previous.brief, stored.brief), stored.brief)}
          </details>`
        : html`<p class="meta">First version.</p>`
    }
  </li>`;
}

/** Mounts GET /stories/:id/versions on the app. */
export function mountVersionsPage(app: Hono, context: WebContext): void {
  app.get('/stories/:id/versions', async (c) => {
    const story = await context.store.stories.get(c.req.param('id'));
    if (!story) return c.notFound();
    if (story.redirectedFrom) return c.redirect(`/stories/${encodeURIComponent(story.id)}/versions`, 301);
    const meta = await context.store.stories.briefVersions(story.id);
    const versions = (await Promise.all(meta.map((v) => context.store.stories.brief(story.id, v.version)))).filter(
      (v): v is StoredBrief => v !== null,
    );
    const latest = versions[0];
    const title = headlineOf(story, latest?.brief);
    const content = html`<header class="page-head">
        <p class="eyebrow">Version history</p>
        <h1${langAttribute(latest?.brief.language ?? story.languages[0], title)}>${title}</h1>
        <p class="lede">
          ${plural(versions.length, 'version')} of this brief, newest first. A brief is recomposed when new reporting arrives; each version
          shows what changed.
        </p>
        <p><a href="/stories/${encodeURIComponent(story.id)}">Back to the story</a></p>
      </header>
      ${
        versions.length === 0
          ? html`<p class="empty">No brief has been composed yet.</p>`
          : html`<ol class="versions">
              ${versions.map((stored, i) => versionItem(story.id, stored, versions[i + 1], latest?.version ?? 0))}
            </ol>`
      }`;
    return c.html(layout({ title: `Versions: ${title}` }, content));
  });
}
