/** Reads the namespaced extensions any feed format may carry: Dublin Core, Media RSS, iTunes, content:encoded. */
import type { FeedEnclosure } from '../../domain/feed.js';
import { makeEnclosure, parseDuration } from './item-builder.js';
import { appendAll } from './lists.js';
import { htmlToLine, htmlToText, tidyText } from './text.js';
import {
  attributeOf,
  childNamed,
  childrenNamed,
  childTexts,
  firstText,
  hasChildIn,
  markupOf,
  textOf,
  trimmedText,
  type XmlElement,
} from './xml-node.js';

// Most items carry none of a given extension; the readers then return these empty results without searching.

export interface DublinCore {
  title: string | null;
  description: string | null;
  creators: string[];
  subjects: string[];
  date: string | null;
  modified: string | null;
  issued: string | null;
  language: string | null;
}

function noDublinCore(): DublinCore {
  return { title: null, description: null, creators: [], subjects: [], date: null, modified: null, issued: null, language: null };
}

/** Reads Dublin Core (dc: and dcterms:) elements of an item or channel. */
export function readDublinCore(element: XmlElement): DublinCore {
  if (!hasChildIn(element, 'dc') && !hasChildIn(element, 'dcterms')) return noDublinCore();
  const creators = appendAll(childTexts(element, 'dc', 'creator'), childTexts(element, 'dc', 'author'));
  return {
    title: trimmedText(firstText(element, 'dc', 'title')),
    description: trimmedText(firstText(element, 'dc', 'description')),
    creators,
    subjects: childTexts(element, 'dc', 'subject'),
    date: trimmedText(firstText(element, 'dc', 'date')),
    modified: trimmedText(firstText(element, 'dcterms', 'modified')),
    issued: trimmedText(firstText(element, 'dcterms', 'issued')) ?? trimmedText(firstText(element, 'dcterms', 'created')),
    language: trimmedText(firstText(element, 'dc', 'language')),
  };
}

export interface MediaRss {
  enclosures: FeedEnclosure[];
  title: string | null;
  description: string | null;
  /** The first image among media:thumbnail and image media:content. */
  image: string | null;
  durationSeconds: number | null;
}

function mediaText(element: XmlElement | null): string | null {
  if (!element) return null;
  const type = attributeOf(element, 'type')?.toLowerCase();
  return type === 'html' ? htmlToText(markupOf(element)) : tidyText(textOf(element));
}

// Media RSS allows media:content either directly in the item or grouped as alternatives in media:group.
function mediaScopes(element: XmlElement): XmlElement[] {
  const scopes = childrenNamed(element, 'media', 'group');
  scopes.unshift(element);
  return scopes;
}

function pushChildren(into: XmlElement[], parents: XmlElement[], local: string): void {
  for (const parent of parents) for (const child of childrenNamed(parent, 'media', local)) into.push(child);
}

/** Returns the first media:<local> with text, looking in the item, its groups, then its media:content elements. */
function firstMediaText(scopes: XmlElement[], contents: XmlElement[], local: string): XmlElement | null {
  for (const scope of scopes) {
    const found = firstText(scope, 'media', local);
    if (found) return found;
  }
  for (const content of contents) {
    const found = firstText(content, 'media', local);
    if (found) return found;
  }
  return null;
}

/**
 * Media RSS as read from one element. The title and description are fallbacks most items never reach, so they are
 * read when first asked for; a class, so that every reading shares one shape (literals with getters get their own).
 */
class MediaRssReading implements MediaRss {
  constructor(
    readonly enclosures: FeedEnclosure[],
    readonly image: string | null,
    readonly durationSeconds: number | null,
    private readonly scopes: XmlElement[],
    private readonly contents: XmlElement[],
  ) {}

  get title(): string | null {
    return htmlToLine(mediaText(firstMediaText(this.scopes, this.contents, 'title')));
  }

  get description(): string | null {
    return mediaText(firstMediaText(this.scopes, this.contents, 'description'));
  }
}

/** Reads Media RSS: media:content and media:thumbnail as enclosures, plus the media title and description. */
export function readMediaRss(element: XmlElement): MediaRss {
  // Most items carry none: no search for what is not there.
  if (!hasChildIn(element, 'media')) return new MediaRssReading([], null, null, [], []);
  // Plain loops: this runs for every item of a podcast or a photo feed.
  const scopes = mediaScopes(element);
  const contents: XmlElement[] = [];
  pushChildren(contents, scopes, 'content');
  const thumbnails: XmlElement[] = [];
  pushChildren(thumbnails, scopes, 'thumbnail');
  pushChildren(thumbnails, contents, 'thumbnail');
  const enclosures: FeedEnclosure[] = [];
  let imageContent: XmlElement | null = null;
  let duration: string | null = null;
  for (const content of contents) {
    const type = attributeOf(content, 'type');
    const enclosure = makeEnclosure(attributeOf(content, 'url'), type, attributeOf(content, 'fileSize'), content.base);
    if (enclosure) enclosures.push(enclosure);
    if (!imageContent && (attributeOf(content, 'medium') === 'image' || /^image\//i.test(type ?? ''))) imageContent = content;
    duration ||= attributeOf(content, 'duration');
  }
  for (const thumbnail of thumbnails) {
    const enclosure = makeEnclosure(attributeOf(thumbnail, 'url'), null, null, thumbnail.base);
    if (enclosure) enclosures.push(enclosure);
  }
  const image = (thumbnails[0] && attributeOf(thumbnails[0], 'url')) ?? (imageContent && attributeOf(imageContent, 'url')) ?? null;
  return new MediaRssReading(enclosures, image, parseDuration(duration || null), scopes, contents);
}

export interface Itunes {
  author: string | null;
  summary: string | null;
  subtitle: string | null;
  durationSeconds: number | null;
  image: string | null;
}

/** The iTunes elements of one element; summary and subtitle, rarely needed, are read when first asked for. */
class ItunesReading implements Itunes {
  constructor(
    private readonly element: XmlElement | null,
    readonly author: string | null,
    readonly durationSeconds: number | null,
    readonly image: string | null,
  ) {}

  get summary(): string | null {
    return this.element && htmlToText(trimmedText(firstText(this.element, 'itunes', 'summary')));
  }

  get subtitle(): string | null {
    return this.element && htmlToText(trimmedText(firstText(this.element, 'itunes', 'subtitle')));
  }
}

const NO_ITUNES: Itunes = new ItunesReading(null, null, null, null);

/** Reads the iTunes podcast elements a reader needs: author, summary, duration, image. */
export function readItunes(element: XmlElement): Itunes {
  if (!hasChildIn(element, 'itunes')) return NO_ITUNES;
  const image = childNamed(element, 'itunes', 'image');
  return new ItunesReading(
    element,
    trimmedText(firstText(element, 'itunes', 'author')),
    parseDuration(trimmedText(firstText(element, 'itunes', 'duration'))),
    image ? (attributeOf(image, 'href') ?? trimmedText(image)) : null,
  );
}
