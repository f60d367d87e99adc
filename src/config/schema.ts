/** The one configuration schema: every option with its default, type, validator and doc line. */
import { z } from 'zod';

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((s) => s.trim()).filter(Boolean));

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

// Environment variables and flags arrive as text; a config file may hold a real boolean.
const yesNo = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no', '1', '0'])])
  .transform((value) => value === true || value === 'true' || value === 'yes' || value === '1');

/** Each option: its schema (with default) and the doc line the README prints. */
export const OPTIONS = {
  dataDir: { schema: z.string().min(1).default('./data'), doc: 'Directory holding the SQLite database and other state.' },
  host: { schema: z.string().default('127.0.0.1'), doc: 'Address the web server listens on.' },
  port: { schema: integer(0, 65535).default(8080), doc: 'Port the web server listens on (0 picks a free one).' },
  logLevel: {
    schema: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    doc: 'Lowest log level written (JSON lines on stderr).',
  },
  fetchAllow: {
    schema: csv.default([]),
    doc: 'Hosts and CIDR ranges the fetch guard lets through although they are internal (comma-separated).',
  },
  fetchContactUrl: {
    schema: z.string().url().default('https://github.com/groundwire/groundwire'),
    doc: 'Contact URL sent in the User-Agent so publishers can reach the operator.',
  },
  fetchTimeoutSeconds: { schema: integer(1, 600).default(30), doc: 'Total time limit for one HTTP request.' },
  fetchMaxMegabytes: { schema: integer(1, 200).default(10), doc: 'Largest response body accepted, after decompression.' },
  fetchConcurrency: { schema: integer(1, 64).default(6), doc: 'Sources refreshed at the same time.' },
  fetchHostConcurrency: { schema: integer(1, 16).default(2), doc: 'Requests in flight to one host (hostname and port) at the same time.' },
  fetchHostDelaySeconds: {
    schema: z.coerce.number().min(0).max(60).default(1),
    doc: 'Minimum gap between two requests to one host; allow-listed hosts are exempt.',
  },
  refreshMinMinutes: { schema: integer(1, 10080).default(15), doc: 'Shortest interval between two checks of one source.' },
  refreshMaxMinutes: { schema: integer(1, 10080).default(360), doc: 'Longest interval between two checks of one source.' },
  staleAfterHours: { schema: integer(1, 8760).default(48), doc: 'A story with no new article for this long shows as Stale.' },
  taxonomyFile: {
    schema: z.string().default(''),
    doc: 'JSON taxonomy (boards, tags, regions, audiences with their cues); kinds it lists replace the shipped default, empty uses the default.',
  },
  demoPort: { schema: integer(0, 65535).default(0), doc: 'Port of the demo publisher (0 picks a free one).' },
  briefEngine: {
    schema: z.enum(['extractive', 'llm']).default('extractive'),
    doc: 'Brief engine: extractive (offline, no key) or llm (needs llmBaseUrl and llmModel); the verifier checks both.',
  },
  boardLanguage: {
    schema: z.string().min(2).default('en'),
    doc: 'Language briefs are written in when any source uses it (the LLM engine translates the others).',
  },
  llmBaseUrl: {
    schema: z.union([z.literal(''), z.string().url()]).default(''),
    doc: 'OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1 (the fetch guard lets this host through).',
  },
  llmModel: { schema: z.string().default(''), doc: 'Model name sent to the LLM endpoint.' },
  llmApiKey: { schema: z.string().default(''), doc: 'Bearer token for the LLM endpoint (empty for local servers that need none).' },
  llmJudge: {
    schema: yesNo.default(false),
    doc: 'With the llm engine, the model also judges each sentence the verifier supports against the sentences it cites; one it rejects is rewritten once, then dropped. It can reject, never rescue.',
  },
  llmLabels: {
    schema: yesNo.default(false),
    doc: "The configured model also proposes labels (boards, tags, region, audiences) for each story the rules label; a proposal is kept only when a sentence it cites carries the label's cue. Of the rules' labels it may take away audiences only, each with a reason, never a story's last.",
  },
  llmTimeoutSeconds: { schema: integer(1, 600).default(60), doc: 'Time limit of one LLM request.' },
  llmInputPricePerMillion: {
    schema: z.coerce.number().min(0).default(0),
    doc: 'Price per million prompt tokens, for cost accounting per brief (0: not counted).',
  },
  llmOutputPricePerMillion: {
    schema: z.coerce.number().min(0).default(0),
    doc: 'Price per million completion tokens, for cost accounting per brief.',
  },
  embeddingsBaseUrl: {
    schema: z.union([z.literal(''), z.string().url()]).default(''),
    doc: 'OpenAI-compatible /v1/embeddings base URL; with embeddingsModel, story clustering adds embedding similarity (the fetch guard lets this host through).',
  },
  embeddingsModel: { schema: z.string().default(''), doc: 'Embedding model name sent to the embeddings endpoint.' },
  clusterPrepareThreads: {
    schema: integer(0, 8).default(0),
    doc: 'Worker threads that prepare articles (tokens, entities) for clustering while the pass places earlier ones; 0 prepares inline. Stories come out the same; 1 speeds a large backlog where a core is free.',
  },
  embeddingsApiKey: {
    schema: z.string().default(''),
    doc: 'Bearer token for the embeddings endpoint (empty for local servers that need none).',
  },
  publicUrl: {
    schema: z.union([z.literal(''), z.string().url()]).default(''),
    doc: 'Public base URL of the web UI (e.g. https://news.example.org), used for links in feeds and mail, and trusted as the origin of form posts behind a proxy that rewrites Host; empty derives it from each request.',
  },
  adminPassword: {
    schema: z.string().default(''),
    doc: 'Password for the admin pages (/admin); empty, with no adminToken either, keeps admin off.',
  },
  adminToken: {
    schema: z.string().default(''),
    doc: 'Alternative admin secret (e.g. a long random token) accepted on the admin login form.',
  },
  sessionSecret: {
    schema: z.union([z.literal(''), z.string().min(16)]).default(''),
    doc: 'Secret signing session and CSRF cookies (16+ characters); empty draws one at start-up, so sessions end on restart.',
  },
  feedbackRateLimitPerHour: {
    schema: integer(1, 10000).default(30),
    doc: 'Feedback submissions (votes and reports) one client may send per hour.',
  },
  apiCorsOrigins: {
    schema: csv.default([]),
    doc: 'Origins allowed to call /api/v1 from a browser (comma-separated); empty keeps CORS off.',
  },
  smtpHost: { schema: z.string().default(''), doc: 'SMTP server for `groundwire digest --send`; empty means mail is not configured.' },
  smtpPort: {
    schema: integer(1, 65535).default(587),
    doc: 'SMTP server port (465 uses TLS from the start; others upgrade with STARTTLS when offered).',
  },
  smtpUser: { schema: z.string().default(''), doc: 'SMTP user name; empty sends without authentication.' },
  smtpPassword: { schema: z.string().default(''), doc: 'SMTP password for smtpUser.' },
  smtpFrom: { schema: z.string().default('Groundwire <groundwire@localhost>'), doc: 'From address of digest mail.' },
  digestTo: { schema: csv.default([]), doc: 'Recipients of `groundwire digest --send` (comma-separated).' },
} as const;

type Options = typeof OPTIONS;
export type Config = { readonly [K in keyof Options]: z.output<Options[K]['schema']> };

/** The zod object validating a whole configuration. */
export const configSchema = z
  .object(
    Object.fromEntries(Object.entries(OPTIONS).map(([key, option]) => [key, option.schema])) as {
      [K in keyof Options]: Options[K]['schema'];
    },
  )
  .strict();

/** Returns the environment variable that sets an option ("dataDir" → "GROUNDWIRE_DATA_DIR"). */
export function environmentName(option: string): string {
  return `GROUNDWIRE_${option.replace(/([A-Z])/g, '_$1').toUpperCase()}`;
}
