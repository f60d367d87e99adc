/** Composition root: reads config, builds adapters, hands them to the interfaces. The only file that knows them all. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHttpClient } from './adapters/http/undici-http-client.js';
import { createJsonLogger, type LogLevel } from './adapters/logging/json-logger.js';
import { SqliteStore } from './adapters/storage/sqlite/sqlite-store.js';
import { systemClock } from './adapters/system-clock.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { loadDemoCorpus } from './demo/corpus.js';
import { startPublisher } from './demo/publisher.js';
import { demoSources } from './demo/register.js';
import type { CliContext, GlobalOptions, Services } from './interfaces/cli/context.js';
import { runProgram } from './interfaces/cli/program.js';
import { startWebServer } from './interfaces/web/server.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = '0.1.0';

function configFrom(options: GlobalOptions): Config {
  return loadConfig({ file: options.config, overrides: { dataDir: options.dataDir, port: options.port, logLevel: options.logLevel } });
}

/** Builds the services a command needs from the configuration. */
export async function buildServices(config: Config, extraAllow: string[] = []): Promise<Services> {
  const logger = createJsonLogger(config.logLevel as LogLevel);
  const store = SqliteStore.open(join(config.dataDir, 'groundwire.db'));
  const http = createHttpClient({
    allow: [...config.fetchAllow, ...extraAllow],
    userAgent: `Groundwire/${VERSION} (+${config.fetchContactUrl})`,
    timeoutMs: config.fetchTimeoutSeconds * 1000,
    maxBytes: config.fetchMaxMegabytes * 1024 * 1024,
    hostConcurrency: config.fetchHostConcurrency,
    hostDelayMs: config.fetchHostDelaySeconds * 1000,
  });
  const schedule = { minMinutes: config.refreshMinMinutes, maxMinutes: config.refreshMaxMinutes };
  return {
    store,
    http,
    clock: systemClock,
    logger,
    refresh: { store, http, clock: systemClock, logger, schedule },
    settings: { host: config.host, port: config.port, fetchConcurrency: config.fetchConcurrency, dataDir: config.dataDir },
    async close() {
      await http.close();
      await store.close();
    },
  };
}

/** The context the CLI runs with in production. */
export function createCliContext(): CliContext {
  return {
    services: async (options, extraAllow) => buildServices(configFrom(options), extraAllow),
    async startDemoPublisher(options) {
      const config = configFrom(options);
      const corpus = loadDemoCorpus(join(PACKAGE_ROOT, 'demo'));
      const publisher = await startPublisher(corpus, config.demoPort);
      return { ...publisher, sources: demoSources(corpus, publisher.url), articleCount: corpus.articles.length };
    },
    startWeb: startWebServer,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/** Runs the CLI with process.argv and sets the exit code. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  process.exitCode = await runProgram(createCliContext(), argv);
}
