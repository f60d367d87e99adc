/** Scores parsers on gofeed's test data: universal-model goldens, type detection, and per-format parse trees. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FieldTally, percent, type CommonFeed, type FeedRunner } from './common.js';
import { compareFeeds, type CompareOptions, type ExpectedFeed } from './compare.js';
import { fromAtomTree, fromJsonTree, fromRssTree, fromUniversal } from './gofeed-mapping.js';

interface GofeedCase {
  suite: string;
  model: string;
  input: string;
  expected: string | null;
  expectError?: boolean;
  expectFeedType?: string | null;
  expectTitle?: string | null;
}

export interface GroupScore {
  cases: number;
  passed: number;
  passRate: number;
  leafAgree: number;
  leafTotal: number;
  leafAccuracy: number;
  fields: ReturnType<FieldTally['toJson']>;
  failures: Array<{ input: string; fields: string[] }>;
}

export interface GofeedScore {
  universal: GroupScore;
  detect: { cases: number; passed: number; passRate: number; failures: string[] };
  trees: GroupScore;
}

const EMPTY_FEED: CommonFeed = {
  feedType: null,
  version: null,
  title: null,
  link: null,
  feedUrl: null,
  description: null,
  language: null,
  authors: [],
  items: [],
  wellFormed: true,
  flagged: false,
};

class Group {
  cases = 0;
  passed = 0;
  readonly tally = new FieldTally();
  readonly leaf = { agree: 0, total: 0 };
  readonly failures: Array<{ input: string; fields: string[] }> = [];

  record(input: string, comparisons: ReturnType<typeof compareFeeds>, error?: string): void {
    this.cases++;
    for (const comparison of comparisons) {
      this.tally.add(comparison.field, comparison.agree);
      if (comparison.expectedPresent) {
        this.leaf.total++;
        if (comparison.agree) this.leaf.agree++;
      }
    }
    const wrong = comparisons.filter((comparison) => !comparison.agree).map((comparison) => comparison.field);
    if (error !== undefined) wrong.unshift(`error: ${error}`);
    if (wrong.length === 0) this.passed++;
    else this.failures.push({ input, fields: [...new Set(wrong)] });
  }

  score(): GroupScore {
    return {
      cases: this.cases,
      passed: this.passed,
      passRate: percent(this.passed, this.cases),
      leafAgree: this.leaf.agree,
      leafTotal: this.leaf.total,
      leafAccuracy: percent(this.leaf.agree, this.leaf.total),
      fields: this.tally.toJson(),
      failures: this.failures,
    };
  }
}

function treeMapping(model: string): ((json: Record<string, unknown>) => ExpectedFeed) | null {
  if (model === 'atom') return fromAtomTree;
  if (model === 'rss') return fromRssTree;
  if (model === 'json') return fromJsonTree;
  return null;
}

async function scoreCase(
  dir: string,
  entry: GofeedCase,
  runner: FeedRunner,
  groups: { universal: Group; trees: Group },
  detect: GofeedScore['detect'],
): Promise<void> {
  const outcome = await runner.run(await readFile(path.join(dir, entry.input)), null);
  if (entry.expected === null) {
    detect.cases++;
    const typeAgrees = (feedType: string | null): boolean => runner.lacks.has('feedType') || feedType === entry.expectFeedType;
    const pass = entry.expectError
      ? !outcome.ok
      : outcome.ok && typeAgrees(outcome.feed.feedType) && (outcome.feed.title ?? null) === (entry.expectTitle ?? null);
    if (pass) detect.passed++;
    else detect.failures.push(entry.input);
    return;
  }
  const expected = JSON.parse(await readFile(path.join(dir, entry.expected), 'utf8')) as Record<string, unknown>;
  const universal = entry.model === 'universal';
  const group = universal ? groups.universal : groups.trees;
  const map = universal ? fromUniversal : treeMapping(entry.model);
  if (!map) return;
  const options: CompareOptions = universal
    ? { mode: 'strict', authors: 'set', enclosures: 'set', lacks: runner.lacks }
    : { mode: 'expected', authors: 'set', enclosures: 'set', lacks: runner.lacks, textDepth: 2 };
  if (outcome.ok) return group.record(entry.input, compareFeeds(map(expected), outcome.feed, options));
  // A parse failure misses every leaf the golden has.
  const missed = compareFeeds(map(expected), EMPTY_FEED, { ...options, mode: 'expected' }).map((comparison) => ({
    ...comparison,
    agree: false,
  }));
  group.record(entry.input, missed, outcome.error);
}

/** Scores one parser on the gofeed set. */
export async function scoreGofeed(dir: string, runner: FeedRunner): Promise<GofeedScore> {
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { cases: GofeedCase[] };
  const groups = { universal: new Group(), trees: new Group() };
  const detect: GofeedScore['detect'] = { cases: 0, passed: 0, passRate: 0, failures: [] };
  for (const entry of index.cases) await scoreCase(dir, entry, runner, groups, detect);
  detect.passRate = percent(detect.passed, detect.cases);
  return { universal: groups.universal.score(), detect, trees: groups.trees.score() };
}
