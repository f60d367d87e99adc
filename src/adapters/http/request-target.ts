/**
 * Decides how a URL may be reached before anything is sent: refused (scheme, port, internal
 * address, localhost name), through the guarded agent whose DNS lookup re-checks the address
 * actually connected to, or through the open agent for what the operator allow-listed.
 */
import { isIP } from 'node:net';
import { Agent, type Dispatcher } from 'undici';
import { type Result, fail, ok } from '../../shared/result.js';
import { createAddressGuard } from './address-guard.js';
import { type Resolver, guardedLookup, systemResolver } from './guarded-lookup.js';

/** Connection limits shared by both agents. */
export interface AgentSettings {
  connectTimeoutMs: number;
  /** Longest silence before the headers, and between body chunks. */
  firstByteTimeoutMs: number;
  maxHeaderBytes: number;
}

/** How one URL will be reached. */
export interface Target {
  dispatcher: Dispatcher;
  /** The operator listed this host (or its address): it is theirs, so the per-host delay is waived. */
  allowListed: boolean;
}

/** The pre-flight checks and the two connection pools. */
export interface TargetPolicy {
  /** Returns the dispatcher for a URL, or the failure that refuses it. */
  targetFor(url: URL): Result<Target>;
  close(): Promise<void>;
}

const HOST_PORT = /^[^:/\]]+:\d+$/;
// Ports browsers refuse (fetch standard "bad ports") because other protocols listen there: an
// HTTP request to SMTP or IRC can be abused to speak that protocol from our address.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

function refused(url: URL, reason: string): Result<never> {
  return fail('fetch', 'refused-address', `refused ${url.href}: ${reason}`, {
    userMessage: `Groundwire does not fetch internal addresses (${reason}). If this server is yours, add it to fetchAllow (GROUNDWIRE_FETCH_ALLOW).`,
  });
}

function createAgent(settings: AgentSettings, lookup?: ReturnType<typeof guardedLookup>): Agent {
  return new Agent({
    connect: { timeout: settings.connectTimeoutMs, ...(lookup ? { lookup: lookup as never } : {}) },
    headersTimeout: settings.firstByteTimeoutMs,
    bodyTimeout: settings.firstByteTimeoutMs,
    maxHeaderSize: settings.maxHeaderBytes,
  });
}

/** Builds the policy from allow-list entries: hostnames, "host:port" pairs, IPs and CIDR ranges. */
export function createTargetPolicy(allow: readonly string[], settings: AgentSettings, resolve: Resolver = systemResolver): TargetPolicy {
  const guard = createAddressGuard(allow.filter((entry) => !HOST_PORT.test(entry.trim())));
  const hostPorts = new Set(allow.filter((entry) => HOST_PORT.test(entry.trim())).map((entry) => entry.trim().toLowerCase()));
  const open = createAgent(settings);
  const guarded = createAgent(settings, guardedLookup(guard, resolve));

  function targetFor(url: URL): Result<Target> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return fail('fetch', 'bad-scheme', `refused ${url.protocol} URL`, { userMessage: 'Only http and https addresses can be fetched.' });
    }
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
    if (hostPorts.has(`${host}:${port}`) || guard.allowsHost(host)) return ok({ dispatcher: open, allowListed: true });
    if (BAD_PORTS.has(Number(port))) {
      return fail('fetch', 'bad-port', `refused port ${port}: ${url.href}`, {
        userMessage: `Port ${port} belongs to another protocol; web feeds are not served there.`,
      });
    }
    if (isIP(host)) {
      const refusal = guard.refusal(host);
      if (refusal) return refused(url, refusal);
      return ok({ dispatcher: guarded, allowListed: guard.allowsAddress(host) });
    }
    // Refused by name as well as by address: "localhost" may resolve without DNS (RFC 6761).
    if (host === 'localhost' || host.endsWith('.localhost')) return refused(url, `${host} is a loopback name`);
    return ok({ dispatcher: guarded, allowListed: false });
  }

  return { targetFor, close: async () => void (await Promise.all([open.close(), guarded.close()])) };
}
