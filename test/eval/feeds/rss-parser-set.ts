/** Scores parsers on rss-parser's real-world feeds: core-field accuracy against its goldens, mapped to our names. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FieldTally, percent, type FeedRunner } from './common.js';
import { compareFeeds, type ExpectedFeed, type ExpectedItem } from './compare.js';

interface RssParserCase {
  name: string;
  input: string;
  expected: string | null;
  decodeAs: string;
  options: Record<string, unknown>;
  expectError: boolean;
  portable: boolean;
}

export interface RssParserScore {
  cases: number;
  passed: number;
  passRate: number;
  fieldAgree: number;
  fieldTotal: number;
  fieldAccuracy: number;
  fields: ReturnType<FieldTally['toJson']>;
  perFeed: Record<string, { agree: number; total: number; pass: boolean; wrong: string[] }>;
  skipped: string[];
}

type Loose = Record<string, unknown>;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose)['_'] === 'string') return (value as Loose)['_'] as string;
  return null;
}

/** Present keys only: the README counts only the fields the golden has. */
function expectedItem(item: Loose): ExpectedItem {
  const enclosure = item['enclosure'] as Loose | undefined;
  const guid = str(item['guid']) ?? str(item['id']);
  return {
    title: 'title' in item ? str(item['title']) : undefined,
    link: 'link' in item ? str(item['link']) : undefined,
    guid: guid ?? undefined,
    published: 'isoDate' in item ? str(item['isoDate']) : undefined,
    categories: Array.isArray(item['categories'])
      ? item['categories'].map(str).filter((value): value is string => value !== null)
      : undefined,
    enclosures: enclosure && str(enclosure['url']) ? [{ url: str(enclosure['url'])!, type: null, length: null }] : undefined,
    authors: str(item['creator']) ? [{ name: str(item['creator']), email: null }] : undefined,
  };
}

function expectedFeed(feed: Loose): ExpectedFeed {
  const items = Array.isArray(feed['items']) ? (feed['items'] as Loose[]) : [];
  return {
    title: 'title' in feed ? str(feed['title']) : undefined,
    link: 'link' in feed ? str(feed['link']) : undefined,
    feedUrl: 'feedUrl' in feed ? str(feed['feedUrl']) : undefined,
    description: 'description' in feed ? str(feed['description']) : undefined,
    items: items.map(expectedItem),
  };
}

interface CaseResult {
  agree: number;
  total: number;
  wrong: string[];
}

async function scoreCase(dir: string, entry: RssParserCase, runner: FeedRunner, tally: FieldTally): Promise<CaseResult> {
  const outcome = await runner.run(await readFile(path.join(dir, entry.input)), null, entry.decodeAs === 'latin1' ? 'latin1' : 'utf8');
  if (entry.expectError || entry.expected === null) {
    const pass = entry.expectError ? !outcome.ok : outcome.ok;
    if (pass) return { agree: 0, total: 0, wrong: [] };
    return { agree: 0, total: 0, wrong: [entry.expectError ? 'expected an error' : `error: ${outcome.ok ? '' : outcome.error}`] };
  }
  if (!outcome.ok) return { agree: 0, total: 0, wrong: [`error: ${outcome.error}`] };
  const golden = JSON.parse(await readFile(path.join(dir, entry.expected), 'utf8')) as { feed: Loose };
  const comparisons = compareFeeds(expectedFeed(golden.feed), outcome.feed, {
    mode: 'expected',
    authors: 'first',
    enclosures: 'contains',
    lacks: runner.lacks,
  });
  for (const comparison of comparisons) tally.add(comparison.field, comparison.agree);
  return {
    agree: comparisons.filter((comparison) => comparison.agree).length,
    total: comparisons.length,
    wrong: [...new Set(comparisons.filter((comparison) => !comparison.agree).map((comparison) => comparison.field))],
  };
}

/** Scores one parser on the rss-parser set; `makeRunner` may build a runner from a case's rss-parser options. */
export async function scoreRssParserSet(dir: string, makeRunner: (options: Loose) => FeedRunner): Promise<RssParserScore> {
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { cases: RssParserCase[] };
  const tally = new FieldTally();
  const perFeed: RssParserScore['perFeed'] = {};
  const skipped: string[] = [];
  for (const entry of index.cases) {
    // xml2js-options depends on an rss-parser-only option (emptyTag), so no other parser can be held to it.
    if (!entry.portable) {
      skipped.push(entry.name);
      continue;
    }
    const result = await scoreCase(dir, entry, makeRunner(entry.options), tally);
    perFeed[entry.name] = { ...result, pass: result.wrong.length === 0 };
  }
  const cases = Object.keys(perFeed).length;
  const passed = Object.values(perFeed).filter((result) => result.pass).length;
  const totals = tally.totals();
  return {
    cases,
    passed,
    passRate: percent(passed, cases),
    fieldAgree: totals.agree,
    fieldTotal: totals.total,
    fieldAccuracy: percent(totals.agree, totals.total),
    fields: tally.toJson(),
    perFeed,
    skipped,
  };
}
