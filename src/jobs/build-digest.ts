/**
 * Use case: the recap. Picks the stories active in a day or a week, ranks them (digest-ranking.ts)
 * and assembles a grounded digest: every line is a sentence of a stored, verified brief, carrying
 * its citations renumbered as one reference list for the whole digest. Nothing here is written anew.
 */
import type { BriefSentence, Reference } from '../domain/brief.js';
import type { Story } from '../domain/story.js';
import type { Clock } from '../ports/clock.js';
import type { FeedbackCounts } from '../ports/feedback-store.js';
import type { Store } from '../ports/store.js';
import type { StoredBrief } from '../ports/story-store.js';
import { rankStories } from './digest-ranking.js';

export type DigestPeriod = 'day' | 'week';

export interface DigestOptions {
  period: DigestPeriod;
  /** End of the window (default: now). */
  end?: Date;
  /** Start of the window (default: one period before the end). */
  start?: Date;
  /** Most stories in the digest (default 5 for a day, 10 for a week). */
  limit?: number;
  /** Editor's Brief sentences per story after the hook (default 3). */
  linesPerStory?: number;
}

/** One sentence of a brief, with the digest-wide numbers of the articles it cites. */
export interface DigestLine {
  text: string;
  refs: number[];
}

export interface DigestStory {
  storyId: string;
  headline: DigestLine;
  hook: DigestLine | null;
  lines: DigestLine[];
  outlets: string[];
  outletCount: number;
  articleCount: number;
  firstSeen: string;
  lastUpdated: string;
  boards: { id: string; name: string }[];
  briefVersion: number;
  score: number;
  feedback: FeedbackCounts | null;
}

/** A cited article, numbered once for the whole digest. */
export type DigestReference = Reference;

export interface Digest {
  period: DigestPeriod;
  start: string;
  end: string;
  generatedAt: string;
  /** Stories active in the window that had a brief, before the limit. */
  candidates: number;
  stories: DigestStory[];
  references: DigestReference[];
}

export interface DigestDependencies {
  store: Store;
  clock: Clock;
}

const PERIOD_HOURS: Record<DigestPeriod, number> = { day: 24, week: 168 };
// Recency halves over half a day for a daily recap and three days for a weekly one.
const HALF_LIFE_HOURS: Record<DigestPeriod, number> = { day: 12, week: 72 };
const PAGE = 200;

/** Builds the digest for the period ending at `options.end` (default now). */
export async function buildDigest(deps: DigestDependencies, options: DigestOptions): Promise<Digest> {
  const end = options.end ?? deps.clock.now();
  const start = options.start ?? new Date(end.getTime() - PERIOD_HOURS[options.period] * 3_600_000);
  const briefed = await briefedStories(deps.store, await activeStories(deps.store, start, end));
  const feedback = await deps.store.feedback.countsFor(briefed.map(({ story }) => story.id));
  const ranked = rankStories(
    briefed.map(({ story }) => ({
      storyId: story.id,
      outletCount: story.outletCount,
      lastUpdated: story.lastUpdated,
      feedback: feedback.get(story.id) ?? null,
    })),
    { end, halfLifeHours: HALF_LIFE_HOURS[options.period] },
  );
  const chosen = ranked.slice(0, options.limit ?? (options.period === 'day' ? 5 : 10));
  const byId = new Map(briefed.map((item) => [item.story.id, item]));
  const coverage = await deps.store.stories.coverage(chosen.map((rank) => rank.storyId));
  const book = new ReferenceBook();
  const stories = chosen.map((rank) => {
    const item = byId.get(rank.storyId) as { story: Story; brief: StoredBrief };
    const outlets = coverage.get(rank.storyId)?.outlets.map((outlet) => outlet.name) ?? [];
    return digestStory(item.story, item.brief, book, {
      score: rank.score,
      feedback: rank.feedback,
      lines: options.linesPerStory ?? 3,
      outlets,
    });
  });
  return {
    period: options.period,
    start: start.toISOString(),
    end: end.toISOString(),
    generatedAt: deps.clock.now().toISOString(),
    candidates: briefed.length,
    stories,
    references: book.list(),
  };
}

/** Lists live stories updated in [start, end) or later but begun before `end`; the store returns newest first. */
async function activeStories(store: Store, start: Date, end: Date): Promise<Story[]> {
  const found: Story[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.stories.list({ limit: PAGE, offset });
    for (const story of page) {
      if (Date.parse(story.lastUpdated) < start.getTime()) return found;
      if (Date.parse(story.firstSeen) < end.getTime()) found.push(story);
    }
    if (page.length < PAGE) return found;
  }
}

async function briefedStories(store: Store, stories: readonly Story[]): Promise<{ story: Story; brief: StoredBrief }[]> {
  const briefs = await Promise.all(stories.map((story) => store.stories.brief(story.id)));
  return stories.flatMap((story, i) => {
    const brief = briefs[i];
    return brief ? [{ story, brief }] : [];
  });
}

function digestStory(
  story: Story,
  stored: StoredBrief,
  book: ReferenceBook,
  extra: { score: number; feedback: FeedbackCounts | null; lines: number; outlets: string[] },
): DigestStory {
  const { brief } = stored;
  const sources = new Map(brief.references.map((reference) => [reference.articleId, reference]));
  const line = (sentence: BriefSentence): DigestLine => ({ text: sentence.text, refs: book.cite(sentence, sources) });
  const headline = line(brief.headline);
  const hook = brief.hook ? line(brief.hook) : null;
  const seen = new Set([headline.text, hook?.text]);
  // Only cited sentences make it in: the digest carries nothing its sources do not support.
  const lines = brief.editorsBrief
    .filter((sentence) => !seen.has(sentence.text) && sentence.citations.length > 0)
    .slice(0, extra.lines)
    .map(line)
    .filter((item) => item.refs.length > 0);
  return {
    storyId: story.id,
    headline: headline.refs.length > 0 ? headline : { text: story.title, refs: [] },
    hook: hook && hook.refs.length > 0 ? hook : null,
    lines,
    // The outlets that covered the story, as its page lists them: a reference can come from an earlier story.
    outlets: extra.outlets,
    outletCount: story.outletCount,
    articleCount: story.articleCount,
    firstSeen: story.firstSeen,
    lastUpdated: story.lastUpdated,
    boards: story.labels.filter((label) => label.kind === 'board').map((label) => ({ id: label.id, name: label.name })),
    briefVersion: stored.version,
    score: extra.score,
    feedback: extra.feedback,
  };
}

/** Numbers cited articles across the whole digest, in order of first citation; a line lists its numbers in order. */
class ReferenceBook {
  private readonly numbers = new Map<string, DigestReference>();

  cite(sentence: BriefSentence, sources: ReadonlyMap<string, Reference>): number[] {
    const refs: number[] = [];
    for (const citation of sentence.citations) {
      const source = sources.get(citation.articleId);
      // A citation the brief's own reference list lacks cannot be shown with an outlet: leave it out.
      if (!source) continue;
      let entry = this.numbers.get(citation.articleId);
      if (!entry) {
        entry = { ...source, n: this.numbers.size + 1 };
        this.numbers.set(citation.articleId, entry);
      }
      if (!refs.includes(entry.n)) refs.push(entry.n);
    }
    return refs.sort((a, b) => a - b);
  }

  list(): DigestReference[] {
    return [...this.numbers.values()];
  }
}
