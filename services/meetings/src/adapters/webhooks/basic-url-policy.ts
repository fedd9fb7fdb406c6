import { BlockList, isIP } from 'node:net';
import type { WebhookUrlPolicy } from '../../ports/webhook-delivery';

export interface BasicWebhookUrlPolicyOptions {
  allowPrivate: boolean;
  requireHttps: boolean;
}

const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

/**
 * The URL rules that need no DNS: http(s) only (https in production), no userinfo, and no literal internal
 * address unless allowed. Host names are not resolved here: the SSRF-safe policy
 * (adapters/webhooks/url-policy.ts, issue 12) replaces it in the container.
 */
export function createBasicWebhookUrlPolicy(options: BasicWebhookUrlPolicyOptions): WebhookUrlPolicy {
  return {
    async check(raw) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return { allowed: false, reason: 'is not a URL' };
      }
      if (url.protocol !== 'https:' && (options.requireHttps || url.protocol !== 'http:'))
        return { allowed: false, reason: options.requireHttps ? 'must be https' : 'must be http or https' };
      if (url.username || url.password)
        return { allowed: false, reason: 'must not carry a user name or password' };
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const family = isIP(host);
      if (!options.allowPrivate && family !== 0 && internal.check(host, family === 4 ? 'ipv4' : 'ipv6'))
        return { allowed: false, reason: 'points into an internal network' };
      return { allowed: true };
    },
  };
}
