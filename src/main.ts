/** Composition root: reads config, builds adapters, hands them to the interfaces. The only file that knows them all. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHttpClient } from './adapters/http/undici-http-client.js';
import { createOpenAiChatModel } from './adapters/llm/openai-chat.js';
import { createOpenAiEmbedder } from './adapters/llm/openai-embeddings.js';
import { createSmtpMailer } from './adapters/mail/smtp-mailer.js';
import { createJsonLogger, type LogLevel } from './adapters/logging/json-logger.js';
import { SqliteStore } from './adapters/storage/sqlite/sqlite-store.js';
import { systemClock } from './adapters/system-clock.js';
import { ConfigError, loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { DEFAULT_TAXONOMY, parseTaxonomy, type Taxonomy } from './pipeline/classify/index.js';
import { loadDemoCorpus } from './demo/corpus.js';
import { startPublisher } from './demo/publisher.js';
import { demoSources } from './demo/register.js';
import type { BackgroundPassRequest, CliContext, GlobalOptions, LanguageModelSettings, Services } from './interfaces/cli/context.js';
import type { Embedder } from './ports/embedder.js';
import type { LanguageModel } from './ports/language-model.js';
import { type Result, fail, ok } from './shared/result.js';
import { runProgram } from './interfaces/cli/program.js';
import { fileChangeToken } from './interfaces/web/cache/file-version.js';
import { startWebServer } from './interfaces/web/server.js';
import { startPipelineWorker } from './pipeline-worker-host.js';
import type { SiteSettings } from './interfaces/web/web-context.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = '0.1.0';

function configFrom(options: GlobalOptions): Config {
  return loadConfig({ file: options.config, overrides: { dataDir: options.dataDir, port: options.port, logLevel: options.logLevel } });
}

function siteSettings(config: Config): SiteSettings {
  return {
    publicUrl: config.publicUrl || null,
    adminPassword: config.adminPassword || null,
    adminToken: config.adminToken || null,
    sessionSecret: config.sessionSecret || null,
    feedbackRateLimitPerHour: config.feedbackRateLimitPerHour,
    apiCorsOrigins: config.apiCorsOrigins,
  };
}

/** Returns the configured taxonomy file's taxonomy, or the shipped default; a bad file stops start-up with its field named. */
function taxonomyFrom(config: Config): Taxonomy {
  if (!config.taxonomyFile) return DEFAULT_TAXONOMY;
  const path = resolve(config.taxonomyFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`config: taxonomyFile: cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = parseTaxonomy(text, path);
  if (!parsed.ok) throw new ConfigError(`config: taxonomyFile: ${parsed.error.message}`);
  return parsed.value;
}

/** Builds the services a command needs from the configuration. */
export async function buildServices(config: Config, extraAllow: string[] = []): Promise<Services> {
  // Read before anything opens, so that a bad taxonomy file leaves no database handle behind.
  const taxonomy = taxonomyFrom(config);
  const logger = createJsonLogger(config.logLevel as LogLevel);
  const databasePath = join(config.dataDir, 'groundwire.db');
  const store = SqliteStore.open(databasePath);
  const mailer = config.smtpHost
    ? createSmtpMailer({
        host: config.smtpHost,
        port: config.smtpPort,
        user: config.smtpUser || null,
        password: config.smtpPassword || null,
      })
    : null;
  const http = createHttpClient({
    allow: [...config.fetchAllow, ...extraAllow],
    userAgent: `Groundwire/${VERSION} (+${config.fetchContactUrl})`,
    timeoutMs: config.fetchTimeoutSeconds * 1000,
    maxBytes: config.fetchMaxMegabytes * 1024 * 1024,
    hostConcurrency: config.fetchHostConcurrency,
    hostDelayMs: config.fetchHostDelaySeconds * 1000,
  });
  const schedule = { minMinutes: config.refreshMinMinutes, maxMinutes: config.refreshMaxMinutes };
  const chatModel = await chatModelFrom(config);
  const briefModel = config.briefEngine === 'llm' ? chatModel : null;
  const embeddings = embedderFrom(config);
  return {
    store,
    http,
    clock: systemClock,
    logger,
    refresh: { store, http, clock: systemClock, logger, schedule },
    pipeline: {
      fetchConcurrency: config.fetchConcurrency,
      extractConcurrency: config.fetchConcurrency,
      maxExtractionAttempts: 3,
      taxonomy,
      cluster: { staleAfterHours: config.staleAfterHours },
      dedupe: {},
      ...(embeddings ? { embedder: embeddings.embedder } : {}),
      prepareThreads: config.clusterPrepareThreads,
      ...(chatModel && config.llmLabels ? { labelModel: { model: chatModel.model, timeoutMs: config.llmTimeoutSeconds * 1000 } } : {}),
      boardLanguage: config.boardLanguage,
      ...(briefModel
        ? {
            briefModel: {
              model: briefModel.model,
              timeoutMs: config.llmTimeoutSeconds * 1000,
              judge: config.llmJudge,
              prices: { inputPerMillion: config.llmInputPricePerMillion, outputPerMillion: config.llmOutputPricePerMillion },
            },
          }
        : {}),
    },
    settings: { host: config.host, port: config.port, fetchConcurrency: config.fetchConcurrency, dataDir: config.dataDir },
    site: siteSettings(config),
    mailer,
    mail: { from: config.smtpFrom, to: config.digestTo },
    // Every commit, by this process or another, writes the WAL file (or the database itself).
    dataVersion: fileChangeToken([databasePath, `${databasePath}-wal`]),
    async close() {
      await chatModel?.close();
      await embeddings?.close();
      await mailer?.close();
      await http.close();
      await store.close();
    },
  };
}

/** Builds the services of the pipeline worker: the server's config, its own store connection and HTTP pools. */
export async function buildPassServices(request: BackgroundPassRequest): Promise<Services> {
  const services = await buildServices(configFrom(request.options), request.extraAllow);
  if (request.staleAfterHours === undefined) return services;
  const cluster = { ...services.pipeline.cluster, staleAfterHours: request.staleAfterHours };
  return { ...services, pipeline: { ...services.pipeline, cluster } };
}

/** Builds the OpenAI-compatible model from config and overrides, over its own HTTP client that lets the endpoint through. */
export async function buildLanguageModel(
  config: Config,
  overrides: Partial<LanguageModelSettings> = {},
): Promise<Result<{ model: LanguageModel; close(): Promise<void> }>> {
  const settings: LanguageModelSettings = {
    baseUrl: overrides.baseUrl ?? config.llmBaseUrl,
    model: overrides.model ?? config.llmModel,
    apiKey: overrides.apiKey ?? (config.llmApiKey || null),
    timeoutMs: overrides.timeoutMs ?? config.llmTimeoutSeconds * 1000,
  };
  if (!settings.baseUrl || !settings.model) {
    return fail('brief', 'no-model', 'no LLM endpoint configured', {
      userMessage: 'Set llmBaseUrl and llmModel (GROUNDWIRE_LLM_BASE_URL, GROUNDWIRE_LLM_MODEL) or pass --llm-base-url and --llm-model.',
    });
  }
  const endpoint = new URL(settings.baseUrl);
  // The operator named this endpoint, so the guard lets exactly its host:port through (local servers included).
  const port = endpoint.port || (endpoint.protocol === 'https:' ? '443' : '80');
  const http = createHttpClient({
    allow: [...config.fetchAllow, `${endpoint.hostname}:${port}`],
    userAgent: `Groundwire/${VERSION} (+${config.fetchContactUrl})`,
    timeoutMs: settings.timeoutMs,
    maxBytes: config.fetchMaxMegabytes * 1024 * 1024,
  });
  const model = createOpenAiChatModel({
    http,
    baseUrl: settings.baseUrl,
    model: settings.model,
    apiKey: settings.apiKey,
    timeoutMs: settings.timeoutMs,
  });
  return ok({ model, close: () => http.close() });
}

/** The embeddings endpoint for clustering when configured, over its own HTTP client that lets exactly its host through. */
function embedderFrom(config: Config): { embedder: Embedder; close(): Promise<void> } | null {
  if (!config.embeddingsBaseUrl || !config.embeddingsModel) return null;
  const endpoint = new URL(config.embeddingsBaseUrl);
  const port = endpoint.port || (endpoint.protocol === 'https:' ? '443' : '80');
  const http = createHttpClient({
    allow: [...config.fetchAllow, `${endpoint.hostname}:${port}`],
    userAgent: `Groundwire/${VERSION} (+${config.fetchContactUrl})`,
    timeoutMs: config.llmTimeoutSeconds * 1000,
    maxBytes: config.fetchMaxMegabytes * 1024 * 1024,
  });
  const embedder = createOpenAiEmbedder(http, {
    baseUrl: config.embeddingsBaseUrl,
    model: config.embeddingsModel,
    apiKey: config.embeddingsApiKey || null,
  });
  return { embedder, close: () => http.close() };
}

/** The language model when config asks for one (the LLM brief engine, or label proposals); asking without an endpoint is an error. */
async function chatModelFrom(config: Config): Promise<{ model: LanguageModel; close(): Promise<void> } | null> {
  const wanted = [config.briefEngine === 'llm' ? 'briefEngine is "llm"' : '', config.llmLabels ? 'llmLabels is on' : ''].filter(Boolean);
  if (wanted.length === 0) return null;
  const built = await buildLanguageModel(config);
  if (!built.ok)
    throw new ConfigError(`config: ${wanted.join(' and ')} but no model is configured. ${built.error.userMessage ?? ''}`.trim());
  return built.value;
}

/** The context the CLI runs with in production. */
export function createCliContext(): CliContext {
  return {
    services: async (options, extraAllow) => buildServices(configFrom(options), extraAllow),
    async startDemoPublisher(options) {
      const config = configFrom(options);
      const corpus = loadDemoCorpus(join(PACKAGE_ROOT, 'demo'));
      const publisher = await startPublisher(corpus, config.demoPort);
      return {
        ...publisher,
        sources: demoSources(corpus, publisher.url),
        articleCount: corpus.articles.length,
        newestPublished: corpus.articles[0]?.published ?? new Date().toISOString(),
      };
    },
    startWeb: startWebServer,
    startPasses: (request, logger) => startPipelineWorker(request, logger),
    async languageModel(options, overrides) {
      const config = configFrom(options);
      const built = await buildLanguageModel(config, overrides);
      return built.ok ? ok({ ...built.value, judge: config.llmJudge }) : built;
    },
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/** Runs the CLI with process.argv and sets the exit code. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  process.exitCode = await runProgram(createCliContext(), argv);
}
