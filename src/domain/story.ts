/** Stories group articles about one event across outlets and languages; labels carry their evidence. */
import type { SentenceRef } from './sentence.js';

export type LabelKind = 'board' | 'tag' | 'region' | 'audience';

/** A sentence that earned a label, quoted so a reader can see why. */
export interface Evidence extends SentenceRef {
  text: string;
  /** When the sentence ends a quotation it did not open, the sentences before it that open it, for a reader to see it whole. */
  quotationStart?: string;
}

export interface Label {
  kind: LabelKind;
  /** Taxonomy id, e.g. "energy-power", "power", "europe", "infrastructure-engineers". */
  id: string;
  name: string;
  score: number;
  /** Never empty: a label without a supporting sentence is not given. */
  evidence: Evidence[];
  /** Set when a language model proposed the label (the taxonomy's cues in its evidence kept it); absent from the rules. */
  proposedBy?: 'model';
}

/** A company, product or public body a story's headlines name: who the story is about. */
export interface StorySubject {
  /** Alias-table id. */
  id: string;
  /** Share of the story's headlines that name it (0..1): a main subject is in most, a partner or customer in one. */
  share: number;
}

export type Freshness = 'developing' | 'stale';

export interface Story {
  id: string;
  title: string;
  firstSeen: string;
  lastUpdated: string;
  articleIds: string[];
  articleCount: number;
  outletCount: number;
  languages: string[];
  labels: Label[];
}
