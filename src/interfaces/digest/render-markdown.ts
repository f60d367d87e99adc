/** The recap as Markdown: readable as plain text (the mail's text part) and as rendered Markdown. */
import type { Digest, DigestLine, DigestStory } from '../../jobs/build-digest.js';
import { safeUrl } from '../../pipeline/sanitize/index.js';
import { ATTRIBUTION, METHOD_NOTE, digestSummary, digestTitle, formatDay } from './describe.js';
import { absoluteUrl, storyPath } from './site-paths.js';

/** Escapes characters Markdown would read as formatting, so a source's text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^([#+\-=]|\d+\.)(?=\s)/, '\\$1');
}

function markers(refs: readonly number[]): string {
  return refs.map((n) => `[${n}]`).join('');
}

function line(item: DigestLine): string {
  return `${escapeMarkdown(item.text)} ${markers(item.refs)}`.trim();
}

function storyBlock(story: DigestStory, rank: number, baseUrl: string): string {
  const facts = [
    `${story.outletCount} ${story.outletCount === 1 ? 'outlet' : 'outlets'}`,
    `${story.articleCount} ${story.articleCount === 1 ? 'article' : 'articles'}`,
    ...story.boards.map((board) => board.name),
    `updated ${formatDay(story.lastUpdated)}`,
  ];
  return [
    `## ${rank}. ${line(story.headline)}`,
    '',
    `${escapeMarkdown(facts.join(' · '))} · ${absoluteUrl(baseUrl, storyPath(story.storyId))}`,
    ...(story.hook ? ['', `> ${line(story.hook)}`] : []),
    ...(story.lines.length > 0 ? ['', ...story.lines.map((item) => `- ${line(item)}`)] : []),
  ].join('\n');
}

/** Renders the digest; story links are absolute under `baseUrl`. */
export function renderDigestMarkdown(digest: Digest, baseUrl: string): string {
  const references = digest.references.map((reference) => {
    const published = reference.published ? ` (${formatDay(reference.published)})` : '';
    // Source URLs come from third-party feeds: only http(s) links are printed (URL.href percent-encodes "<" and ">").
    const url = reference.url ? safeUrl(reference.url, 'link') : null;
    return `[${reference.n}] ${escapeMarkdown(reference.outlet)}: “${escapeMarkdown(reference.title)}”${published}${url ? ` <${url}>` : ''}`;
  });
  return [
    `# ${digestTitle(digest)}`,
    '',
    digestSummary(digest),
    '',
    `_${METHOD_NOTE}_`,
    ...digest.stories.flatMap((story, i) => ['', storyBlock(story, i + 1, baseUrl)]),
    ...(references.length > 0 ? ['', '## Sources', '', ...references.flatMap((text) => [text, ''])].slice(0, -1) : []),
    '',
    '---',
    '',
    ATTRIBUTION,
    '',
  ].join('\n');
}
