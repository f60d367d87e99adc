/** The brief stage's input and options: a story's articles, labels and earlier related events. */
import type { Label, Sentence, TimelineEvent } from '../../domain/index.js';

/** One article of the story as the brief stage needs it; `sentences` skips segmentation when given. */
export interface BriefArticle {
  id: string;
  /** Display name of the outlet, e.g. "Meridian Wire"; it prefixes the quote ("Meridian Wire reported: …"). */
  outlet: string;
  url: string | null;
  title: string;
  text?: string;
  sentences?: Sentence[];
  /** ISO time; relative dates in the text ("on Wednesday") resolve against it. */
  published: string | null;
  language: string;
  /** The earlier related story the article belongs to, when it is not one of the story's own. */
  relatedStoryId?: string;
}

/** An earlier story related to this one: its dated sentences may join the timeline, citing its articles. */
export interface RelatedStory {
  storyId: string;
  /** When the related story began (ISO); only stories older than this one's articles are context. */
  firstSeen: string;
  articles: BriefArticle[];
}

export interface BriefInput {
  storyId: string;
  articles: BriefArticle[];
  /** The story's labels; audience labels feed "Who should care". */
  labels?: Label[];
  /** Dated events of earlier related stories, already cited, added to the timeline. */
  relatedEvents?: TimelineEvent[];
  /** Earlier related stories: the timeline takes their dated events that bear on this story. */
  relatedStories?: RelatedStory[];
}

export interface ComposeOptions {
  /** The board's language: the brief is written in it when any article is; default "en". */
  language?: string;
  /** ISO time recorded as createdAt; default now. */
  createdAt?: string;
  /** Version number of this brief; default 1 (see nextVersion). */
  version?: number;
  /** Source sentences ("articleId#sentenceId") no section may take: how a second draft avoids what the verifier dropped. */
  exclude?: ReadonlySet<string>;
  /** Article titles the verifier dropped as a headline: the second draft heads the brief another way. */
  excludeTitles?: ReadonlySet<string>;
}
