/** The HTTP client's options and their defaults, in one place so every module reads the same values. */
import type { Resolver } from './guarded-lookup.js';

/** What the composition root configures; only the first four are required. */
export interface HttpClientOptions {
  /** Allow-listed hosts, "host:port" pairs, IPs and CIDR ranges. */
  allow: readonly string[];
  /** Sent on every request: names Groundwire and the operator's contact URL. */
  userAgent: string;
  /** Total time for one get(), from the first byte sent to the last byte read, redirects included. */
  timeoutMs: number;
  /** Time to open a connection (TCP and TLS); default the lesser of 10 s and timeoutMs. */
  connectTimeoutMs?: number;
  /** Time from request sent to response headers, and the longest silence inside a body; default the lesser of 20 s and timeoutMs. */
  firstByteTimeoutMs?: number;
  /** Largest body after decompression. */
  maxBytes: number;
  /** Largest body as sent on the wire; default maxBytes. */
  maxRawBytes?: number;
  maxRedirects?: number;
  maxHeaderBytes?: number;
  /** Requests in flight to one host (hostname and port) at once; default 2. */
  hostConcurrency?: number;
  /** Minimum gap between request starts on one host; default 1000. Waived for allow-listed hosts. */
  hostDelayMs?: number;
  /** A request that would wait longer than this for its host fails "deferred" instead; default 60 s. */
  maxHostWaitMs?: number;
  /** Honour robots.txt; default true. */
  robots?: boolean;
  /** Product token robots.txt groups are matched against; default "Groundwire". */
  robotsUserAgent?: string;
  /** How long a robots.txt is trusted; default 12 h. */
  robotsCacheMs?: number;
  /** How long a failure to read robots.txt stands; default 10 min. */
  robotsRetryMs?: number;
  /** DNS resolver behind the guarded lookup; tests inject one instead of adding DNS records. */
  resolve?: Resolver;
}

/** The options with every default filled in. */
export type Settings = Required<Omit<HttpClientOptions, 'resolve' | 'allow'>> & { robotsMaxBytes: number };

const HOUR = 3_600_000;

/** Returns the options with every default filled in. */
export function settle(options: HttpClientOptions): Settings {
  return {
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? Math.min(10_000, options.timeoutMs),
    firstByteTimeoutMs: options.firstByteTimeoutMs ?? Math.min(20_000, options.timeoutMs),
    maxBytes: options.maxBytes,
    maxRawBytes: options.maxRawBytes ?? options.maxBytes,
    maxRedirects: options.maxRedirects ?? 5,
    maxHeaderBytes: options.maxHeaderBytes ?? 64 * 1024,
    hostConcurrency: options.hostConcurrency ?? 2,
    hostDelayMs: options.hostDelayMs ?? 1000,
    maxHostWaitMs: options.maxHostWaitMs ?? 60_000,
    robots: options.robots ?? true,
    robotsUserAgent: options.robotsUserAgent ?? 'Groundwire',
    robotsCacheMs: options.robotsCacheMs ?? 12 * HOUR,
    robotsRetryMs: options.robotsRetryMs ?? HOUR / 6,
    // RFC 9309 asks parsers to read at least 500 KiB; anything past this is not a real robots.txt.
    robotsMaxBytes: 512 * 1024,
  };
}
