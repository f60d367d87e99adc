/** Decides whether an address may be fetched: only public unicast, unless the operator allow-listed it. */
import ipaddr from 'ipaddr.js';

/** The verdicts the client and the guarded lookup ask for. */
export interface AddressGuard {
  /** True when this hostname is allow-listed by name (checked before DNS). */
  allowsHost(hostname: string): boolean;
  /** True when this IP address falls in an allow-listed address or range. */
  allowsAddress(address: string): boolean;
  /** Returns why an IP address is refused, or null when it may be connected to. */
  refusal(address: string): string | null;
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

// NAT64 (RFC 6052) carries an IPv4 address in its last 32 bits; IPv6-only networks reach every IPv4
// site through it, so it is judged by the embedded address rather than refused outright.
const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');
// IPv4-compatible addresses (::a.b.c.d, deprecated) are "unicast" to ipaddr.js but may reach the
// embedded IPv4 host on some stacks, so the whole ::/96 block is refused.
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

function parseAllowEntry(entry: string): { host?: string; range?: Range } {
  const trimmed = entry.trim().toLowerCase();
  if (trimmed.includes('/')) return { range: ipaddr.parseCIDR(trimmed) };
  const bare = trimmed.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(bare)) {
    const address = ipaddr.process(bare);
    return { range: [address, address.kind() === 'ipv4' ? 32 : 128] };
  }
  return { host: normaliseHost(trimmed) };
}

function normaliseHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray().slice(12);
  return new ipaddr.IPv4(bytes);
}

/** Returns why a parsed address is not public unicast, or null when it is. */
function classify(address: ipaddr.IPv4 | ipaddr.IPv6): string | null {
  if (address.kind() === 'ipv6') {
    const v6 = address as ipaddr.IPv6;
    if (v6.match(NAT64)) return classify(embeddedIpv4(v6));
    if (v6.match(IPV4_COMPATIBLE)) return `${v6.toString()} is an IPv4-compatible address`;
  }
  const range = address.range();
  return range === 'unicast' ? null : `${address.toString()} is a ${range} address`;
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
  const allowsAddress = (address: string): boolean => {
    const bare = address.replace(/^\[|\]$/g, '');
    if (!ipaddr.isValid(bare)) return false;
    const parsed = ipaddr.process(bare);
    return ranges.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match([network, bits] as never));
  };
  return {
    allowsHost: (hostname) => hosts.has(normaliseHost(hostname)),
    allowsAddress,
    refusal(address) {
      const bare = address.replace(/^\[|\]$/g, '');
      if (!ipaddr.isValid(bare)) return `"${address}" is not an IP address`;
      if (allowsAddress(bare)) return null;
      // process() turns ::ffff:127.0.0.1 into 127.0.0.1, so mapped addresses get the IPv4 verdict.
      return classify(ipaddr.process(bare));
    },
  };
}
