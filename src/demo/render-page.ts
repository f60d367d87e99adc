/** Renders an article page as a real publisher would: chrome, banners, ads, comments and metadata. */
import { escapeAttribute, escapeText } from 'entities';
import type { DemoArticle, DemoCorpus, DemoOutlet } from './corpus.js';
import { articleUrl, feedUrl, outletUrl } from './urls.js';

const e = escapeText;
const a = escapeAttribute;

/** The outlets use three site templates, so extraction cannot lean on one layout. */
function templateOf(outlet: DemoOutlet, corpus: DemoCorpus): 0 | 1 | 2 {
  return (corpus.outlets.indexOf(outlet) % 3) as 0 | 1 | 2;
}

function htmlLang(outlet: DemoOutlet): string {
  if (outlet.language !== 'zh') return outlet.language;
  return outlet.encoding === 'big5' ? 'zh-TW' : 'zh-CN';
}

function metadata(base: string, article: DemoArticle, url: string): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    dateModified: article.published,
    author: [{ '@type': 'Person', name: article.author }],
    publisher: { '@type': 'Organization', name: article.outlet.name, url: outletUrl(base, article.outlet) },
    mainEntityOfPage: url,
    inLanguage: htmlLang(article.outlet),
    description: article.summary,
  };
  return `<link rel="canonical" href="${a(url)}">
<meta name="description" content="${a(article.summary)}">
<meta name="author" content="${a(article.author)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${a(article.title)}">
<meta property="og:description" content="${a(article.summary)}">
<meta property="og:url" content="${a(url)}">
<meta property="og:site_name" content="${a(article.outlet.name)}">
<meta property="og:image" content="${a(`${base}/${article.outlet.id}/images/${article.slug}.jpg`)}">
<meta property="article:published_time" content="${a(article.published)}">
<link rel="alternate" type="${feedType(article.outlet)}" title="${a(article.outlet.name)}" href="${a(feedUrl(base, article.outlet))}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`;
}

