/** OPML import and export: outlines become sources, and the folders they sit in become boards. */
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { NewSource, Source } from '../domain/source.js';

function attribute(element: Element, name: string): string | null {
  const key = Object.keys(element.attribs).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key ? element.attribs[key]?.trim() : undefined;
  return value ? value : null;
}

/** Reads an OPML document into sources; an outline's enclosing folders are its boards. */
export function parseOpml(xml: string): { sources: NewSource[]; warnings: string[] } {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const sources: NewSource[] = [];
  const warnings: string[] = [];
  const walk = (nodes: readonly unknown[], folders: string[]) => {
    for (const node of nodes as Element[]) {
      if (node.type !== 'tag') continue;
      if (node.name.toLowerCase() !== 'outline') {
        walk(node.children, folders);
        continue;
      }
      const feedUrl = attribute(node, 'xmlUrl');
      const label = attribute(node, 'title') ?? attribute(node, 'text');
      if (feedUrl) {
        sources.push({
          name: label ?? feedUrl,
          feedUrl,
          homepage: attribute(node, 'htmlUrl'),
          language: attribute(node, 'language'),
          boards: [...folders],
        });
      } else if (node.children.some((child) => (child as Element).type === 'tag')) {
        walk(node.children, label ? [...folders, label] : folders);
      } else {
        warnings.push(`outline "${label ?? '(no title)'}" has no xmlUrl and was skipped`);
      }
    }
  };
  walk(document.children, []);
  if (sources.length === 0 && !/<opml[\s>]/i.test(xml)) warnings.push('the file is not OPML (no <opml> element)');
  return { sources, warnings };
}

function x(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function outline(source: Source, indent: string): string {
  const homepage = source.homepage ? ` htmlUrl="${x(source.homepage)}"` : '';
  return `${indent}<outline type="rss" text="${x(source.name)}" title="${x(source.name)}" xmlUrl="${x(source.feedUrl)}"${homepage}/>`;
}

/** Writes sources as OPML 2.0, grouped in folders by their first board. */
export function exportOpml(sources: readonly Source[], createdAt: string): string {
  const folders = new Map<string, Source[]>();
  const loose: Source[] = [];
  for (const source of sources) {
    const board = source.boards[0];
    if (board) folders.set(board, [...(folders.get(board) ?? []), source]);
    else loose.push(source);
  }
  const body = [
    ...[...folders].map(
      ([board, members]) =>
        `    <outline text="${x(board)}" title="${x(board)}">\n${members.map((s) => outline(s, '      ')).join('\n')}\n    </outline>`,
    ),
    ...loose.map((s) => outline(s, '    ')),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>Groundwire sources</title>\n    <dateCreated>${new Date(createdAt).toUTCString()}</dateCreated>\n  </head>\n  <body>\n${body.join('\n')}\n  </body>\n</opml>\n`;
}
