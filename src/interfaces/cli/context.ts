/** What CLI commands get from the composition root: services built from config, and the demo. */
import type { NewSource } from '../../domain/source.js';
import type { LanguageModel } from '../../ports/language-model.js';
import type { Result } from '../../shared/result.js';
import type { PipelineOptions } from '../../jobs/pipeline-pass.js';
import type { RefreshDependencies } from '../../jobs/refresh-source.js';
import type { Clock } from '../../ports/clock.js';
import type { HttpClient } from '../../ports/http-client.js';
import type { Logger } from '../../ports/logger.js';
import type { Mailer } from '../../ports/mailer.js';
import type { Store } from '../../ports/store.js';
import type { SiteSettings, WebContext } from '../web/web-context.js';

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
  /** Pipeline options from config; callers add dueOnly, signal and progress. */
  pipeline: Omit<PipelineOptions, 'dueOnly' | 'signal' | 'onProgress'>;
  settings: ServiceSettings;
  /** Web site settings (public URL, admin login, secrets, limits). */
  site: SiteSettings;
  /** SMTP mailer for the recap; null when smtpHost is not set. */
  mailer: Mailer | null;
  /** Sender and recipients of the recap mail. */
  mail: { from: string; to: string[] };
  /** Changes whenever the database changes (any process); keys the web page cache. */
  dataVersion: () => string;
  /** Releases the store and network pools. */
  close(): Promise<void>;
}

export interface DemoPublisher {
  url: string;
  allowEntry: string;
  sources: NewSource[];
  articleCount: number;
  /** Publication time of the corpus's newest article. */
  newestPublished: string;
  close(): Promise<void>;
}

/** Where the LLM engine's endpoint is (config, overridden by command flags). */
export interface LanguageModelSettings {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
}

/** What the background passes are built from: the server's own options, so the worker reads the same config. */
export interface BackgroundPassRequest {
  options: GlobalOptions;
  /** Fetch allow-list entries added to config's (the demo publisher). */
  extraAllow: string[];
  /** Overrides config staleAfterHours (the demo widens it by its corpus's age). */
  staleAfterHours?: number;
  tickSeconds: number;
  /** Waits one tick before the first pass (the caller just ran one). */
  delayFirst: boolean;
}

/** Scheduled pipeline passes running apart from the web server. */
export interface BackgroundPasses {
  status(): { ingesting: boolean; lastPassAt: string | null };
  /** Stops scheduling; resolves once the pass in flight has committed and its store is closed. */
  stop(): Promise<void>;
}

export interface CliContext {
  /**
   * Builds the configured language model (flags override config), with whether config turns the model judge on;
   * fails with a sentence when none is configured.
   */
  languageModel?: (
    options: GlobalOptions,
    overrides: Partial<LanguageModelSettings>,
  ) => Promise<Result<{ model: LanguageModel; judge: boolean; close(): Promise<void> }>>;
  /** Builds services; `extraAllow` adds fetch allow-list entries (the demo publisher). */
  services(options: GlobalOptions, extraAllow?: string[]): Promise<Services>;
  /** Starts the demo publisher on loopback. */
  startDemoPublisher(options: GlobalOptions): Promise<DemoPublisher>;
  /** Runs scheduled passes in a worker thread with its own store; without it, `serve` runs them on the server's thread. */
  startPasses?(request: BackgroundPassRequest, logger: Logger): BackgroundPasses;
  /** Serves the web UI. */
  startWeb(context: WebContext, host: string, port: number): Promise<{ url: string; close(): Promise<void> }>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes that mean something to scripts. */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;
