/** Decides which URLs a sanitised document may keep, and makes them absolute. */
import { IMAGE_SCHEMES, LINK_SCHEMES } from './allow-list.js';

export type UrlKind = 'link' | 'image';

// Control characters and whitespace inside a scheme ("java\tscript:") are ignored by browsers,
// so they are removed before the scheme is judged.
function stripControls(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, '').trim();
}

/** Resolves a URL against `baseUrl` when given; returns null unless its scheme is allowed for the kind. */
export function safeUrl(value: string, kind: UrlKind, baseUrl?: string | null): string | null {
  const cleaned = stripControls(value);
  if (cleaned === '') return null;
  let resolved: URL;
  try {
    resolved = new URL(cleaned, baseUrl ?? undefined);
  } catch {
    // Relative without a base: allowed only when nothing before a "/", "?" or "#" could be a scheme.
    return /^[^:/?#]*(?:[/?#]|$)/.test(cleaned) && !cleaned.startsWith('//') ? cleaned : null;
  }
  const scheme = resolved.protocol.slice(0, -1).toLowerCase();
  const allowed = kind === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES;
  return allowed.includes(scheme) ? resolved.href : null;
}
