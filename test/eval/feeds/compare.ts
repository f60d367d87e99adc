/** Compares an expected feed (mapped from a golden file) with a parser's output, field by field. */
import {
  normSpace,
  normText,
  sameInstant,
  sameSet,
  sameText,
  sameUrl,
  type CommonEnclosure,
  type CommonFeed,
  type CommonItem,
  type CommonPerson,
} from './common.js';

/** An expected value: undefined = the golden's model has no such field (skipped); null, "" or [] = empty. */
type Expect<T> = T | undefined;

export interface ExpectedItem {
  guid?: Expect<string | null>;
  title?: Expect<string | null>;
  link?: Expect<string | null>;
  published?: Expect<string | null>;
  updated?: Expect<string | null>;
  authors?: Expect<CommonPerson[]>;
  summary?: Expect<string | null>;
  content?: Expect<string | null>;
  categories?: Expect<string[]>;
  enclosures?: Expect<CommonEnclosure[]>;
}

export interface ExpectedFeed {
  feedType?: Expect<string | null>;
  version?: Expect<string | null>;
  title?: Expect<string | null>;
  link?: Expect<string | null>;
  feedUrl?: Expect<string | null>;
  description?: Expect<string | null>;
  language?: Expect<string | null>;
  authors?: Expect<CommonPerson[]>;
  items?: Expect<ExpectedItem[]>;
}

export interface CompareOptions {
  /** "strict": a field counts when either side has a value; "expected": only when the golden has one. */
  mode: 'strict' | 'expected';
  /** "set": every author must match; "first": the golden's single author string against our first author. */
  authors: 'set' | 'first';
  /** "set": same enclosures; "contains": the golden's single enclosure is among ours. */
  enclosures: 'set' | 'contains';
  lacks: ReadonlySet<string>;
  /** 2 decodes golden text twice, for parse trees that keep escaped markup as written. */
  textDepth?: 1 | 2;
}

export interface Comparison {
  field: string;
  agree: boolean;
  expectedPresent: boolean;
}

function isEmpty(value: unknown): boolean {
  return value == null || value === '' || (Array.isArray(value) && value.length === 0);
}

function personKey(person: CommonPerson): string {
  return `${normSpace(person.name) ?? ''}|${normSpace(person.email)?.toLowerCase() ?? ''}`;
}

function samePeople(expected: CommonPerson[], actual: CommonPerson[], mode: CompareOptions['authors']): boolean {
  if (mode === 'first') {
    const wanted = normSpace(expected[0]?.name ?? expected[0]?.email);
    const first = actual[0];
    return !!first && (sameText(wanted, normSpace(first.name)) || sameText(wanted, normSpace(first.email)));
  }
  return sameSet(expected.map(personKey), actual.map(personKey));
}

function enclosureKey(enclosure: CommonEnclosure): string {
  return `${enclosure.url.trim()}|${enclosure.type?.trim().toLowerCase() ?? ''}|${enclosure.length ?? ''}`;
}

function sameEnclosures(expected: CommonEnclosure[], actual: CommonEnclosure[], mode: CompareOptions['enclosures']): boolean {
  if (mode === 'contains') return expected.every((wanted) => actual.some((mine) => sameUrl(wanted.url, mine.url)));
  return sameSet(expected.map(enclosureKey), actual.map(enclosureKey));
}

interface ItemPair {
  expected: ExpectedItem;
  actual: CommonItem;
}

type Rule = (expected: unknown, actual: unknown, item?: ItemPair) => boolean;

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const asList = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function rules(options: CompareOptions): Record<string, Rule> {
  const plain = (value: unknown): string | null => (options.textDepth === 2 ? normText(normText(asText(value))) : normText(asText(value)));
  const text: Rule = (left, right) => sameText(plain(left), plain(right));
  const content: Rule = (left, right, item) => {
    // Our model copies an article-length RSS description into contentHtml; the golden keeps it in description only.
    if (isEmpty(left) && item && !isEmpty(item.expected.summary)) return sameText(plain(item.expected.summary), plain(right));
    return sameText(plain(left), plain(right));
  };
  // Parse trees keep markup inside guids and categories as written; compare their text.
  const token = (value: unknown): string | null => (options.textDepth === 2 ? plain(value) : normSpace(asText(value)));
  const url: Rule = (left, right) => sameUrl(asText(left), asText(right));
  const instant: Rule = (left, right) => sameInstant(asText(left), asText(right));
  return {
    feedType: (left, right) => left === right,
    version: (left, right) => normSpace(asText(left)) === normSpace(asText(right)),
    title: text,
    description: text,
    summary: text,
    content,
    link: url,
    feedUrl: url,
    language: (left, right) => normSpace(asText(left))?.toLowerCase() === normSpace(asText(right))?.toLowerCase(),
    guid: (left, right) => sameText(token(left), token(right)),
    published: instant,
    updated: instant,
    authors: (left, right) => samePeople(asList<CommonPerson>(left), asList<CommonPerson>(right), options.authors),
    categories: (left, right) =>
      sameSet(
        asList<string>(left).map((entry) => token(entry) ?? ''),
        asList<string>(right).map((entry) => token(entry) ?? ''),
      ),
    enclosures: (left, right) => sameEnclosures(asList<CommonEnclosure>(left), asList<CommonEnclosure>(right), options.enclosures),
  };
}

function compareField(
  scope: 'feed' | 'item',
  field: string,
  expected: unknown,
  actual: unknown,
  options: CompareOptions,
  out: Comparison[],
  item?: ItemPair,
): void {
  if (expected === undefined || options.lacks.has(field) || options.lacks.has(`${scope}.${field}`)) return;
  const expectedPresent = !isEmpty(expected);
  // Our id is never empty (it falls back to the link or a hash), so only a golden guid is compared.
  const counts = field === 'guid' || options.mode === 'expected' ? expectedPresent : expectedPresent || !isEmpty(actual);
  if (!counts) return;
  const rule = rules(options)[field]!;
  out.push({ field: `${scope}.${field}`, agree: rule(expected ?? null, actual ?? null, item), expectedPresent });
}

const FEED_FIELDS = ['feedType', 'version', 'title', 'description', 'link', 'feedUrl', 'language', 'authors'] as const;
const ITEM_FIELDS = ['guid', 'title', 'summary', 'content', 'link', 'published', 'updated', 'authors', 'categories', 'enclosures'] as const;

/** Lists every field comparison between a golden and a parser's output. */
export function compareFeeds(expected: ExpectedFeed, actual: CommonFeed, options: CompareOptions): Comparison[] {
  const out: Comparison[] = [];
  for (const field of FEED_FIELDS) compareField('feed', field, expected[field], actual[field], options, out);
  if (expected.items === undefined) return out;
  out.push({ field: 'feed.itemCount', agree: expected.items.length === actual.items.length, expectedPresent: true });
  expected.items.forEach((wanted, index) => {
    const mine = actual.items[index];
    if (!mine) return;
    for (const field of ITEM_FIELDS)
      compareField('item', field, wanted[field], mine[field], options, out, { expected: wanted, actual: mine });
  });
  return out;
}
