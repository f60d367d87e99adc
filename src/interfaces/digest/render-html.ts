/**
 * The recap as HTML for mail: inline styles (mail clients drop style sheets), every text escaped,
 * and only http(s) links, so nothing a publisher wrote can become markup or script.
 */
import type { Digest, DigestLine, DigestReference, DigestStory } from '../../jobs/build-digest.js';
import { safeUrl } from '../../pipeline/sanitize/index.js';
import { type Markup, html } from '../web/html.js';
import { ATTRIBUTION, METHOD_NOTE, digestSummary, digestTitle, formatDay } from './describe.js';
import { absoluteUrl, storyPath } from './site-paths.js';

const STYLE = {
  body: 'margin:0;padding:24px 12px;background:#f4f4f2;color:#1b1b1b;font-family:Georgia,"Times New Roman",serif;line-height:1.5;',
  frame: 'max-width:640px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px;',
  title: 'font-size:24px;margin:0 0 4px;font-weight:bold;',
  muted: 'color:#5a5a5a;font-size:14px;margin:0 0 12px;',
  story: 'border-top:1px solid #e2e2e2;padding-top:16px;margin-top:16px;',
  headline: 'font-size:19px;margin:0 0 4px;',
  link: 'color:#0b4f9c;text-decoration:none;',
  hook: 'margin:8px 0;font-size:16px;font-style:italic;',
  list: 'margin:8px 0;padding-left:20px;',
  cite: 'font-size:12px;color:#0b4f9c;text-decoration:none;',
  references: 'font-size:13px;color:#3a3a3a;padding-left:20px;',
} as const;

function line(item: DigestLine, references: ReadonlyMap<number, DigestReference>): Markup {
  const cites = item.refs.map((n) => {
    const reference = references.get(n);
    const url = reference?.url ? safeUrl(reference.url, 'link') : null;
    // A source without a safe link keeps its number: the list at the end still names it.
    return url
      ? html`<sup><a href="${url}" title="${reference?.outlet ?? ''}" style="${STYLE.cite}">[${n}]</a></sup>`
      : html`<sup style="${STYLE.cite}">[${n}]</sup>`;
  });
  return html`${item.text} ${cites}`;
}

function storyBlock(story: DigestStory, rank: number, baseUrl: string, references: ReadonlyMap<number, DigestReference>): Markup {
  const facts = [
    `${story.outletCount} ${story.outletCount === 1 ? 'outlet' : 'outlets'}`,
    `${story.articleCount} ${story.articleCount === 1 ? 'article' : 'articles'}`,
    ...story.boards.map((board) => board.name),
    `updated ${formatDay(story.lastUpdated)}`,
  ];
  return html`<div style="${STYLE.story}">
    <h2 style="${STYLE.headline}">
      ${rank}.
      <a href="${absoluteUrl(baseUrl, storyPath(story.storyId))}" style="${STYLE.link}">${story.headline.text}</a>
      ${line({ text: '', refs: story.headline.refs }, references)}
    </h2>
    <p style="${STYLE.muted}">${facts.join(' · ')}</p>
    ${story.hook ? html`<p style="${STYLE.hook}">${line(story.hook, references)}</p>` : ''}
    ${
      story.lines.length > 0
        ? html`<ul style="${STYLE.list}">
            ${story.lines.map((item) => html`<li>${line(item, references)}</li>`)}
          </ul>`
        : ''
    }
  </div>`;
}

function referenceList(digest: Digest): Markup {
  if (digest.references.length === 0) return html``;
  const items = digest.references.map((reference) => {
    const url = reference.url ? safeUrl(reference.url, 'link') : null;
    const title = url ? html`<a href="${url}" style="${STYLE.link}">${reference.title}</a>` : reference.title;
    return html`<li id="ref-${reference.n}" value="${reference.n}">
      ${reference.outlet}: “${title}”${reference.published ? ` (${formatDay(reference.published)})` : ''}
    </li>`;
  });
  return html`<h2 style="${STYLE.headline};margin-top:24px;">Sources</h2>
    <ol style="${STYLE.references}">
      ${items}
    </ol>`;
}

/** Renders the digest's content (title to attribution) as inline-styled markup. */
export function renderDigestFragment(digest: Digest, baseUrl: string): Markup {
  const references = new Map(digest.references.map((reference) => [reference.n, reference]));
  return html`<h1 style="${STYLE.title}">${digestTitle(digest)}</h1>
    <p style="${STYLE.muted}">${digestSummary(digest)}</p>
    <p style="${STYLE.muted}">${METHOD_NOTE}</p>
    ${digest.stories.map((story, i) => storyBlock(story, i + 1, baseUrl, references))} ${referenceList(digest)}
    <p style="${STYLE.muted};margin-top:24px;">${ATTRIBUTION}</p>`;
}

/** Renders the digest as a complete HTML document for mail; story links are absolute under `baseUrl`. */
export function renderDigestHtml(digest: Digest, baseUrl: string): string {
  return `<!doctype html>\n${html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${digestTitle(digest)}</title>
    </head>
    <body style="${STYLE.body}">
      <div style="${STYLE.frame}">${renderDigestFragment(digest, baseUrl)}</div>
    </body>
  </html>`}\n`;
}
