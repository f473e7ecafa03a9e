import { lookup } from 'node:dns/promises';
import { isIP, BlockList } from 'node:net';
import { DossierError } from '../core/errors.js';

/**
 * Addresses a fetched URL may not reach unless the user allows it (SSRF): loopback, private,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and reserved ranges.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96],
] as const) blocked.addSubnet(net, prefix, 'ipv6');

export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6 && address.toLowerCase().startsWith('::ffff:')) {
    const v4 = address.slice(7);
    if (isIP(v4) === 4) return blocked.check(v4, 'ipv4');
  }
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves the URL's host and refuses it when any address it resolves to is forbidden. */
export async function assertPublicUrl(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (err) {
      throw new DossierError('FETCH_FAILED', `${url.href}: cannot resolve host "${host}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const bad = addresses.find(isForbiddenAddress);
  if (bad) {
    throw new DossierError(
      'FORBIDDEN_URL',
      `${url.href}: refused to fetch a private, loopback or link-local address (${bad}); pass --allow-private-urls to allow it`,
    );
  }
}
