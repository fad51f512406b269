/**
 * Who sent a request that came through proxies. `X-Forwarded-For` is a list each proxy
 * appends to, so only the entries added by proxies we trust can be believed: walking
 * from the right, the first address not of a trusted proxy is the client. A request
 * whose own sender is not trusted is taken at its word for nothing: its socket address
 * is the client, whatever the header says.
 */
export interface ForwardedOptions {
  /** The address the request came from (the TCP peer). */
  socket: string;
  /** The `X-Forwarded-For` header as sent, if any. */
  forwardedFor: string | string[] | undefined;
  /** Whether an address is one of our own proxies. */
  isTrusted: (address: string) => boolean;
  /** Whether a string is an IP address (node:net's isIP, in a Node process). */
  isAddress: (value: string) => boolean;
}

export function clientAddress({ socket, forwardedFor, isTrusted, isAddress }: ForwardedOptions): string {
  const peer = plainAddress(socket);
  if (!isTrusted(peer) || forwardedFor === undefined) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((hop) => plainAddress(hop.trim()));
  let client = peer;
  for (const hop of hops.reverse()) {
    if (!isAddress(hop)) break;
    client = hop;
    if (!isTrusted(hop)) break;
  }
  return client;
}

/** `::ffff:127.0.0.1` (an IPv4 client of a dual-stack server) is 127.0.0.1. */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** The parts of node:net the matcher needs; passed in, so the domain imports nothing from Node. */
export interface NetModule {
  isIP(input: string): number;
  BlockList: new () => {
    addAddress(address: string, type?: 'ipv4' | 'ipv6'): void;
    addSubnet(network: string, prefix: number, type?: 'ipv4' | 'ipv6'): void;
    check(address: string, type?: 'ipv4' | 'ipv6'): boolean;
  };
}

/**
 * Whether an address is one of our proxies, from a setting like
 * `TRUSTED_PROXIES=10.0.0.0/8, 192.168.1.10, ::1`. An entry that is not an address
 * or a network stops the process at start, naming it.
 */
export function trustedProxyMatcher(setting: string | undefined, net: NetModule): (address: string) => boolean {
  const list = new net.BlockList();
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const version = net.isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = version === 4 ? 32 : 128;
    if (
      !version ||
      extra !== undefined ||
      (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= max))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a network like 10.0.0.0/8`);
    }
    const type = version === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  if (entries.length === 0) return () => false;
  return (address) => {
    const plain = plainAddress(address);
    const version = net.isIP(plain);
    return version !== 0 && list.check(plain, version === 4 ? 'ipv4' : 'ipv6');
  };
}
