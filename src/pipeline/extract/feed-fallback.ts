/** Chooses between the page's text and the feed's own content: the feed wins when the page fails or is much thinner. */
import { htmlToText } from '../../shared/html-text.js';
import { countWords } from './measures.js';
import type { FeedItemHint } from './types.js';

/** The page is "much thinner" when it has less than this share of the feed content's words. */
const THINNER_SHARE = 0.7;

export interface TextChoice {
  origin: 'page' | 'feed';
  text: string;
  /** Unsanitised HTML of the chosen text. */
  html: string;
  summaryOnly: boolean;
  warning: string | null;
}

function feedBody(feed: FeedItemHint | undefined): { text: string; html: string; summaryOnly: boolean } | null {
  if (feed?.contentHtml) {
    const text = htmlToText(feed.contentHtml);
    if (text) return { text, html: feed.contentHtml, summaryOnly: false };
  }
  if (feed?.summary) {
    const text = htmlToText(feed.summary);
    if (text) return { text, html: /<[a-z]/i.test(feed.summary) ? feed.summary : `<p>${escapeHtml(text)}</p>`, summaryOnly: true };
  }
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Picks the page's text unless it is empty, a consent or login wall, or much thinner than the feed's content. */
export function chooseText(page: { text: string; html: string; isWall: boolean }, feed: FeedItemHint | undefined): TextChoice {
  const fromPage: TextChoice = { origin: 'page', text: page.text, html: page.html, summaryOnly: false, warning: null };
  const body = feedBody(feed);
  if (!body) return fromPage;
  if (page.isWall)
    return {
      origin: 'feed',
      text: body.text,
      html: body.html,
      summaryOnly: body.summaryOnly,
      warning: 'page is a consent wall; used the feed content',
    };
  const pageWords = countWords(page.text);
  const feedWords = countWords(body.text);
  if (pageWords > 0 && pageWords >= feedWords * THINNER_SHARE) return fromPage;
  // A summary is only better than nothing: a short page text still beats a one-line summary.
  if (body.summaryOnly && pageWords > 0 && pageWords >= feedWords * 0.5) return fromPage;
  const warning =
    pageWords === 0
      ? 'page gave no text; used the feed content'
      : `page text (${pageWords} words) much shorter than the feed content (${feedWords} words); used the feed content`;
  return { origin: 'feed', text: body.text, html: body.html, summaryOnly: body.summaryOnly, warning };
}
