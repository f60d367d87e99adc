/** Structural checks that explain odd results: required elements missing, single-valued elements repeated. */
import type { WarningLog } from './feed-context.js';
import { childrenNamed, countChildrenNamed, elementsOf, firstText, type NamespaceMatch, type XmlElement } from './xml-node.js';

/** Elements the specs allow once; a second one is ignored, which a reader should be told. */
const SINGLE_RSS = ['title', 'link', 'description', 'pubDate', 'guid', 'language', 'lastBuildDate'];
const SINGLE_ATOM = ['id', 'title', 'updated', 'published', 'summary', 'content', 'subtitle', 'rights', 'icon', 'logo'];
const SINGLE_PERSON = ['name', 'uri', 'email'];

function warnRepeats(element: XmlElement, namespace: NamespaceMatch, locals: string[], where: string, warnings: WarningLog): void {
  for (const local of locals) {
    if (countChildrenNamed(element, namespace, local) > 1) warnings.add(`${where}: more than one <${local}>; the first was used`);
  }
}

function warnMissing(element: XmlElement, namespace: NamespaceMatch, locals: string[], where: string, warnings: WarningLog): void {
  for (const local of locals) {
    if (countChildrenNamed(element, namespace, local) === 0) warnings.add(`${where}: missing <${local}>`);
  }
}

/** Checks an RSS channel (0.9x/2.0 require title, link and description). */
export function checkRssChannel(channel: XmlElement, core: NamespaceMatch, warnings: WarningLog): void {
  warnMissing(channel, core, ['title', 'link', 'description'], 'channel', warnings);
  warnRepeats(channel, core, SINGLE_RSS, 'channel', warnings);
}

/** Checks an RSS item (it needs a title or a description). */
export function checkRssItem(item: XmlElement, core: NamespaceMatch, warnings: WarningLog): void {
  const hasText = firstText(item, core, 'title') !== null || firstText(item, core, 'description') !== null;
  if (!hasText) warnings.add('item: has neither <title> nor <description>');
  warnRepeats(item, core, SINGLE_RSS, 'item', warnings);
}

function checkPeople(parent: XmlElement, core: NamespaceMatch, where: string, warnings: WarningLog): void {
  for (const person of [...childrenNamed(parent, core, 'author'), ...childrenNamed(parent, core, 'contributor')]) {
    if (elementsOf(person).length > 0 && childrenNamed(person, core, 'name').length === 0)
      warnings.add(`${where}: <${person.local}> without <name>`);
    warnRepeats(person, core, SINGLE_PERSON, `${where} ${person.local}`, warnings);
  }
}

/** Checks an Atom feed element (id, title and updated are required). */
export function checkAtomFeed(feed: XmlElement, core: NamespaceMatch, version: string, warnings: WarningLog): void {
  warnMissing(feed, core, version === '0.3' ? ['title', 'modified'] : ['id', 'title', 'updated'], 'feed', warnings);
  warnRepeats(feed, core, SINGLE_ATOM, 'feed', warnings);
  checkPeople(feed, core, 'feed', warnings);
  const entries = childrenNamed(feed, core, 'entry');
  const feedHasAuthor = childrenNamed(feed, core, 'author').length > 0;
  if (
    !feedHasAuthor &&
    entries.some((entry) => childrenNamed(entry, core, 'author').length === 0 && childrenNamed(entry, core, 'source').length === 0)
  ) {
    warnings.add('feed: an entry has no author and the feed names none');
  }
}

/** Checks an Atom entry (id, title and updated are required). */
export function checkAtomEntry(entry: XmlElement, core: NamespaceMatch, version: string, warnings: WarningLog): void {
  warnMissing(entry, core, version === '0.3' ? ['id', 'title', 'modified', 'issued'] : ['id', 'title', 'updated'], 'entry', warnings);
  warnRepeats(entry, core, SINGLE_ATOM, 'entry', warnings);
  checkPeople(entry, core, 'entry', warnings);
}