/** MIME type of the outlet's feed. */
export function feedType(outlet: DemoOutlet): string {
  return { rss2: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json', rdf: 'application/rdf+xml' }[outlet.feed];
}

function navigation(base: string, outlet: DemoOutlet): string {
  const sections = outlet.language === 'zh' ? ['首页', '云计算', '芯片', '能源', '政策', '融资', '订阅'] : ['Home', 'Cloud', 'Chips', 'Energy', 'Policy', 'Deals', 'Newsletters', 'Events'];
  return `<nav class="site-nav" aria-label="Sections"><a class="logo" href="${a(outletUrl(base, outlet))}">${e(outlet.name)}</a><ul>${sections
    .map((s) => `<li><a href="${a(outletUrl(base, outlet))}section/${encodeURIComponent(s.toLowerCase())}">${e(s)}</a></li>`)
    .join('')}</ul><form class="search" action="/search"><input name="q" placeholder="Search"></form></nav>`;
}

function cookieBanner(outlet: DemoOutlet): string {
  const text = outlet.language === 'zh'
    ? '我们使用 Cookie 来改善您的阅读体验并衡量广告效果。继续浏览即表示您同意我们的 Cookie 政策。'
    : 'We use cookies to improve your experience and to measure advertising. By continuing to browse you accept our cookie policy.';
  return `<div id="cookie-consent" class="consent-banner" role="dialog"><p>${e(text)}</p><button>Accept all</button><button>Manage preferences</button></div>`;
}

function adSlot(name: string, outlet: DemoOutlet): string {
  const text = outlet.language === 'zh' ? '广告：企业级 GPU 云服务器限时优惠，立即咨询' : 'Advertisement: Scale your inference fleet — book a demo with our sales team today';
  return `<aside class="ad-slot ad-${name}" data-ad-unit="${name}"><span class="ad-label">Advertisement</span><a href="https://ads.example/click?slot=${name}">${e(text)}</a></aside>`;
}

function related(base: string, article: DemoArticle, corpus: DemoCorpus): string {
  const others = corpus.articles.filter((other) => other.outlet === article.outlet && other.id !== article.id).slice(0, 4);
  const heading = article.outlet.language === 'zh' ? '相关阅读' : 'Related coverage';
  return `<section class="related"><h2>${heading}</h2><ul>${others.map((o) => `<li><a href="${a(articleUrl(base, o))}">${e(o.title)}</a></li>`).join('')}</ul></section>`;
}

function comments(article: DemoArticle): string {
  if (article.comments.length === 0) return '';
  const heading = article.outlet.language === 'zh' ? `读者评论（${article.comments.length}）` : `${article.comments.length} Comments`;
  return `<section id="comments" class="comments"><h2>${e(heading)}</h2><ol>${article.comments
    .map((c) => `<li class="comment"><span class="comment-author">${e(c.author)}</span><p>${e(c.text)}</p></li>`)
    .join('')}</ol></section>`;
}

function syndicationNote(article: DemoArticle, corpus: DemoCorpus): string {
  if (!article.syndicatedFrom) return '';
  const original = corpus.articles.find((o) => o.id === article.syndicatedFrom);
  return original ? `<p class="syndication">This story was originally published by ${e(original.outlet.name)} and is republished with permission.</p>` : '';
}

function byline(article: DemoArticle): string {
  const date = article.published.slice(0, 10);
  return `<div class="byline">By <span class="author" rel="author">${e(article.author)}</span> · <time datetime="${a(article.published)}">${e(date)}</time></div>`;
}

function articleBody(article: DemoArticle, template: 0 | 1 | 2): string {
  const paragraphs = article.body.map((p) => `<p>${e(p)}</p>`);
  // Publishers break the text with inline promos; extraction must not take them as content.
  const promo = article.outlet.language === 'zh' ? '<div class="inline-promo"><a href="/newsletter">订阅我们的每日简报</a></div>' : '<div class="inline-promo"><a href="/newsletter">Sign up for the daily briefing</a></div>';
  if (paragraphs.length > 3) paragraphs.splice(2, 0, promo);
  const inner = paragraphs.join('\n');
  if (template === 1) return `<div class="story-body" itemprop="articleBody">\n${inner}\n</div>`;
  if (template === 2) return `<section class="entry-content">\n${inner}\n</section>`;
  return `<div class="article__content">\n${inner}\n</div>`;
}

/** Renders the full HTML page of an article (the AMP flag renders the lighter AMP variant). */
export function renderArticlePage(base: string, article: DemoArticle, corpus: DemoCorpus, amp = false): string {
  const url = articleUrl(base, article);
  const template = templateOf(article.outlet, corpus);
  const charset = article.outlet.encoding ?? 'utf-8';
  const head = `<meta charset="${charset}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(article.title)} | ${e(article.outlet.name)}</title>
${metadata(base, article, url)}
<link rel="stylesheet" href="/${article.outlet.id}/assets/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>`;
  const main = `<article class="post">
<header><p class="kicker">${e(article.outlet.beat.split(',')[0] ?? '')}</p><h1 class="headline">${e(article.title)}</h1><p class="standfirst">${e(article.summary)}</p>${byline(article)}</header>
${syndicationNote(article, corpus)}
${articleBody(article, template)}
<div class="share-tools"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Email</a></div>
</article>`;
  if (amp) {
    return `<!doctype html><html ⚡ lang="${htmlLang(article.outlet)}"><head>${head}</head><body>${navigation(base, article.outlet)}<main>${main}</main></body></html>`;
  }
  return `<!doctype html>
<html lang="${htmlLang(article.outlet)}">
<head>${head}</head>
<body class="template-${template}">
${cookieBanner(article.outlet)}
<header class="masthead">${navigation(base, article.outlet)}${adSlot('leaderboard', article.outlet)}</header>
<div class="layout"><main id="main">${main}
${comments(article)}</main>
<aside class="sidebar">${adSlot('sidebar', article.outlet)}${related(base, article, corpus)}<section class="newsletter"><h2>Newsletter</h2><p>Get the briefing every weekday morning.</p></section></aside></div>
<footer class="site-footer"><p>© 2026 ${e(article.outlet.name)}. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p></footer>
<img src="/pixel.gif?u=${encodeURIComponent(article.slug)}" width="1" height="1" alt="">
</body></html>`;
}

/** Renders an outlet's homepage, which advertises its feed with <link rel="alternate">. */
export function renderOutletHome(base: string, outlet: DemoOutlet, corpus: DemoCorpus): string {
  const items = corpus.articles.filter((article) => article.outlet === outlet).slice(0, 30);
  return `<!doctype html><html lang="${htmlLang(outlet)}"><head><meta charset="${outlet.encoding ?? 'utf-8'}"><title>${e(outlet.name)}</title>
<link rel="alternate" type="${feedType(outlet)}" title="${a(outlet.name)}" href="${a(feedUrl(base, outlet))}"></head>
<body>${navigation(base, outlet)}<main><h1>${e(outlet.name)}</h1><p>${e(outlet.beat)}</p><ul>${items
    .map((article) => `<li><a href="${a(articleUrl(base, article))}">${e(article.title)}</a> <time datetime="${a(article.published)}">${e(article.published.slice(0, 10))}</time></li>`)
    .join('')}</ul></main></body></html>`;
}
