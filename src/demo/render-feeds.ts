/** Renders each outlet's feed in its own format: RSS 2.0, Atom 1.0, JSON Feed 1.1 or RSS 1.0 (RDF). */
import type { DemoArticle, DemoCorpus, DemoOutlet } from './corpus.js';
import { feedType } from './render-page.js';
import { articleUrl, feedLinkFor, feedUrl, outletUrl } from './urls.js';

function x(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function bodyHtml(article: DemoArticle): string {
  return article.body.map((p) => `<p>${x(p)}</p>`).join('\n');
}

/** RFC 822 date; Chinese outlets write it in Beijing time (+0800) as many do. */
function rfc822(iso: string, outlet: DemoOutlet): string {
  if (outlet.language !== 'zh') return new Date(iso).toUTCString();
  const shifted = new Date(Date.parse(iso) + 8 * 3600_000).toUTCString();
  return shifted.replace('GMT', '+0800');
}

interface FeedItemView {
  article: DemoArticle;
  guid: string;
  link: string;
}

/** The items a feed lists: every article, and a "repost" article twice under a second guid. */
function itemsOf(base: string, outlet: DemoOutlet, corpus: DemoCorpus): FeedItemView[] {
  const views: FeedItemView[] = [];
  for (const article of corpus.articles.filter((a) => a.outlet === outlet)) {
    const guid = `${outlet.homepage}/p/${article.id}`;
    views.push({ article, guid, link: article.linkVariant === 'repost' ? articleUrl(base, article) : feedLinkFor(base, article) });
    if (article.linkVariant === 'repost') views.push({ article, guid: `${guid}?repost=1`, link: feedLinkFor(base, article) });
  }
  return views;
}

function rss2(base: string, outlet: DemoOutlet, corpus: DemoCorpus): string {
  const items = itemsOf(base, outlet, corpus).map(({ article, guid, link }) => {
    const content = outlet.summaryOnly ? '' : `\n      <content:encoded>${cdata(bodyHtml(article))}</content:encoded>`;
    return `    <item>
      <title>${x(article.title)}</title>
      <link>${x(link)}</link>
      <guid isPermaLink="false">${x(guid)}</guid>
      <pubDate>${rfc822(article.published, outlet)}</pubDate>
      <dc:creator>${x(article.author)}</dc:creator>
      <description>${x(article.summary)}</description>${content}
    </item>`;
  });
  return `<?xml version="1.0" encoding="${outlet.encoding ?? 'UTF-8'}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${x(outlet.name)}</title>
    <link>${x(outletUrl(base, outlet))}</link>
    <atom:link href="${x(feedUrl(base, outlet))}" rel="self" type="application/rss+xml"/>
    <description>${x(outlet.beat)}</description>
    <language>${outlet.language === 'zh' ? 'zh-cn' : 'en-us'}</language>
    <ttl>30</ttl>
${items.join('\n')}
  </channel>
</rss>
`;
}

function atom(base: string, outlet: DemoOutlet, corpus: DemoCorpus): string {
  const views = itemsOf(base, outlet, corpus);
  const updated = views[0]?.article.published ?? '2026-11-20T00:00:00Z';
  const entries = views.map(({ article, guid, link }) => `  <entry>
    <title>${x(article.title)}</title>
    <link rel="alternate" type="text/html" href="${x(link)}"/>
    <id>${x(guid)}</id>
    <published>${article.published}</published>
    <updated>${article.published}</updated>
    <author><name>${x(article.author)}</name></author>
    <summary type="text">${x(article.summary)}</summary>
    <content type="html">${x(bodyHtml(article))}</content>
  </entry>`);
  return `<?xml version="1.0" encoding="${outlet.encoding ?? 'utf-8'}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${outlet.language}">
  <title>${x(outlet.name)}</title>
  <subtitle>${x(outlet.beat)}</subtitle>
  <link rel="alternate" type="text/html" href="${x(outletUrl(base, outlet))}"/>
  <link rel="self" type="application/atom+xml" href="${x(feedUrl(base, outlet))}"/>
  <id>${x(outlet.homepage)}/</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

function jsonFeed(base: string, outlet: DemoOutlet, corpus: DemoCorpus): string {
  const items = itemsOf(base, outlet, corpus).map(({ article, guid, link }) => ({
    id: guid,
    url: link,
    title: article.title,
    summary: article.summary,
    content_html: bodyHtml(article),
    date_published: article.published,
    authors: [{ name: article.author }],
    language: article.language,
  }));
  return `${JSON.stringify(
    { version: 'https://jsonfeed.org/version/1.1', title: outlet.name, home_page_url: outletUrl(base, outlet), feed_url: feedUrl(base, outlet), description: outlet.beat, language: outlet.language, items },
    null,
    2,
  )}\n`;
}

function rdf(base: string, outlet: DemoOutlet, corpus: DemoCorpus): string {
  const views = itemsOf(base, outlet, corpus);
  const seq = views.map(({ link }) => `        <rdf:li rdf:resource="${x(link)}"/>`).join('\n');
  const items = views.map(({ article, link }) => `  <item rdf:about="${x(link)}">
    <title>${x(article.title)}</title>
    <link>${x(link)}</link>
    <description>${x(article.summary)}</description>
    <content:encoded>${cdata(bodyHtml(article))}</content:encoded>
    <dc:creator>${x(article.author)}</dc:creator>
    <dc:date>${article.published}</dc:date>
    <dc:language>${outlet.encoding === 'big5' ? 'zh-tw' : outlet.language}</dc:language>
  </item>`);
  return `<?xml version="1.0" encoding="${outlet.encoding ?? 'utf-8'}"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="${x(feedUrl(base, outlet))}">
    <title>${x(outlet.name)}</title>
    <link>${x(outletUrl(base, outlet))}</link>
    <description>${x(outlet.beat)}</description>
    <dc:language>${outlet.encoding === 'big5' ? 'zh-tw' : outlet.language}</dc:language>
    <items>
      <rdf:Seq>
${seq}
      </rdf:Seq>
    </items>
  </channel>
${items.join('\n')}
</rdf:RDF>
`;
}

/** Renders the outlet's feed document and the Content-Type it is served with. */
export function renderFeed(base: string, outlet: DemoOutlet, corpus: DemoCorpus): { body: string; contentType: string } {
  const body = { rss2, atom, json: jsonFeed, rdf }[outlet.feed](base, outlet, corpus);
  return { body, contentType: `${feedType(outlet)}; charset=${outlet.encoding ?? 'utf-8'}` };
}
