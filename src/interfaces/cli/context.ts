/** What CLI commands get from the composition root: services built from config, and the demo. */
import type { NewSource } from '../../domain/source.js';
import type { RefreshDependencies } from '../../jobs/refresh-source.js';
import type { Clock } from '../../ports/clock.js';
import type { HttpClient } from '../../ports/http-client.js';
import type { Logger } from '../../ports/logger.js';
import type { Store } from '../../ports/store.js';
import type { WebContext } from '../web/web-context.js';

/** Options every command accepts and passes to the configuration as the strongest layer. */
export interface GlobalOptions {
  config?: string;
  dataDir?: string;
  port?: string;
  logLevel?: string;
}

export interface ServiceSettings {
  host: string;
  port: number;
  fetchConcurrency: number;
  dataDir: string;
}

export interface Services {
  store: Store;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  refresh: RefreshDependencies;
  settings: ServiceSettings;
  /** Releases the store and network pools. */
  close(): Promise<void>;
}

export interface DemoPublisher {
  url: string;
  allowEntry: string;
  sources: NewSource[];
  articleCount: number;
  close(): Promise<void>;
}

export interface CliContext {
  /** Builds services; `extraAllow` adds fetch allow-list entries (the demo publisher). */
  services(options: GlobalOptions, extraAllow?: string[]): Promise<Services>;
  /** Starts the demo publisher on loopback. */
  startDemoPublisher(options: GlobalOptions): Promise<DemoPublisher>;
  /** Serves the web UI. */
  startWeb(context: WebContext, host: string, port: number): Promise<{ url: string; close(): Promise<void> }>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes that mean something to scripts. */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;
