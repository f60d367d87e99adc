/** Tag sets the extractor reasons with: what is never text, what is chrome, what makes a block or a paragraph. */

/** Subtrees never read for text: code, styles, embedded media, form controls, vector graphics. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'select',
  'option',
  'textarea',
  'button',
  'input',
  'title',
  'dialog',
  // Ruby annotations (furigana) would split every annotated word of Japanese text.
  'rt',
  'rp',
]);

/** Page chrome by tag: navigation, side columns and page footers are never the article. */
export const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'figure']);

/** Elements that start a new block of text when rendered. */
export const BLOCK_TAGS = new Set([
  '#p',
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'address',
  'center',
  'hr',
  'br',
  'body',
  'details',
  'summary',
]);

/** Leaf blocks that hold prose: they vote for the container they sit in. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption']);

/** Containers whose own text (outside child blocks) also counts as a paragraph (blogs that use <br>). */
export const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'center', 'font', 'span']);
/** Roles (ARIA) that are chrome. */
export const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'toolbar',
  'alert',
]);
