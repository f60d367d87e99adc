/** Registers the demo outlets as sources pointing at a running publisher. */
import type { NewSource } from '../domain/source.js';
import type { DemoCorpus } from './corpus.js';
import { feedUrl } from './urls.js';

/** Returns the sources to add for the demo: one per outlet, with its region, language and feed URL. */
export function demoSources(corpus: DemoCorpus, publisherUrl: string): NewSource[] {
  return corpus.outlets.map((outlet) => ({
    id: outlet.id,
    name: outlet.name,
    feedUrl: feedUrl(publisherUrl, outlet),
    homepage: `${publisherUrl}/${outlet.id}/`,
    region: outlet.region,
    language: outlet.language,
    boards: [],
  }));
}
