/** The cluster stage: online story clustering across outlets and languages, with repair and snapshots. */
import { DEFAULT_FINDERS } from './default-finders.js';
import { prepareWith, type ClusterInput, type FeatureFinders } from './prepare.js';
import type { ClusterDocument } from './types.js';

export { createClusterer, type Clusterer } from './clusterer.js';
export type { EncodedDocument, PreparedDocument } from './codebook.js';
export { createPreparePool, preparedInOrder, type PreparePool } from './prepare-pool.js';
export { guessLanguage, PLAIN_FINDERS, type ClusterInput, type FeatureFinders, type FoundMentions } from './prepare.js';
export type { AddResult, ClusterDocument, ClusterOptions, ClusterSnapshot, RepairChange, StoryState } from './types.js';

/** Turns an article into the clusterer's document: terms, entity ids, names and quantities (found unless given). */
export function prepareClusterDocument(input: ClusterInput, finders: FeatureFinders = DEFAULT_FINDERS): ClusterDocument {
  return prepareWith(finders, input);
}
