import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Address ranges that are not the public Internet (RFC 6890 and friends). */
const NON_PUBLIC_V4: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const NON_PUBLIC_V6: Array<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];

const nonPublic = new BlockList();
for (const [network, prefix] of NON_PUBLIC_V4) nonPublic.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of NON_PUBLIC_V6) nonPublic.addSubnet(network, prefix, 'ipv6');

/** `::ffff:10.0.0.1` and friends are IPv4 addresses in disguise. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/**
 * Which private addresses a deployment lets webhooks reach: none (default), all
 * (`WEBHOOK_ALLOW_PRIVATE=true`), or a list of addresses and CIDRs.
 */
export class AddressPolicy {
  private readonly allowAll: boolean;
  private readonly allowed = new BlockList();

  constructor(setting: string) {
    const value = setting.trim().toLowerCase();
    this.allowAll = value === 'true';
    if (value === 'true' || value === 'false' || value === '') return;
    for (const entry of value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [network, prefix] = entry.split('/');
      const family = isIP(network!) === 6 ? 'ipv6' : 'ipv4';
      const bits = prefix === undefined ? (family === 'ipv6' ? 128 : 32) : Number(prefix);
      this.allowed.addSubnet(network!, bits, family);
    }
  }

  /** True when a webhook may connect to this resolved address. */
  permits(rawAddress: string): boolean {
    const { address, family } = unmapped(rawAddress);
    if (!nonPublic.check(address, family)) return true;
    return this.allowAll || this.allowed.check(address, family);
  }

  /**
   * A `lookup` for http.request: resolves the name and refuses the connection
   * when any resolved address is not permitted, so the address checked is the one
   * connected to (no second resolution an attacker's DNS could answer differently).
   */
  guardedLookup(): LookupFunction {
    return (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, '', 0);
        const refused = addresses.find((entry) => !this.permits(entry.address));
        if (refused || addresses.length === 0) {
          return callback(new NonPublicAddressError(hostname, refused?.address ?? '?'), '', 0);
        }
        if ((options as { all?: boolean }).all) return (callback as unknown as AllCallback)(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      });
    };
  }

  /** Every address `hostname` resolves to, or the literal itself; throws NonPublicAddressError. */
  async check(hostname: string): Promise<void> {
    const bare = hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(bare)
      ? [bare]
      : (
          await new Promise<LookupAddress[]>((resolve, reject) =>
            dnsLookup(bare, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
          )
        ).map((entry) => entry.address);
    const refused = addresses.find((address) => !this.permits(address));
    if (refused || addresses.length === 0) throw new NonPublicAddressError(bare, refused ?? '?');
  }
}

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

export class NonPublicAddressError extends Error {
  readonly code = 'ENONPUBLIC';
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, which is not a public address`);
  }
}
