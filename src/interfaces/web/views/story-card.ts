/** The story card of boards, search and recap: kicker, headline, hook, Editor's Brief, tags and coverage line. */
import type { Brief } from '../../../domain/brief.js';
import type { Story } from '../../../domain/story.js';
import type { StoredBrief, StoryCoverage } from '../../../ports/story-store.js';
import { type Markup, html } from '../html.js';
import { plural } from './format.js';
import { freshness } from './freshness.js';
import { kicker, tagList } from './labels.js';
import { langAttribute } from './lang.js';
import { languageName } from './names.js';
import { externalLink } from './urls.js';

/** Everything a card shows about one story. */
export interface StoryCardData {
  story: Story;
  coverage: StoryCoverage | null;
  brief: StoredBrief | null;
}

/** How cards render on a given page. */
export interface CardOptions {
  now: Date;
  staleAfterHours: number;
  /** Heading level inside the list (2 on boards, 3 under section headings). */
  level?: 2 | 3;
  /** Hide the Editor's Brief (compact lists such as related stories). */
  compact?: boolean;
}

/** Removes inline [n] markers: cards quote the brief without its apparatus. */
export function plainText(text: string): string {
  return text.replace(/\s?\[\d+\]/g, '').trim();
}

/** Returns the story's headline: the brief's when there is one, else the story title. */
export function headlineOf(story: Story, brief: Brief | null | undefined): string {
  return plainText(brief?.headline.text ?? story.title);
}

/** Renders the outlets as links to their sites: the first three named, the rest counted. */
export function outletLinks(coverage: StoryCoverage | null, shown = 3): Markup {
  const outlets = coverage?.outlets ?? [];
  if (outlets.length === 0) return html``;
  const named = outlets.slice(0, shown).map((outlet, i) => html`${i > 0 ? ', ' : ''}${externalLink(outlet.homepage, outlet.name)}`);
  const more = outlets.length - shown;
  return html`<span class="outlets">${named}${more > 0 ? ` and ${more} more` : ''}</span>`;
}

/**
 * The article count a reader can weigh: a syndicated copy is the same report under another outlet's name, so it is
 * counted apart ("3 articles, 2 syndicated copies") rather than as reporting of its own.
 */
export function articleCount(total: number, copies: number): string {
  if (copies <= 0 || copies >= total) return plural(total, 'article');
  return `${plural(total - copies, 'article')}, ${plural(copies, 'syndicated copy', 'syndicated copies')}`;
}

function copiesOf(coverage: StoryCoverage | null): number {
  return (coverage?.outlets ?? []).reduce((sum, outlet) => sum + outlet.copies, 0);
}

/** Renders the coverage line: outlets, article count, languages, freshness. */
export function coverageLine(data: StoryCardData, options: CardOptions): Markup {
  const { story, coverage } = data;
  const languages = story.languages.map(languageName).join(' · ');
  const count = articleCount(story.articleCount, copiesOf(coverage));
  // Compact cards (related stories) keep the line short: who covered it and how fresh it is.
  return html`<p class="card-meta">
    ${outletLinks(coverage, options.compact ? 2 : 3)}${options.compact ? '' : html`<span>${count}</span>`}${
      languages && !options.compact ? html`<span class="languages" title="Languages">${languages}</span>` : ''
    }${freshness(story, coverage?.lastCollectedAt ?? null, options.now, options.staleAfterHours)}
  </p>`;
}

function briefBody(brief: Brief): Markup {
  const lang = langAttribute(brief.language, brief.headline.text);
  return html`${brief.hook ? html`<p class="hook" ${lang}>${plainText(brief.hook.text)}</p>` : ''}${
    brief.editorsBrief.length > 0
      ? html`<ol class="points" aria-label="Editor's Brief" ${lang}>
          ${brief.editorsBrief.slice(0, 3).map((point) => html`<li>${plainText(point.text)}</li>`)}
        </ol>`
      : ''
  }`;
}

/** Renders one story card. */
export function storyCard(data: StoryCardData, options: CardOptions): Markup {
  const { story, coverage } = data;
  const brief = data.brief?.brief;
  const level = options.level ?? 2;
  const href = `/stories/${encodeURIComponent(story.id)}`;
  const title = html`<a href="${href}">${headlineOf(story, brief)}</a>`;
  // The card's labels and counts are the page's English; its headline and brief are in the story's language.
  const lang = langAttribute(brief?.language ?? story.languages[0], headlineOf(story, brief));
  return html`<article class="story-card${options.compact ? ' compact' : ''}">
    ${kicker(story, coverage, options.compact ? 1 : 2)}
    ${level === 2 ? html`<h2 class="story-title" ${lang}>${title}</h2>` : html`<h3 class="story-title" ${lang}>${title}</h3>`}
    ${brief && !options.compact ? briefBody(brief) : ''} ${options.compact ? '' : tagList(story)} ${coverageLine(data, options)}
  </article>`;
}

/** Renders a list of cards, or a sentence when there are none. */
export function storyCards(cards: readonly StoryCardData[], options: CardOptions, empty = 'No stories here yet.'): Markup {
  if (cards.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ol class="story-list">
    ${cards.map((card) => html`<li>${storyCard(card, options)}</li>`)}
  </ol>`;
}
