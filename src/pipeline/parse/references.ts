/** Resolves the URLs a feed gives (links, enclosures, images) and refuses the schemes a reader must never follow. */
const FOLLOWABLE = new Set(['http:', 'https:', 'ftp:']);

// shared/url's resolveUrl, keeping the parsed URL: its scheme is checked without parsing the result a second time.
function parseUrl(raw: string, base: string | null): URL | null {
  try {
    return new URL(raw, base ?? undefined);
  } catch {
    return null;
  }
}

/**
 * Resolves a reference against a base. Absolute results keep only http, https and ftp (no javascript:, data:…);
 * a relative reference with no base to resolve against is kept as written rather than lost.
 */
export function resolveReference(raw: string | null | undefined, base: string | null | undefined): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  const resolved = parseUrl(trimmed, base ?? null);
  if (resolved) return FOLLOWABLE.has(resolved.protocol) ? resolved.toString() : null;
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /\s/.test(trimmed) ? null : trimmed;
}
