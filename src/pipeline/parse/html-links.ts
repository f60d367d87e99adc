/** Makes the URLs inside item HTML absolute, against xml:base or the feed URL, so the HTML still works out of context. */
import { decodeHTMLAttribute } from 'entities';
import { resolveUrl } from '../../shared/url.js';

// Attributes that hold one URL, and srcset, which holds a list of "URL descriptor" pairs.
const URL_ATTRIBUTE = /(\s(href|src|poster|cite|background|srcset)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const START_TAG = /<[a-zA-Z][a-zA-Z0-9-]*\s[^<>]*>/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  // Fragments point inside the article; absolute URLs (any scheme) are left for the sanitiser to judge.
  if (trimmed === '' || trimmed.startsWith('#') || HAS_SCHEME.test(trimmed)) return value;
  return resolveUrl(trimmed, base) ?? value;
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function rewriteTag(tag: string, base: string): string {
  return tag.replace(URL_ATTRIBUTE, (whole: string, prefix: string, name: string, double?: string, single?: string, bare?: string) => {
    const raw = decodeHTMLAttribute(double ?? single ?? bare ?? '');
    const resolved = name.toLowerCase() === 'srcset' ? absoluteSrcset(raw, base) : absolute(raw, base);
    return resolved === raw ? whole : `${prefix}"${encodeAttribute(resolved)}"`;
  });
}

/** Rewrites relative href/src/poster/cite/srcset values in HTML to absolute URLs; HTML without a usable base is returned as is. */
export function absolutizeHtml(html: string | null, base: string | null): string | null {
  if (!html || !base || !/^https?:/i.test(base) || !/\s(?:href|src|poster|cite|background|srcset)\s*=/i.test(html)) return html;
  return html.replace(START_TAG, (tag) => rewriteTag(tag, base));
}
