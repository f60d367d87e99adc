/** A DNS lookup for sockets that refuses internal addresses, so the check covers the address actually connected to. */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { AddressGuard } from './address-guard.js';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves a hostname to every address (dns.lookup with all: true); injectable so tests need no DNS records. */
export type Resolver = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/** The system resolver (getaddrinfo: /etc/hosts, then DNS). */
export const systemResolver: Resolver = (hostname, callback) =>
  dnsLookup(hostname, { all: true, order: 'verbatim' }, (error, addresses) => callback(error, addresses ?? []));

/** Thrown into the socket when a name resolves to a refused address. */
export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

/**
 * Returns a net.connect-compatible lookup that fails when any resolved address is refused. Every
 * address is checked, not only the first, because the socket may fall back to the others
 * (happy eyeballs) and a rebinding name can mix a public answer with a private one.
 */
export function guardedLookup(guard: AddressGuard, resolve: Resolver = systemResolver) {
  return (hostname: string, options: { family?: number | string; all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname, (error, addresses) => {
      if (error) return callback(error, []);
      const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
      const list = family === 4 || family === 6 ? addresses.filter((entry) => entry.family === family) : addresses;
      for (const entry of list) {
        const refusal = guard.refusal(entry.address);
        if (refusal) return callback(new RefusedAddressError(`${hostname} resolves to ${refusal}`), []);
      }
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} resolves to no address`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, list);
      callback(null, first.address, first.family);
    });
  };
}
