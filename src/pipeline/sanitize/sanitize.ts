/** Makes untrusted HTML safe to show: a strict allow-list through sanitize-html, absolute links with safe rel, no tracking pixels. */
import sanitize from 'sanitize-html';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, DROPPED_WITH_CONTENT, IMAGE_SCHEMES, LINK_REL, LINK_SCHEMES } from './allow-list.js';
import { safeUrl } from './safe-url.js';
import { isTrackingPixel } from './tracking-pixels.js';

export interface SanitizeOptions {
  /** Resolves relative links and image sources against this address. */
  baseUrl?: string | null;
}

const VOID_TAGS = ['img', 'br', 'hr', 'col', 'wbr'];
const VOID_ENDING = /<(img|br|hr|col|wbr)\b([^>]*?) \/>/g;

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', q: 'cite', blockquote: 'cite', del: 'cite', ins: 'cite' };

// sanitize-html checks schemes again after this; an unsafe URL becomes an empty value and is dropped.
function resolveUrl(value: string, tagName: string, baseUrl: string | null | undefined): string {
  return safeUrl(value, tagName === 'img' ? 'image' : 'link', baseUrl) ?? '';
}

function transformer(baseUrl: string | null | undefined): sanitize.Transformer {
  return (tagName, attribs) => {
    const next: Record<string, string> = { ...attribs };
    const urlAttribute = URL_ATTRIBUTES[tagName];
    const value = urlAttribute ? next[urlAttribute] : undefined;
    if (urlAttribute && value !== undefined) next[urlAttribute] = resolveUrl(value, tagName, baseUrl);
    if (tagName === 'img' && !next.src) {
      // Lazy-loading pages keep the real address in a data attribute.
      const lazy = next['data-src'] ?? next['data-original'] ?? next['data-lazy-src'];
      if (lazy) next.src = resolveUrl(lazy, tagName, baseUrl);
    }
    if (tagName === 'a') next.rel = LINK_REL;
    return { tagName, attribs: next };
  };
}

/** Returns HTML with only allow-listed tags and attributes; scripts, handlers, forms, frames, CSS and tracking pixels are gone. */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const baseUrl = options.baseUrl ?? null;
  const safe = sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { ...ALLOWED_ATTRIBUTES, a: [...(ALLOWED_ATTRIBUTES.a ?? []), 'rel'] },
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: 'discard',
    allowedSchemes: LINK_SCHEMES,
    allowedSchemesByTag: { img: IMAGE_SCHEMES, q: IMAGE_SCHEMES, blockquote: IMAGE_SCHEMES, del: IMAGE_SCHEMES, ins: IMAGE_SCHEMES },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowedStyles: {},
    parseStyleAttributes: false,
    allowVulnerableTags: false,
    transformTags: { '*': transformer(baseUrl) },
    exclusiveFilter: (frame) => frame.tag === 'img' && (!frame.attribs.src || isTrackingPixel(frame.attribs, baseUrl ?? undefined)),
    selfClosing: VOID_TAGS,
  });
  // HTML5 serialisation, as browsers write it: "<br>", not "<br />" (attribute values escape ">", so the match is safe).
  return safe.replace(VOID_ENDING, '<$1$2>');
}
