/** Decides whether an address may be fetched: only public unicast, unless the operator allow-listed it. */
import ipaddr from 'ipaddr.js';

export interface AddressGuard {
  /** True when this hostname is allow-listed by name (checked before DNS). */
  allowsHost(hostname: string): boolean;
  /** Returns why an IP address is refused, or null when it may be connected to. */
  refusal(address: string): string | null;
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseAllowEntry(entry: string): { host?: string; range?: Range } {
  const trimmed = entry.trim().toLowerCase();
  if (trimmed.includes('/')) return { range: ipaddr.parseCIDR(trimmed) };
  if (ipaddr.isValid(trimmed)) {
    const address = ipaddr.process(trimmed);
    return { range: [address, address.kind() === 'ipv4' ? 32 : 128] };
  }
  return { host: trimmed.replace(/\.$/, '') };
}

/** Builds a guard from allow-list entries (hostnames, IPs and CIDR ranges). */
export function createAddressGuard(allow: readonly string[]): AddressGuard {
  const hosts = new Set<string>();
  const ranges: Range[] = [];
  for (const entry of allow) {
    if (!entry.trim()) continue;
    const parsed = parseAllowEntry(entry);
    if (parsed.host) hosts.add(parsed.host);
    if (parsed.range) ranges.push(parsed.range);
  }
  return {
    allowsHost: (hostname) => hosts.has(hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '')),
    refusal(address) {
      const bare = address.replace(/^\[|\]$/g, '');
      if (!ipaddr.isValid(bare)) return `"${address}" is not an IP address`;
      // process() turns ::ffff:127.0.0.1 into 127.0.0.1, so mapped addresses get the IPv4 verdict.
      const parsed = ipaddr.process(bare);
      for (const [network, bits] of ranges) {
        if (network.kind() === parsed.kind() && parsed.match([network, bits] as never)) return null;
      }
      const range = parsed.range();
      return range === 'unicast' ? null : `${parsed.toString()} is a ${range} address`;
    },
  };
}
