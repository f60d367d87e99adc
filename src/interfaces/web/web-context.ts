/** What the web interface needs from the composition root. */
import type { Clock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import type { Store } from '../../ports/store.js';

export interface WebContext {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Reports whether background work is healthy, for /healthz. */
  status: () => { ingesting: boolean; lastPassAt: string | null };
}
