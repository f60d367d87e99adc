/** The story page's head: kicker, headline, hook, coverage line, brief provenance and version notice. */
import type { Brief } from '../../../domain/brief.js';
import type { StoredBrief } from '../../../ports/story-store.js';
import { formatAge } from '../../../shared/time.js';
import { type Markup, html } from '../html.js';
import { type CitationIndex, citedText } from '../views/citations.js';
import { langAttribute } from '../views/lang.js';
import { formatDay, plural, verificationNote } from '../views/format.js';
import { kicker, tagList } from '../views/labels.js';
import { articleCount, headlineOf, outletLinks } from '../views/story-card.js';
import { freshness } from '../views/freshness.js';
import { languageName } from '../views/names.js';
import type { StoryPageData } from './story-data.js';

function versionNotice(data: StoryPageData, stored: StoredBrief): Markup {
  const latest = data.versions[0]?.version ?? stored.version;
  if (stored.version === latest) return html``;
  const href = `/stories/${encodeURIComponent(data.story.id)}`;
  return html`<p class="notice version-notice" role="note">
    You are reading version ${stored.version} of ${latest} of this brief, from ${formatDay(stored.createdAt)}.
    <a href="${href}">Read the latest version</a>.
  </p>`;
}

function provenance(data: StoryPageData, stored: StoredBrief, now: Date): Markup {
  const note = verificationNote(stored.groundedShare);
  const grounded = note ? ` · ${note}` : '';
  const engine = stored.engine === 'llm' ? 'composed by a language model, then verified' : 'extracted from the sources';
  const versionsHref = `/stories/${encodeURIComponent(data.story.id)}/versions`;
  return html`<p class="brief-meta">
    Brief version ${stored.version}, ${engine}, updated
    <time datetime="${stored.createdAt}">${formatAge(stored.createdAt, now)}</time>${grounded} ·
    <a href="${versionsHref}">Version history (${data.versions.length})</a>
  </p>`;
}

/** "About Tessera Compute · Corvane": who the story is about, each a search for its other stories. */
function about(data: StoryPageData): Markup {
  if (data.subjects.length === 0) return html``;
  // Commas in the text, not drawn separators: the line wraps between names, and no separator belongs to a link.
  const links = data.subjects.map(
    (subject, i) => html`${i > 0 ? ', ' : ''}<a href="/search?q=${encodeURIComponent(subject.name)}">${subject.name}</a>`,
  );
  return html`<p class="story-meta story-about">About ${links}</p>`;
}

/** Renders the head of the story page. */
export function storyHeader(
  data: StoryPageData,
  brief: Brief | undefined,
  index: CitationIndex,
  now: Date,
  staleAfterHours: number,
): Markup {
  const { story, coverage, stored } = data;
  const languages = story.languages.map(languageName).join(' · ');
  return html`<header class="story-head">
    ${kicker(story, coverage)}
    <h1${langAttribute(index.language)}>${headlineOf(story, brief)}</h1>
    ${brief?.hook ? html`<p class="hook lede">${citedText(brief.hook, index)}</p>` : ''}
    <p class="story-meta">
      ${coverage ? html`<span class="reported">Reported by ${outletLinks(coverage, 4)}</span>` : ''}<span
        >${plural(story.outletCount, 'outlet')}, ${articleCount(story.articleCount, data.articles.filter((article) => article.duplicateOf).length)}</span
      >${languages ? html`<span>${languages}</span>` : ''}<span
        >First seen <time datetime="${story.firstSeen}">${formatDay(story.firstSeen)}</time></span
      >${freshness(story, coverage?.lastCollectedAt ?? null, now, staleAfterHours)}
    </p>
    ${about(data)}${tagList(story)}
    ${stored ? html`${versionNotice(data, stored)}${provenance(data, stored, now)}` : html`<p class="notice" role="note">The brief for this story is still being composed. Its articles are listed below.</p>`}
  </header>`;
}
