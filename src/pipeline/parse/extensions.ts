/** Reads the namespaced extensions any feed format may carry: Dublin Core, Media RSS, iTunes, content:encoded. */
import type { FeedEnclosure } from '../../domain/feed.js';
import { makeEnclosure, parseDuration } from './item-builder.js';
import { htmlToLine, htmlToText, tidyText } from './text.js';
import { attributeOf, childNamed, childrenNamed, firstText, markupOf, textOf, trimmedText, type XmlElement } from './xml-node.js';

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

/** Reads Dublin Core (dc: and dcterms:) elements of an item or channel. */
export function readDublinCore(element: XmlElement): DublinCore {
  const texts = (namespace: string, local: string): string[] =>
    childrenNamed(element, namespace, local)
      .map((child) => trimmedText(child))
      .filter((text): text is string => text !== null);
  return {
    title: trimmedText(firstText(element, 'dc', 'title')),
    description: trimmedText(firstText(element, 'dc', 'description')),
    creators: [...texts('dc', 'creator'), ...texts('dc', 'author')],
    subjects: texts('dc', 'subject'),
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
  return [element, ...childrenNamed(element, 'media', 'group')];
}

/** Reads Media RSS: media:content and media:thumbnail as enclosures, plus the media title and description. */
export function readMediaRss(element: XmlElement): MediaRss {
  const scopes = mediaScopes(element);
  const contents = scopes.flatMap((scope) => childrenNamed(scope, 'media', 'content'));
  const thumbnails = [...scopes, ...contents].flatMap((scope) => childrenNamed(scope, 'media', 'thumbnail'));
  const enclosures = [
    ...contents.map((content) =>
      makeEnclosure(attributeOf(content, 'url'), attributeOf(content, 'type'), attributeOf(content, 'fileSize'), content.base),
    ),
    ...thumbnails.map((thumbnail) => makeEnclosure(attributeOf(thumbnail, 'url'), null, null, thumbnail.base)),
  ].filter((enclosure): enclosure is FeedEnclosure => enclosure !== null);
  const imageContent = contents.find(
    (content) => attributeOf(content, 'medium') === 'image' || /^image\//i.test(attributeOf(content, 'type') ?? ''),
  );
  const firstOf = (local: string): XmlElement | null =>
    [...scopes, ...contents].map((scope) => firstText(scope, 'media', local)).find((found) => found !== null) ?? null;
  return {
    enclosures,
    title: htmlToLine(mediaText(firstOf('title'))),
    description: mediaText(firstOf('description')),
    image: (thumbnails[0] && attributeOf(thumbnails[0], 'url')) ?? (imageContent && attributeOf(imageContent, 'url')) ?? null,
    durationSeconds: parseDuration(contents.map((content) => attributeOf(content, 'duration')).find((value) => value) ?? null),
  };
}

export interface Itunes {
  author: string | null;
  summary: string | null;
  subtitle: string | null;
  durationSeconds: number | null;
  image: string | null;
}

/** Reads the iTunes podcast elements a reader needs: author, summary, duration, image. */
export function readItunes(element: XmlElement): Itunes {
  const image = childNamed(element, 'itunes', 'image');
  return {
    author: trimmedText(firstText(element, 'itunes', 'author')),
    summary: htmlToText(trimmedText(firstText(element, 'itunes', 'summary'))),
    subtitle: htmlToText(trimmedText(firstText(element, 'itunes', 'subtitle'))),
    durationSeconds: parseDuration(trimmedText(firstText(element, 'itunes', 'duration'))),
    image: image ? (attributeOf(image, 'href') ?? trimmedText(image)) : null,
  };
}
