/** Class and id heuristics as data: names of chrome, of content containers, of leads and paywalls (matched as tokens). */

// Class and id names are matched as whole tokens (split on space, "-" and "_") or as token prefixes,
// so "ad" matches "ad-slot" but not "address", and "comment" matches "commentlist".

/** Tokens that mark chrome wherever they appear, even on an element that also looks like content. */
export const STRONG_NEGATIVE = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      // "commentary" is an article genre, not the reader comments.
      'comment(?!ary)[a-z]*',
      'disqus',
      'respond',
      'repl(?:y|ies)',
      'shar(?:e|es|ing|ebar|ethis|edaddy|iff)',
      'social(?:media|share|-?links?|bar)?',
      'sociable',
      'addthis',
      'related(?:posts|articles|content|links|stories)?',
      'recommend(?:ed|ations?)?',
      'cookies?',
      'cookie(?:banner|consent|notice|bar|law)',
      'consent',
      'gdpr',
      'advert(?:s|isement|isements|ising|orial)?',
      'ads?',
      'adv',
      'adsense',
      'adslot',
      'ad(?:unit|container|wrapper|box|banner|block|zone|label)',
      'dfp',
      'gpt',
      'sponsor(?:ed|s|ship)?',
      'promo(?:s|tion|box)?',
      'newsletter(?:s|box|signup)?',
      'subscribe',
      'subscription',
      'subscri(?:be|ption|ber)-?(?:box|form|cta|banner|promo|widget)',
      'signup',
      'breadcrumbs?',
      'pagination',
      'pager',
      'paging',
      'outbrain',
      'taboola',
      'trending',
      'popular(?:posts)?',
      'most-?(?:read|viewed|popular|shared)',
      'more-?(?:stories|articles|news|from)',
      'also-?read',
      'you-?may-?like',
      'sidebar',
      'skyscraper',
      'rail',
      'print(?:only)?',
      'noprint',
      'modal',
      'pop-?up',
      'caption',
      'captions',
      'wp-caption-text',
      'credits?',
      'photo-?credits?',
      'buy-?box',
      'more-?links',
      'next-?(?:story|post|article)',
      'prev(?:ious)?-?(?:story|post|article)',
      'overlay',
      'lightbox',
      'author-?(?:bio|box|info|profile|card)',
      'about-?(?:the-?)?author',
      'rating',
      'ratings',
      'vote',
      'votes',
      'toolbar',
      'tools',
      'skip(?:link|-?to)?',
      'jump-?links?',
      'login',
      'tagcloud',
      'tag-?list',
      'tags',
      'wp-?caption-?text-?hidden',
      'post-?(?:meta|tags|navigation|nav|footer|info)',
      'entry-?(?:meta|tags|footer|utility)',
      'article-?(?:meta|tags|footer|tools)',
      'meta-?(?:data|info)',
      'byline',
      'dateline',
      'copyright',
      'disclaimer',
      'footnotes-?nav',
    ].join('|') +
    ')(?=$|[\\s_-])',
  'i',
);

/** Whole class names that hide an element ("field-label-hidden" hides only a label, so parts do not count). */
export const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|is-hidden|d-none|sr-only|visually-?hidden|screen-?reader-?(?:text|only)|element-invisible|invisible|offscreen)(?=\s|$)/i;

/** Reader comments: prose-rich, yet never the article. */
export const COMMENT_NAMES = /(?:^|[\s_-])(?:comment(?!ary)[a-z]*|disqus|respond|repl(?:y|ies))(?=$|[\s_-])/i;

/** Tokens that mark chrome unless the element also looks like content (see POSITIVE). */
export const WEAK_NEGATIVE = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'nav',
      'navbar',
      'navigation',
      'menu',
      'menus',
      'masthead',
      'footer',
      'foot',
      'banner',
      'widget',
      'widgets',
      'meta',
      'tag',
      'links',
      'blogroll',
      'archive',
      'calendar',
      'search',
      'extra',
      'aside',
      'complementary',
      'secondary',
      'supplementary',
      'shoutbox',
      'community',
      'contact',
      'legal',
      'imprint',
      'impressum',
      'signature',
      'info-?box',
      'box-?(?:related|more)',
      'carousel',
      'slider',
      'ticker',
      'feed',
      'cta',
      'paywall',
      'read-?(?:more|also|next)',
      'author',
      'authors',
      'autor',
      'autorin',
      'contributors?',
      'bio',
      'biography',
      'disclosure',
      'affiliate',
      'notice',
      'toc',
      'table-?of-?contents',
    ].join('|') +
    ')(?=$|[\\s_-])',
  'i',
);

/** Tokens that mark the article's own container. */
export const POSITIVE = new RegExp(
  '(?:^|[\\s_-])(?:article|articlebody|article-?(?:body|content|text)|body|content|entry|entry-?content|main|post|post-?(?:body|content|text|entry)|story|story-?(?:body|content|text)|text|blog|blogpost|hentry|h-entry|e-content|prose|page|single|column|rich-?text|field-?body)(?=$|[\\s_-])',
  'i',
);

/** Strong hints that an element is the article body (common CMS class names), matched against whole class tokens. */
export const BODY_HINT = new RegExp(
  // An optional short namespace ("td-", "c-", "o-") and an optional wrapper suffix ("-inner", "__content") are allowed;
  // "story-content__stamp-box" is not a body, so anything else after the name fails.
  '(?:^|\\s)(?:[a-z]{1,4}[-_])?(?:' +
    [
      'articlebody',
      'article-?(?:body|content|text|main|inner|copy)',
      'entry-?(?:content|body|text)',
      'post-?(?:body|content|text|entry|article)',
      'postentry',
      'story-?(?:body|content|text)',
      'content-?(?:body|article|text|main)',
      'body-?(?:text|copy|content)',
      'single-?(?:content|post-content)',
      'main-?content',
      'e-content',
      'itemtext',
      'news-?(?:text|body|content|article)',
      'text-?(?:body|content)',
      'blog-?(?:post|content|entry)-?(?:body|content|text)?',
      'rich-?text',
      'field-?(?:body|item)',
      'article__(?:body|content|text)',
      'story__(?:body|content|text)',
      'artikel-?(?:text|inhalt|body)',
      'beitrag-?(?:text|inhalt)',
    ].join('|') +
    ')(?:[-_]{1,2}(?:inner|wrapper|wrap|container|main|body|content|text|area|holder|block|section))?(?=\\s|$)',
  'i',
);

/** Class tokens of an article's lead paragraph (standfirst, deck), which templates often place outside the body container. */
export const LEAD_CLASS =
  /(?:^|[\s_-])(?:lead|leadtext|lede|intro|introduction|intro-?text|abstract|standfirst|teaser-?text|summary|chapo|chapeau|deck|dek|excerpt|sapo|entradilla|bajada|sottotitolo|vorspann|subline|subtitle|bajada|texto-bajada|description)(?=$|[\s_-])/i;

/** Class or id tokens of paywall and registration-wall containers. */
export const PAYWALL_CLASS =
  /(?:^|[\s_-])(?:paywall|paywalled|premium-?(?:content|wall|barrier)|piano|tp-?modal|subscriber-?only|meter(?:ed)?-?(?:wall|paywall)?|regwall|registration-?wall|article-?locked|locked-?content|plus-?teaser|truncated)(?=$|[\s_-])/i;
