/** Loads everything the story page shows, in as few store round trips as the ports allow. */
import type { Brief } from '../../../domain/brief.js';
import type { Story } from '../../../domain/story.js';
import { listSentences } from '../../../pipeline/brief/index.js';
import { entityById } from '../../../pipeline/entities/index.js';
import type { FeedbackCounts } from '../../../ports/feedback-store.js';
import type { Store } from '../../../ports/store.js';
import type { StoredBrief, StoryCoverage } from '../../../ports/story-store.js';
import type { ArticleWithSource } from '../../../ports/article-view.js';
import { loadCards } from '../views/load-cards.js';
import type { StoryCardData } from '../views/story-card.js';

const RELATED = 4;
// Who the story is about: named by at least half its headlines, so a customer or partner named once is left out.
const MAIN_SUBJECT_SHARE = 0.5;
const MAX_SUBJECTS = 3;

/** A company, product or body the story is about, by name. */
export interface SubjectName {
  id: string;
  name: string;
}

/** An article of the story, with the article it copies when it is syndicated. */
export type StoryArticle = ArticleWithSource & { duplicateOf: string | null };

/** Everything the story page renders. */
export interface StoryPageData {
  story: Story;
  /** The brief shown: the requested version, else the latest; null when none exists yet. */
  stored: StoredBrief | null;
  versions: Omit<StoredBrief, 'brief'>[];
  articles: StoryArticle[];
  coverage: StoryCoverage | null;
  related: StoryCardData[];
  /** Who the story is about (see MAIN_SUBJECT_SHARE). */
  subjects: SubjectName[];
  feedback: FeedbackCounts;
  /** Text of the sentences the brief cites: articleId → sentenceId → text. */
  sentences: Map<string, Map<string, string>>;
}

/** Loads the cited sentences' text for every article the brief cites. */
async function citedSentences(store: Store, brief: Brief | undefined): Promise<Map<string, Map<string, string>>> {
  const wanted = new Map<string, Set<string>>();
  for (const { sentence } of brief ? listSentences(brief) : []) {
    for (const citation of sentence.citations) {
      const ids = wanted.get(citation.articleId) ?? new Set<string>();
      citation.sentenceIds.forEach((id) => ids.add(id));
      wanted.set(citation.articleId, ids);
    }
  }
  const entries = await Promise.all(
    [...wanted].map(async ([articleId, ids]) => {
      const all = await store.articles.sentences(articleId);
      return [articleId, new Map(all.filter((s) => ids.has(s.id)).map((s) => [s.id, s.text]))] as const;
    }),
  );
  return new Map(entries);
}

/** Loads the story page's data for a live story; version selects an older brief (null when it does not exist). */
export async function loadStoryPage(store: Store, story: Story, version: number | undefined): Promise<StoryPageData | null> {
  const [stored, versions, articles, coverage, related, feedback, subjects] = await Promise.all([
    store.stories.brief(story.id, version),
    store.stories.briefVersions(story.id),
    store.stories.articles(story.id),
    store.stories.coverage([story.id]),
    store.stories.related(story.id, RELATED),
    store.feedback.counts(story.id),
    store.stories.subjects(story.id),
  ]);
  if (version !== undefined && !stored) return null;
  const [relatedCards, sentences] = await Promise.all([loadCards(store, related), citedSentences(store, stored?.brief)]);
  const main = subjects
    .filter((subject) => subject.share >= MAIN_SUBJECT_SHARE)
    .slice(0, MAX_SUBJECTS)
    .map((subject) => ({ id: subject.id, name: entityById(subject.id)?.name ?? subject.id }));
  const page = { story, stored, versions, articles, coverage: coverage.get(story.id) ?? null, related: relatedCards, feedback, sentences };
  return { ...page, subjects: main };
}
