/** The sanitise stage: untrusted HTML in, HTML safe to render out. */
export { type SanitizeOptions, sanitizeHtml } from './sanitize.js';
export { isTrackingPixel } from './tracking-pixels.js';
export { type UrlKind, safeUrl } from './safe-url.js';
export { LINK_REL } from './allow-list.js';
