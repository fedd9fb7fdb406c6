import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a webhook may not reach: everything that leads back into our own host or network, or to
 * nobody in particular. The first match names the refusal, so the narrowest range comes first.
 */
const BLOCKED_RANGES = [
  // AWS, GCP, Azure, OpenStack, Oracle (169.254.169.254), AWS over IPv6, Alibaba Cloud.
  { kind: 'cloud metadata', subnets: ['169.254.169.254/32', 'fd00:ec2::254/128', '100.100.100.200/32'] },
  { kind: 'unspecified', subnets: ['0.0.0.0/8', '::/128'] },
  { kind: 'loopback', subnets: ['127.0.0.0/8', '::1/128'] },
  { kind: 'private', subnets: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'] },
  { kind: 'link-local', subnets: ['169.254.0.0/16', 'fe80::/10'] },
  { kind: 'carrier-grade NAT', subnets: ['100.64.0.0/10'] },
  { kind: 'multicast', subnets: ['224.0.0.0/4', 'ff00::/8'] },
  {
    kind: 'reserved',
    subnets: [
      '240.0.0.0/4', // future use, with 255.255.255.255 broadcast
      '192.0.0.0/24', // IETF protocol assignments
      '192.0.2.0/24', // documentation
      '198.51.100.0/24',
      '203.0.113.0/24',
      '198.18.0.0/15', // benchmarking
      '2001:db8::/32', // documentation
      '100::/64', // discard
      'fec0::/10', // deprecated site-local, still routed inside some networks
      '64:ff9b:1::/48', // NAT64 for a local network's own translator
    ],
  },
].map(({ kind, subnets }) => ({ kind, list: blockListOf(subnets) }));

/**
 * IPv6 forms that carry an IPv4 address, which the network may deliver to that IPv4 host: each is judged
 * by the IPv4 address inside, so `::ffff:7f00:1` or `64:ff9b::a00:1` cannot smuggle 127.0.0.1 or 10.0.0.1.
 */
const IPV4_CARRIERS: { form: string; list: BlockList; ipv4: (groups: number[]) => string }[] = [
  { form: 'IPv4-mapped', list: blockListOf(['::ffff:0:0/96']), ipv4: (g) => ipv4At(g, 6) },
  { form: 'IPv4-translated', list: blockListOf(['::ffff:0:0:0/96']), ipv4: (g) => ipv4At(g, 6) },
  { form: 'IPv4-compatible', list: blockListOf(['::/96']), ipv4: (g) => ipv4At(g, 6) },
  { form: 'NAT64', list: blockListOf(['64:ff9b::/96']), ipv4: (g) => ipv4At(g, 6) },
  { form: '6to4', list: blockListOf(['2002::/16']), ipv4: (g) => ipv4At(g, 1) },
  // Teredo stores the client's IPv4 address with every bit flipped.
  { form: 'Teredo', list: blockListOf(['2001::/32']), ipv4: (g) => ipv4At(g, 6, 0xffff) },
];

/**
 * What kind of blocked address this is ("loopback", "private (NAT64 of 10.0.0.1)"...), or null when it is
 * a public address a webhook may reach. Anything that is not an IP address is blocked.
 */
export function blockedAddressKind(address: string): string | null {
  // A zone (`fe80::1%eth0`) only picks the interface; the address itself decides.
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const range = BLOCKED_RANGES.find(({ list }) => list.check(bare, type));
  if (range) return range.kind;
  if (family === 4) return null;
  const carrier = IPV4_CARRIERS.find(({ list }) => list.check(bare, 'ipv6'));
  if (!carrier) return null;
  const ipv4 = carrier.ipv4(ipv6Groups(bare));
  const inner = blockedAddressKind(ipv4);
  return inner && `${inner} (${carrier.form} of ${ipv4})`;
}

function blockListOf(subnets: string[]): BlockList {
  const list = new BlockList();
  for (const subnet of subnets) {
    const slash = subnet.indexOf('/');
    const network = subnet.slice(0, slash);
    list.addSubnet(network, Number(subnet.slice(slash + 1)), isIP(network) === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail split in two. */
function ipv6Groups(address: string): number[] {
  const groupsOf = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((piece) => {
          if (!piece.includes('.')) return [Number.parseInt(piece, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = piece.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = '', tail] = address.split('::');
  if (tail === undefined) return groupsOf(head);
  const [before, after] = [groupsOf(head), groupsOf(tail)];
  return [...before, ...new Array(8 - before.length - after.length).fill(0), ...after];
}

/** The IPv4 address in groups `at` and `at + 1`, each XORed with `flip`. */
function ipv4At(groups: number[], at: number, flip = 0): string {
  const [high = 0, low = 0] = groups.slice(at, at + 2).map((group) => group ^ flip);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
