/** The one HTTP adapter: guards, redirects, caps, decompression and conditional GET over undici. */
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import type { HttpClient, HttpRequest, HttpResponse } from '../../ports/http-client.js';
import { type Result, fail, ok } from '../../shared/result.js';
import { type AddressGuard, createAddressGuard } from './address-guard.js';
import { describeNetworkError } from './describe-error.js';
import { guardedLookup } from './guarded-lookup.js';
import { readBody } from './read-body.js';

export interface HttpClientOptions {
  /** Allow-listed hosts, "host:port" pairs, IPs and CIDR ranges. */
  allow: readonly string[];
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  maxHeaderBytes?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Creates the guarded HTTP client. */
export function createHttpClient(options: HttpClientOptions): HttpClient & { close(): Promise<void> } {
  const guard = createAddressGuard(options.allow.filter((entry) => !/^[^:\]]+:\d+$/.test(entry)));
  const hostPorts = new Set(options.allow.filter((entry) => /^[^:\]]+:\d+$/.test(entry)).map((e) => e.toLowerCase()));
  const open = new Agent({
    connect: { timeout: Math.min(options.timeoutMs, 10_000) },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    maxHeaderSize: options.maxHeaderBytes ?? 64 * 1024,
  });
  const guarded = new Agent({
    connect: { timeout: Math.min(options.timeoutMs, 10_000), lookup: guardedLookup(guard) as never },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    maxHeaderSize: options.maxHeaderBytes ?? 64 * 1024,
  });

  function dispatcherFor(url: URL): Result<Agent> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return fail('fetch', 'bad-scheme', `refused ${url.protocol} URL`, { userMessage: 'Only http and https addresses can be fetched.' });
    }
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (hostPorts.has(`${host}:${port}`.toLowerCase()) || guard.allowsHost(host)) return ok(open);
    if (isIP(host)) {
      const refusal = guard.refusal(host);
      if (refusal) return refused(url, refusal);
    }
    if (host === 'localhost' || host.endsWith('.localhost')) return refused(url, 'localhost is a loopback name');
    return ok(guarded);
  }

  async function get(input: HttpRequest): Promise<Result<HttpResponse>> {
    const signal = input.signal ? AbortSignal.any([input.signal, AbortSignal.timeout(options.timeoutMs)]) : AbortSignal.timeout(options.timeoutMs);
    let current: URL;
    try {
      current = new URL(input.url);
    } catch {
      return fail('fetch', 'bad-url', `invalid URL ${input.url}`, { userMessage: `"${input.url}" is not a valid web address.` });
    }
    const seen = new Set<string>();
    let permanent = true;
    for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop += 1) {
      if (seen.has(current.href)) {
        return fail('fetch', 'redirect-loop', `redirect loop at ${current.href}`, { userMessage: 'The address redirects in a loop; check the feed URL in a browser.' });
      }
      seen.add(current.href);
      const dispatcher = dispatcherFor(current);
      if (!dispatcher.ok) return dispatcher;
      try {
        const response = await request(current, {
          method: 'GET',
          dispatcher: dispatcher.value,
          signal,
          headers: {
            'user-agent': options.userAgent,
            accept: input.accept ?? '*/*',
            'accept-encoding': 'gzip, deflate, br',
            ...(input.etag && hop === 0 ? { 'if-none-match': input.etag } : {}),
            ...(input.lastModified && hop === 0 ? { 'if-modified-since': input.lastModified } : {}),
          },
        });
        const headers = flattenHeaders(response.headers);
        if (REDIRECTS.has(response.statusCode) && headers.location) {
          await response.body.dump();
          permanent &&= response.statusCode === 301 || response.statusCode === 308;
          current = new URL(headers.location, current);
          continue;
        }
        if (response.statusCode === 304) {
          await response.body.dump();
          return ok({ url: current.href, status: 304, headers, body: Buffer.alloc(0), permanentRedirectTo: null, notModified: true });
        }
        const body = await readBody(response.body, headers['content-encoding'], options.maxBytes);
        const moved = hop > 0 && permanent ? current.href : null;
        return ok({ url: current.href, status: response.statusCode, headers, body, permanentRedirectTo: moved, notModified: false });
      } catch (error) {
        return describeNetworkError(current.href, error);
      }
    }
    return fail('fetch', 'too-many-redirects', `more than ${options.maxRedirects ?? 5} redirects from ${input.url}`, {
      userMessage: 'The address redirects too many times; use the final feed URL.',
    });
  }

  return { get, close: async () => void (await Promise.all([open.close(), guarded.close()])) };
}

function refused(url: URL, reason: string): Result<never> {
  return fail('fetch', 'refused-address', `refused ${url.href}: ${reason}`, {
    userMessage: `Groundwire does not fetch internal addresses (${reason}). If this server is yours, add it to fetchAllow (GROUNDWIRE_FETCH_ALLOW).`,
  });
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export type { AddressGuard };
