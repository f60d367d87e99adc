/** The add-source job's dependencies from the web context, with a stand-in when there is no network. */
import type { AddSourceDependencies } from '../../../jobs/add-source.js';
import type { HttpClient } from '../../../ports/http-client.js';
import { fail } from '../../../shared/result.js';
import type { WebContext } from '../web-context.js';

// Only reached if a check is asked for without a client; callers store unchecked instead.
const NO_NETWORK: HttpClient = {
  get: async (request) =>
    fail('fetch', 'no-network', `no HTTP client configured for ${request.url}`, {
      userMessage: 'This server cannot fetch feeds; add the source unchecked.',
    }),
};

/** Returns store, HTTP client and clock for addSource. */
export function addSourceDependencies(context: WebContext): AddSourceDependencies {
  return { store: context.store, http: context.http ?? NO_NETWORK, clock: context.clock };
}
