/** Shapes the classify stage reads: a taxonomy with cue phrases, and a story's articles as sentences. */
import type { LabelKind } from '../../domain/story.js';
import type { Sentence } from '../../domain/sentence.js';

/**
 * One label of the taxonomy. Cues are phrases that earn it when a sentence contains them:
 * lowercase English cues match in any case at word boundaries, spaces and hyphens alike ("outage*" also matches
 * "outages", a lone "*" stands for any one word: "cuts * jobs");
 * a cue written with capitals matches only as written ("EU", "Virginia"); Chinese cues match as substrings.
 * Strong cues name the topic outright ("export controls"); weak cues only hint at it ("restrictions") and
 * count for a label only when repeated.
 */
export interface TaxonomyEntry {
  id: string;
  name: string;
  /** English cue phrases that name the topic. */
  en: string[];
  /** Chinese cue phrases that name the topic, simplified and traditional. */
  zh: string[];
  /** Cue phrases, in either language, that hint at the topic. */
  weak?: string[];
  /** Phrases that contain a cue but mean something else ("power users"): masked before the cues are matched. */
  not?: string[];
  /**
   * Phrases that deny the topic ("no law", "does not apply"): a sentence holding one says the label does not hold, so
   * none of its cues count (masking the phrase alone would leave "the AI Act" in "the AI Act does not apply").
   */
  denials?: string[];
  /**
   * Entity ids (from the entities stage's alias table) whose mention is a strong cue in any language:
   * places for regions ("virginia" is found in "弗吉尼亚" too), companies for the board of their sector.
   */
  entities?: string[];
  /**
   * Id of the broader label of the same kind that this one narrows ("export-controls" narrows "regulation"): when a
   * story earns both, it keeps the narrower, which says more.
   */
  broader?: string;
  /**
   * Ids of labels of the same kind whose topic this one commonly accompanies as cause, remedy or object (a skills gap
   * and the training meant to close it; export controls and the chips they govern): beside one of them, this label is
   * kept with less presence in the text, since a story about the one often states the other in a sentence or two.
   */
  companions?: string[];
  /**
   * For an audience: ids of boards and tags whose stories bear on this audience's work (a funding story concerns
   * investors): a story given one of them gets the audience, with that label's evidence.
   */
  concernedBy?: string[];
  /**
   * For an audience: phrases that name the audience itself among those the news reaches (lenders, security teams,
   * 投资人): one sentence that names them so shows the story bears on their work, where a topic cue would need a paragraph.
   */
  actors?: string[];
}

/** The labels a story can get, per kind. */
export interface Taxonomy {
  boards: TaxonomyEntry[];
  tags: TaxonomyEntry[];
  regions: TaxonomyEntry[];
  audiences: TaxonomyEntry[];
}

/** One article of a story, as sentences (from the segment stage). The outlet is carried, never used as evidence. */
export interface ClassifyArticle {
  id: string;
  outlet?: string | null;
  language: string;
  /** The headline: it weighs in the score but is never evidence (evidence cites sentences of the text). */
  title?: string | null;
  sentences: Sentence[];
  /** Paragraphs at the head of the text that are the page's standfirst (0 or absent: none); the lead runs past them. */
  standfirst?: number;
}

/** A story to label. */
export interface ClassifyInput {
  articles: ClassifyArticle[];
}

/** Options of classifyStory; every field has a default. */
export interface ClassifyOptions {
  /** Evidence sentences kept per label (default 3). */
  maxEvidence?: number;
  /** Label kinds to produce (default all four). */
  kinds?: LabelKind[];
}
