import { BlockList, isIP } from 'node:net';

/** One `TRUSTED_PROXIES` entry: an address (`10.0.0.5`, `::1`) or a CIDR range (`172.16.0.0/12`, `fd00::/8`). */
export function parseProxyEntry(entry: string): { address: string; prefix: number | undefined; family: 'ipv4' | 'ipv6' } | undefined {
  const [address = '', prefixText, extra] = entry.trim().split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return undefined;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, prefix: undefined, family };
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= (version === 4 ? 32 : 128) ? { address, prefix, family } : undefined;
}

/**
 * The set of peers whose forwarded-address headers are believed. A `BlockList` matches addresses and
 * ranges of both families, and treats `::ffff:a.b.c.d` as the IPv4 address it carries.
 */
export function parseTrustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = parseProxyEntry(entry);
    if (!parsed) throw new Error(`TRUSTED_PROXIES: "${entry.slice(0, 64)}" is not an IP address or CIDR range`);
    if (parsed.prefix === undefined) list.addAddress(parsed.address, parsed.family);
    else list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return list;
}
