/** The cluster stage's default feature finders: entities and quantities from the entities stage, Chinese words from segment. */
import { extractQuantities, findEntities } from '../entities/index.js';
import { tokenize } from '../segment/index.js';
import type { FeatureFinders, FoundMentions } from './prepare.js';

const NAME_PREFIX = 'name:';

/**
 * Plain numbers below this say little about an event ("three banks", "31 services"); amounts, percentages,
 * measures and dates always count, as do large counts ("12,000 exposed servers").
 */
const MIN_PLAIN_NUMBER = 1000;

/** Finders backed by the alias table, the quantity extractor and jieba. */
export const DEFAULT_FINDERS: FeatureFinders = {
  mentions(text) {
    const found: FoundMentions = { entities: [], places: [], names: [] };
    for (const mention of findEntities(text)) {
      if (mention.source === 'name')
        found.names.push({
          key: mention.id.startsWith(NAME_PREFIX) ? mention.id.slice(NAME_PREFIX.length) : mention.id,
          start: mention.start,
        });
      else (mention.kind === 'place' ? found.places : found.entities).push({ key: mention.id, start: mention.start });
    }
    return found;
  },
  quantities(text, language, published) {
    return extractQuantities(text, { language, reference: published })
      .filter((quantity) => quantity.kind !== 'number' || Math.abs(quantity.value) >= MIN_PLAIN_NUMBER)
      .map((quantity) => ({ key: quantity.key, start: quantity.start }));
  },
  tokenizeChinese: (text) => tokenize(text, 'zh'),
};
