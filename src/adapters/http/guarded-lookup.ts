/** A DNS lookup for sockets that refuses internal addresses, so the check covers the address actually connected to. */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { AddressGuard } from './address-guard.js';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

/** Returns a net.connect-compatible lookup that fails for refused addresses (defeats DNS rebinding). */
export function guardedLookup(guard: AddressGuard) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      for (const entry of list) {
        const refusal = guard.refusal(entry.address);
        if (refusal) return callback(new RefusedAddressError(`${hostname} resolves to ${refusal}`), []);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} resolves to no address`), []);
      callback(null, first.address, first.family);
    });
  };
}
