/** The parse stage's output: one feed in any format, normalised to one shape. */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedPerson {
  name: string | null;
  email: string | null;
  uri: string | null;
}

export interface FeedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface FeedItem {
  /** Stable identity: the guid/id when the feed gives one, else the canonical link. */
  id: string;
  title: string | null;
  link: string | null;
  /** UTC ISO 8601, or null when the feed's date could not be read with certainty. */
  published: string | null;
  updated: string | null;
  authors: FeedPerson[];
  summary: string | null;
  contentHtml: string | null;
  categories: string[];
  enclosures: FeedEnclosure[];
  /** Playing time in seconds, for podcast episodes (iTunes duration, JSON Feed duration_in_seconds). */
  durationSeconds?: number | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  version: string | null;
  wellFormed: boolean;
  warnings: string[];
  encoding: string;
  title: string | null;
  link: string | null;
  language: string | null;
  items: FeedItem[];
  /** The feed's own description (RSS description, Atom subtitle, JSON description), plain text. */
  description?: string | null;
  /** The feed's self URL as the feed declares it (atom:link rel="self", JSON feed_url). */
  feedUrl?: string | null;
  /** The feed's logo or icon URL. */
  image?: string | null;
  /** The feed-level authors (RSS managingEditor, Atom feed author, JSON authors). */
  authors?: FeedPerson[];
  /** When the feed says it last changed (RSS lastBuildDate/pubDate, Atom updated), UTC ISO 8601. */
  updated?: string | null;
}
