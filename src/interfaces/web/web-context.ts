/** What the web interface needs from the composition root. */
import type { Clock } from '../../ports/clock.js';
import type { HttpClient } from '../../ports/http-client.js';
import type { Logger } from '../../ports/logger.js';
import type { Store } from '../../ports/store.js';
import type { Taxonomy } from '../../pipeline/classify/index.js';

/** Site-wide settings from config: public address, admin credentials, secrets and limits. */
export interface SiteSettings {
  /** Absolute base URL for links in feeds and mail; null derives it from each request. */
  publicUrl: string | null;
  /** Admin login secrets; with neither set, /admin explains how to set one. */
  adminPassword: string | null;
  adminToken: string | null;
  /** Signs session and CSRF cookies; null draws one at start-up (sessions then end on restart). */
  sessionSecret: string | null;
  /** Feedback submissions (votes and reports) one client may send per hour. */
  feedbackRateLimitPerHour: number;
  /** Origins allowed to call /api/v1 from a browser; empty keeps CORS off. */
  apiCorsOrigins: string[];
}

export interface WebContext {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** A story with no new article for this many hours shows as Stale (config staleAfterHours). */
  staleAfterHours: number;
  /** Reports whether background work is healthy, for /healthz. */
  status: () => { ingesting: boolean; lastPassAt: string | null };
  /** Outgoing HTTP, used by admin to check a new feed; without it sources are added unchecked. */
  http?: HttpClient;
  /** Settings from config; absent in tests, where defaults apply (admin off, CORS off). */
  site?: Partial<SiteSettings>;
  /** Returns a value that changes whenever stored data changes; enables the rendered-page cache. */
  dataVersion?: () => string;
  /** The taxonomy the pipeline labels with (config taxonomyFile); absent, the shipped default names boards and filters. */
  taxonomy?: Taxonomy;
}
