/** Turns network exceptions into fetch failures with a plain sentence for people. */
import { type Result, fail } from '../../shared/result.js';
import { RefusedAddressError } from './guarded-lookup.js';
import { BodyTooLargeError } from './read-body.js';

/** What the client knew when the exception surfaced, so timeouts and cancellations are named right. */
export interface ErrorContext {
  /** The total deadline of the request had passed. */
  totalTimedOut: boolean;
  /** The caller cancelled (shutdown). */
  cancelled: boolean;
  connectTimeoutMs: number;
  firstByteTimeoutMs: number;
  totalTimeoutMs: number;
}

type ThrownError = NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
type Rule = {
  when: (error: ThrownError, code: string) => boolean;
  code: string;
  detail: string;
  user: (context: ErrorContext, error: ThrownError) => string;
};

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const TLS = /^(ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_SSL_)/;

// First match wins; the order puts precise undici codes before the generic socket ones.
const RULES: Rule[] = [
  {
    when: (_e, c) => c === 'UND_ERR_CONNECT_TIMEOUT',
    code: 'connect-timeout',
    detail: 'connect timed out',
    user: (x) => `The server did not accept a connection within ${seconds(x.connectTimeoutMs)}; Groundwire will try again later.`,
  },
  {
    when: (_e, c) => c === 'UND_ERR_HEADERS_TIMEOUT',
    code: 'first-byte-timeout',
    detail: 'no response headers in time',
    user: (x) =>
      `The server accepted the connection but did not start answering within ${seconds(x.firstByteTimeoutMs)}; Groundwire will try again later.`,
  },
  {
    when: (_e, c) => c === 'UND_ERR_BODY_TIMEOUT',
    code: 'stalled',
    detail: 'body stalled',
    user: (x) =>
      `The server stopped sending in the middle of the response (nothing for ${seconds(x.firstByteTimeoutMs)}); Groundwire will try again later.`,
  },
  {
    when: (_e, c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EAI_NODATA',
    code: 'dns',
    detail: 'name not found',
    user: () => 'The server name could not be found; check the address.',
  },
  {
    when: (_e, c) => c === 'ECONNREFUSED',
    code: 'connection',
    detail: 'connection refused',
    user: () => 'The server refused the connection; Groundwire will try again later.',
  },
  {
    when: (_e, c) => c === 'ECONNRESET' || c === 'UND_ERR_SOCKET' || c === 'EPIPE',
    code: 'connection',
    detail: 'connection dropped',
    user: () => 'The server dropped the connection before the response was complete; Groundwire will try again later.',
  },
  {
    when: (_e, c) => c === 'EHOSTUNREACH' || c === 'ENETUNREACH' || c === 'ETIMEDOUT',
    code: 'connection',
    detail: 'host unreachable',
    user: () => 'The server could not be reached; Groundwire will try again later.',
  },
  {
    when: (_e, c) => c === 'UND_ERR_HEADERS_OVERFLOW' || c === 'HPE_HEADER_OVERFLOW',
    code: 'headers-too-large',
    detail: 'headers too large',
    user: () => 'The server sent oversized HTTP headers, so the response was refused.',
  },
  {
    when: (_e, c) => c.startsWith('HPE_') || c === 'UND_ERR_INFO' || c === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    code: 'protocol',
    detail: 'malformed HTTP response',
    user: () => 'The server sent a malformed HTTP response.',
  },
  {
    when: (_e, c) => TLS.test(c),
    code: 'tls',
    detail: 'TLS failed',
    user: (_x, e) => `The server's HTTPS certificate or TLS setup was not accepted (${e.code ?? e.cause?.code}).`,
  },
  {
    when: (e, c) =>
      c.startsWith('Z_') ||
      /incorrect header check|unexpected end of file|invalid (block|distance|stored)|Decompression failed/i.test(e.message),
    code: 'bad-encoding',
    detail: 'could not decompress',
    user: () => 'The server sent a corrupt compressed response.',
  },
];

function tooLarge(url: string, error: Error): Result<never> {
  return fail('fetch', 'too-large', `${error.message} (${url})`, {
    userMessage: 'The response is larger than the configured limit (fetchMaxMegabytes), so it was not read.',
    cause: error,
  });
}

function refusedAddress(error: Error): Result<never> {
  return fail('fetch', 'refused-address', `refused ${error.message}`, {
    userMessage: `Groundwire does not fetch internal addresses (${error.message}). If this server is yours, add it to fetchAllow (GROUNDWIRE_FETCH_ALLOW).`,
    cause: error,
  });
}

/** Maps an error thrown while fetching `url` to a recorded failure. */
export function describeNetworkError(url: string, error: unknown, context: ErrorContext): Result<never> {
  const err = (error instanceof Error ? error : new Error(String(error))) as ThrownError;
  if (error instanceof BodyTooLargeError) return tooLarge(url, error);
  if (error instanceof RefusedAddressError) return refusedAddress(error);
  if (err.cause instanceof RefusedAddressError) return refusedAddress(err.cause);
  // Checked before the error's own code: an abort surfaces as whatever the stream was doing.
  if (context.totalTimedOut) {
    return fail('fetch', 'timeout', `timed out after ${seconds(context.totalTimeoutMs)}: ${url}`, {
      userMessage: `The response did not finish within ${seconds(context.totalTimeoutMs)} (the server is too slow or never stops sending); Groundwire will try again later.`,
      cause: error,
    });
  }
  if (context.cancelled) return fail('fetch', 'aborted', `cancelled: ${url}`, { userMessage: 'The check was cancelled.', cause: error });
  const code = String(err.code ?? err.cause?.code ?? err.name);
  const rule = RULES.find((candidate) => candidate.when(err, code));
  if (rule)
    return fail('fetch', rule.code, `${rule.detail}: ${url}: ${err.message} (${code})`, {
      userMessage: rule.user(context, err),
      cause: error,
    });
  return fail('fetch', 'network', `request failed: ${url}: ${err.message} (${code})`, {
    userMessage: `The request failed (${err.message}).`,
    cause: error,
  });
}
