/** Resolves the URLs a feed gives (links, enclosures, images) and refuses the schemes a reader must never follow. */
import { resolveUrl } from '../../shared/url.js';

const FOLLOWABLE = new Set(['http:', 'https:', 'ftp:']);

/**
 * Resolves a reference against a base. Absolute results keep only http, https and ftp (no javascript:, data:…);
 * a relative reference with no base to resolve against is kept as written rather than lost.
 */
export function resolveReference(raw: string | null | undefined, base: string | null | undefined): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  const resolved = resolveUrl(trimmed, base ?? null);
  if (resolved) return FOLLOWABLE.has(new URL(resolved).protocol) ? resolved : null;
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /\s/.test(trimmed) ? null : trimmed;
}
