import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { WebhookUrlPolicy, WebhookUrlVerdict } from '../../ports/webhook-delivery';
import { blockedAddressKind } from './blocked-addresses';

/** Every address a host name resolves to (A and AAAA), in the resolver's order. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export interface WebhookUrlPolicyOptions {
  /** Lifts the address rule only (local development and tests); scheme, userinfo and https still apply. */
  allowPrivate: boolean;
  requireHttps: boolean;
  resolve?: ResolveHost;
}

/** A URL that passed, with the addresses that were checked: the only ones a sender may connect to. */
export interface CheckedWebhookTarget {
  allowed: true;
  url: URL;
  /** The URL's host name, brackets taken off an IPv6 literal. */
  hostname: string;
  addresses: [string, ...string[]];
}

/** Names the metadata services answer to inside their clouds, whatever addresses they resolve to elsewhere. */
const METADATA_HOSTNAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.internal',
  'instance-data',
  'instance-data.ec2.internal',
]);

export function createWebhookUrlPolicy(options: WebhookUrlPolicyOptions): WebhookUrlPolicy {
  return {
    async check(url) {
      const target = await checkWebhookTarget(url, options);
      return target.allowed ? { allowed: true } : target;
    },
  };
}

/**
 * Checks a webhook URL and resolves its host, refusing it when any address it resolves to is blocked: a
 * host with one public and one private address could be steered to the private one.
 */
export async function checkWebhookTarget(
  rawUrl: string,
  { allowPrivate, requireHttps, resolve = resolveWithSystem }: WebhookUrlPolicyOptions,
): Promise<CheckedWebhookTarget | Extract<WebhookUrlVerdict, { allowed: false }>> {
  // The WHATWG parser is what the HTTP client reads too: `0x7f.1`, `2130706433`, `127.1` and
  // `[::ffff:127.0.0.1]` come out as the canonical addresses they mean, so checks below see the real host.
  const url = URL.canParse(rawUrl) ? new URL(rawUrl) : null;
  if (!url) return refuse('not a valid URL');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('only http and https URLs');
  if (requireHttps && url.protocol !== 'https:') return refuse('https is required');
  if (url.username !== '' || url.password !== '') return refuse('credentials in the URL are not allowed');

  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (!allowPrivate && (name === 'localhost' || name.endsWith('.localhost')))
    return refuse(`${hostname} is a loopback name`);
  if (!allowPrivate && METADATA_HOSTNAMES.has(name)) return refuse(`${hostname} is a cloud metadata host`);

  let addresses: string[];
  if (isIP(hostname) !== 0) addresses = [hostname];
  else {
    try {
      addresses = await resolve(hostname);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return refuse(`${hostname} does not resolve${code ? ` (${code})` : ''}`);
    }
    if (!addresses.every((address) => isIP(address) !== 0))
      return refuse(`${hostname} resolves to something that is not an IP address`);
  }
  const [first, ...rest] = addresses;
  if (first === undefined) return refuse(`${hostname} does not resolve`);

  if (!allowPrivate) {
    for (const address of addresses) {
      const kind = blockedAddressKind(address);
      if (kind === null) continue;
      const subject = address === hostname ? address : `${hostname} resolves to ${address}, which`;
      return refuse(`${subject} is not a public address: ${kind}`);
    }
  }
  return { allowed: true, url, hostname, addresses: [first, ...rest] };
}

async function resolveWithSystem(hostname: string): Promise<string[]> {
  // getaddrinfo, as the HTTP client would use: /etc/hosts and the system resolver, both families.
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map(({ address }) => address);
}

function refuse(reason: string): { allowed: false; reason: string } {
  return { allowed: false, reason };
}
