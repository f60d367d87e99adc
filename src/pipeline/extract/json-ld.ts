/** Reads article metadata from schema.org JSON-LD blocks (NewsArticle, BlogPosting, @graph …). */

/** What JSON-LD says about the article; every field optional. */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  publisher: string | null;
  image: string | null;
  language: string | null;
  description: string | null;
  url: string | null;
  /** False when the publisher declares the article paywalled. */
  accessibleForFree: boolean | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|Blog|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|Posting|WebPage|ItemPage|MedicalWebPage|Recipe|Review)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** Flattens arrays and @graph containers into a list of objects. */
function flatten(value: Json, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 4) return out;
  if (Array.isArray(value)) for (const entry of value) flatten(entry, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) flatten(graph, out, depth + 1);
  }
  return out;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['@value'] ?? value.name ?? value.url);
  return null;
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((entry) => names(entry));
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (isObject(value)) {
    const name = text(value.name);
    return name ? [name] : [];
  }
  return [];
}

function imageOf(value: Json | undefined): string | null {
  if (Array.isArray(value)) return imageOf(value[0]);
  if (isObject(value)) return text(value.url ?? value.contentUrl ?? value['@id']);
  return text(value);
}

function freeOf(value: Json | undefined): boolean | null {
  if (value === true || value === 'true' || value === 'True') return true;
  if (value === false || value === 'false' || value === 'False') return false;
  return null;
}

/** Parses JSON-LD script bodies and returns the best article node's fields (articles before plain web pages). */
export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of scripts) {
    try {
      flatten(JSON.parse(script.trim().replace(/^<!--|-->$/g, '')) as Json, nodes);
    } catch {
      // Publishers ship broken JSON-LD often enough; one bad block must not hide the others.
    }
  }
  const candidates = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  const article = candidates.find((node) => !typesOf(node).some((type) => /Page$/.test(type))) ?? candidates[0];
  if (!article) return null;
  const publisher = article.publisher ?? nodes.find((node) => typesOf(node).includes('Organization'))?.name;
  return {
    headline: text(article.headline ?? article.name),
    authors: names(article.author ?? article.creator),
    published: text(article.datePublished ?? article.dateCreated),
    updated: text(article.dateModified),
    publisher: isObject(publisher) ? text(publisher.name) : text(publisher),
    image: imageOf(article.image ?? article.thumbnailUrl),
    language: text(article.inLanguage),
    description: text(article.description),
    url: text(article.url ?? (isObject(article.mainEntityOfPage) ? article.mainEntityOfPage['@id'] : article.mainEntityOfPage)),
    accessibleForFree: freeOf(article.isAccessibleForFree),
  };
}
