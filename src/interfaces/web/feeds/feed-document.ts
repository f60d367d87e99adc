/** One feed, independent of its format: RSS, Atom and JSON Feed are all written from this shape. */

export interface FeedEntry {
  /** Stable, never reused: "urn:groundwire:story:<id>" for a story. */
  id: string;
  title: string;
  /** Absolute link to the page on this site. */
  url: string;
  published: string;
  updated: string;
  /** Plain text (the hook). */
  summary: string;
  /** Safe HTML (escaped text and our own markup only). */
  contentHtml: string;
  categories: string[];
  /** Outlets whose reporting the entry summarises. */
  authors: string[];
}

export interface FeedDocument {
  /** Stable feed identity for Atom, e.g. "urn:groundwire:feed:board:energy-power". */
  id: string;
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  homeUrl: string;
  /** The feed's own address in each format. */
  selfUrls: { rss: string; atom: string; json: string };
  updated: string;
  language: string;
  entries: FeedEntry[];
}

/** The formats served, with their file names and media types. */
export const FEED_FORMATS = {
  rss: { file: 'feed.xml', type: 'application/rss+xml; charset=utf-8' },
  atom: { file: 'atom.xml', type: 'application/atom+xml; charset=utf-8' },
  json: { file: 'feed.json', type: 'application/feed+json; charset=utf-8' },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;

/** Returns the self URLs of a feed whose files live under `base` + `prefix` (e.g. "/boards/x/"). */
export function selfUrls(base: string, prefix: string): FeedDocument['selfUrls'] {
  return {
    rss: `${base}${prefix}${FEED_FORMATS.rss.file}`,
    atom: `${base}${prefix}${FEED_FORMATS.atom.file}`,
    json: `${base}${prefix}${FEED_FORMATS.json.file}`,
  };
}

// XML 1.0 forbids most control characters even when escaped; a feed containing one is unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML content and attribute values. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
