/** Known feed namespaces, mapped to the short keys the adapters match on. */

/** Short key for each namespace URI the adapters understand (compared lowercased, without a trailing slash or hash). */
const NAMESPACE_KEYS: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  // Atom 0.3 used its own namespace; its elements read like Atom 1.0 ones with a few renames.
  'http://purl.org/atom/ns': 'atom',
  'http://purl.org/rss/1.0': 'rss',
  'http://my.netscape.com/rdf/simple/0.9': 'rss',
  'http://purl.org/net/rss1.1': 'rss',
  // Some RSS 2.0 feeds declare a default namespace for the plain RSS elements.
  'http://backend.userland.com/rss2': 'rss',
  'http://blogs.law.harvard.edu/tech/rss': 'rss',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.oclc.org/net/rss_2.0/enc': 'enc',
};

// Broken feeds use these prefixes without declaring them; the conventional meaning is the only sensible guess.
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  atom: 'atom',
  atom10: 'atom',
  content: 'content',
  dc: 'dc',
  dcterms: 'dcterms',
  media: 'media',
  itunes: 'itunes',
  rdf: 'rdf',
  xhtml: 'xhtml',
  enc: 'enc',
};

/** Returns the short key for a namespace URI, or the URI itself when it is not one we know. */
export function namespaceKey(uri: string): string {
  const normalized = uri
    .trim()
    .toLowerCase()
    .replace(/[/#]+$/, '');
  return NAMESPACE_KEYS[normalized] ?? uri;
}

/** Returns the short key an undeclared prefix conventionally stands for. */
export function conventionalPrefixKey(prefix: string): string {
  return CONVENTIONAL_PREFIXES[prefix.toLowerCase()] ?? `${prefix}:`;
}
