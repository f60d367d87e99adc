/** Imports OPML from the admin form: every outline becomes a source, unchecked (the next pass fetches them). */
import { addSource } from '../../../jobs/add-source.js';
import { addSourceDependencies } from './add-source-deps.js';
import { parseOpml } from '../../../jobs/opml.js';
import type { WebContext } from '../web-context.js';

/** Adds the feeds in `opml`; returns a notice (what was added, what was skipped and why) or an error. */
export async function importOpml(context: WebContext, opml: string): Promise<{ notice: string | null; error: string | null }> {
  if (!opml.trim()) return { notice: null, error: 'Choose an OPML file or paste its text.' };
  const { sources, warnings } = parseOpml(opml);
  if (sources.length === 0)
    return { notice: null, error: `No feeds found in that OPML${warnings.length ? `: ${warnings.join('; ')}` : '.'}` };
  const added: string[] = [];
  const skipped: string[] = [];
  for (const source of sources) {
    // Unchecked: fetching dozens of feeds inside one request would time out; the scheduler checks them.
    const result = await addSource(addSourceDependencies(context), { ...source, check: false });
    if (result.ok) added.push(result.value.id);
    else skipped.push(`${source.feedUrl} (${result.error.userMessage ?? result.error.message})`);
  }
  context.logger.info('opml-imported', { added: added.length, skipped: skipped.length, by: 'admin' });
  const parts = [`Imported ${added.length} ${added.length === 1 ? 'source' : 'sources'}${added.length ? `: ${added.join(', ')}` : ''}.`];
  if (skipped.length) parts.push(`Skipped ${skipped.length}: ${skipped.join('; ')}.`);
  if (warnings.length) parts.push(`Warnings: ${warnings.join('; ')}.`);
  return { notice: parts.join(' '), error: null };
}
