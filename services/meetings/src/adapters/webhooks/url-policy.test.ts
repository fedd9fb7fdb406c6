import { describe, expect, it } from 'vitest';
import { checkWebhookTarget, createWebhookUrlPolicy, type ResolveHost } from './url-policy';

/** A DNS of fixed answers: the tests never ask a real resolver about anything but `localhost`. */
function fakeDns(records: Record<string, string[]>): ResolveHost & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    const addresses = records[hostname.toLowerCase()];
    if (addresses) return addresses;
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  };
  return Object.assign(resolve, { asked });
}

const PUBLIC_V4 = '93.184.215.14';
const PUBLIC_V6 = '2606:2800:21f:cb07:6820:80da:af6b:8b2c';

const dns = fakeDns({
  'hooks.example.com': [PUBLIC_V4, PUBLIC_V6],
  'loopback.example.test': ['127.0.0.1'],
  localhost: ['127.0.0.1', '::1'],
  'api.localhost': ['127.0.0.1'],
  'metadata.google.internal': ['169.254.169.254'],
  'one-private.example.test': [PUBLIC_V4, '10.0.0.1'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'ula.example.test': ['fd00::1'],
  'zoned.example.test': ['fe80::1%eth0'],
  'nat64.example.test': ['64:ff9b::10.1.2.3'],
  'empty.example.test': [],
  'garbage.example.test': ['not-an-address'],
});

function policy(options: { allowPrivate: boolean; requireHttps?: boolean }) {
  return createWebhookUrlPolicy({ requireHttps: false, resolve: dns, ...options });
}

const strict = policy({ allowPrivate: false });
const lenient = policy({ allowPrivate: true });

describe('webhook URL policy: the issue acceptance list', () => {
  const refusedUnlessAllowed = [
    'http://127.0.0.1/hook',
    'http://[::1]/hook',
    'http://10.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0x7f.1/hook',
    'http://loopback.example.test/hook',
    'http://localhost/hook',
  ];

  it.each(refusedUnlessAllowed)('refuses %s', async (url) => {
    const verdict = await strict.check(url);
    expect(verdict).toEqual({ allowed: false, reason: expect.stringMatching(/loopback|private|metadata/) });
  });

  it.each(refusedUnlessAllowed)('accepts %s when private addresses are allowed', async (url) => {
    expect(await lenient.check(url)).toEqual({ allowed: true });
  });
});

describe('webhook URL policy: addresses', () => {
  // [host as written in a URL, the kind the reason names]
  const blocked: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    // Spellings the WHATWG parser turns into 127.0.0.1, as an HTTP client would.
    ['0x7f.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['%31%32%37.0.0.1', 'loopback'],
    ['[::1]', 'loopback'],
    ['[0:0:0:0:0:0:0:1]', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['[::]', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['[fc00::1]', 'private'],
    ['[fd12:3456::1]', 'private'],
    ['169.254.0.1', 'link-local'],
    ['[fe80::1]', 'link-local'],
    ['[febf::1]', 'link-local'],
    ['169.254.169.254', 'cloud metadata'],
    ['[fd00:ec2::254]', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['[ff02::1]', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['[2001:db8::1]', 'reserved'],
    ['[fec0::1]', 'reserved'],
    ['[64:ff9b:1::a]', 'reserved'],
    // IPv6 forms that carry an IPv4 address are judged by that address.
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['[::ffff:169.254.169.254]', 'cloud metadata'],
    ['[::127.0.0.1]', 'loopback (IPv4-compatible of 127.0.0.1)'],
    ['[::ffff:0:7f00:1]', 'loopback (IPv4-translated of 127.0.0.1)'],
    ['[64:ff9b::127.0.0.1]', 'loopback (NAT64 of 127.0.0.1)'],
    ['[64:ff9b::a00:1]', 'private (NAT64 of 10.0.0.1)'],
    ['[2002:7f00:1::]', 'loopback (6to4 of 127.0.0.1)'],
    ['[2002:a9fe:a9fe::1]', 'cloud metadata (6to4 of 169.254.169.254)'],
    ['[2002:c0a8:101::1]', 'private (6to4 of 192.168.1.1)'],
    ['[2001:0:4136:e378:8000:63bf:80ff:fffe]', 'loopback (Teredo of 127.0.0.1)'],
  ];

  it.each(
    blocked,
  )('refuses %s (%s) and accepts it when private addresses are allowed', async (host, kind) => {
    const url = `https://${host}:8443/hook`;
    const verdict = await strict.check(url);
    expect(verdict).toEqual({ allowed: false, reason: expect.stringContaining(`address: ${kind}`) });
    expect(await lenient.check(url)).toEqual({ allowed: true });
  });

  const publicHosts = [
    PUBLIC_V4,
    '8.8.8.8',
    '1.1.1.1',
    '11.0.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.167.255.255',
    '192.169.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.255.255',
    '169.255.0.1',
    '223.255.255.255',
    `[${PUBLIC_V6}]`,
    '[2606:4700:4700::1111]',
    '[2001:4860:4860::8888]',
    '[::ffff:8.8.8.8]',
    '[64:ff9b::808:808]',
    '[2002:808:808::1]',
    '[2001:0:4136:e378:8000:63bf:f7f7:f7f7]',
    '[fbff::1]',
    'hooks.example.com',
  ];

  it.each(publicHosts)('accepts the public %s', async (host) => {
    expect(await strict.check(`https://${host}/hook`)).toEqual({ allowed: true });
  });
});

describe('webhook URL policy: resolved addresses', () => {
  it.each([
    ['one-private.example.test', '10.0.0.1, which is not a public address: private'],
    ['mapped.example.test', '::ffff:127.0.0.1, which is not a public address: loopback'],
    ['ula.example.test', 'fd00::1, which is not a public address: private'],
    ['zoned.example.test', 'fe80::1%eth0, which is not a public address: link-local'],
    ['nat64.example.test', 'private (NAT64 of 10.1.2.3)'],
  ])('refuses %s: every address it resolves to must be public', async (host, reason) => {
    const verdict = await strict.check(`https://${host}/hook`);
    expect(verdict).toEqual({ allowed: false, reason: expect.stringContaining(`${host} resolves to`) });
    expect(verdict).toEqual({ allowed: false, reason: expect.stringContaining(reason) });
    expect(await lenient.check(`https://${host}/hook`)).toEqual({ allowed: true });
  });

  it('refuses a host that does not resolve, whatever the address rule', async () => {
    for (const check of [strict, lenient]) {
      expect(await check.check('https://nowhere.example.test/hook')).toEqual({
        allowed: false,
        reason: 'nowhere.example.test does not resolve (ENOTFOUND)',
      });
      expect(await check.check('https://empty.example.test/hook')).toEqual({
        allowed: false,
        reason: 'empty.example.test does not resolve',
      });
      expect(await check.check('https://garbage.example.test/hook')).toEqual({
        allowed: false,
        reason: 'garbage.example.test resolves to something that is not an IP address',
      });
    }
  });

  it('refuses localhost names and metadata hosts by name, without asking DNS', async () => {
    const resolve = fakeDns({ localhost: [PUBLIC_V4], 'metadata.google.internal': [PUBLIC_V4] });
    const check = createWebhookUrlPolicy({ allowPrivate: false, requireHttps: false, resolve });
    for (const host of ['localhost', 'LOCALHOST.', 'api.localhost', 'metadata.google.internal', 'metadata']) {
      expect(await check.check(`http://${host}:3000/hook`)).toEqual({
        allowed: false,
        reason: expect.stringMatching(/is a (loopback name|cloud metadata host)$/),
      });
    }
    expect(resolve.asked).toEqual([]);
  });

  it('does not ask DNS about an IP literal', async () => {
    const resolve = fakeDns({});
    const check = createWebhookUrlPolicy({ allowPrivate: false, requireHttps: false, resolve });
    expect(await check.check(`https://${PUBLIC_V4}/hook`)).toEqual({ allowed: true });
    expect(await check.check(`https://[${PUBLIC_V6}]/hook`)).toEqual({ allowed: true });
    expect(resolve.asked).toEqual([]);
  });

  it('hands the sender the host name and every address it checked', async () => {
    const target = await checkWebhookTarget('https://Hooks.Example.com:8443/a?b=c', {
      allowPrivate: false,
      requireHttps: true,
      resolve: dns,
    });
    expect(target).toMatchObject({
      allowed: true,
      hostname: 'hooks.example.com',
      addresses: [PUBLIC_V4, PUBLIC_V6],
    });
    expect(target.allowed && target.url.href).toBe('https://hooks.example.com:8443/a?b=c');
  });

  it('resolves with the system resolver by default (localhost comes from /etc/hosts)', async () => {
    const check = createWebhookUrlPolicy({ allowPrivate: true, requireHttps: false });
    expect(await check.check('http://localhost:3000/hook')).toEqual({ allowed: true });
  });
});

describe('webhook URL policy: scheme, credentials and https (the allow flag does not lift these)', () => {
  it.each([
    ['ftp://hooks.example.com/hook', 'only http and https URLs'],
    ['file:///etc/passwd', 'only http and https URLs'],
    ['gopher://hooks.example.com:70/_x', 'only http and https URLs'],
    ['ws://hooks.example.com/hook', 'only http and https URLs'],
    ['javascript:alert(1)', 'only http and https URLs'],
    ['data:text/plain,hello', 'only http and https URLs'],
    ['https://user:secret@hooks.example.com/hook', 'credentials in the URL are not allowed'],
    ['https://user@hooks.example.com/hook', 'credentials in the URL are not allowed'],
    ['https://:secret@hooks.example.com/hook', 'credentials in the URL are not allowed'],
    ['hooks.example.com/hook', 'not a valid URL'],
    ['', 'not a valid URL'],
    ['https://[fe80::1%25eth0]/hook', 'not a valid URL'],
  ])('refuses %s', async (url, reason) => {
    for (const check of [strict, lenient]) expect(await check.check(url)).toEqual({ allowed: false, reason });
  });

  it('requires https when told to', async () => {
    for (const allowPrivate of [false, true]) {
      const check = policy({ allowPrivate, requireHttps: true });
      expect(await check.check('http://hooks.example.com/hook')).toEqual({
        allowed: false,
        reason: 'https is required',
      });
      expect(await check.check('https://hooks.example.com/hook')).toEqual({ allowed: true });
    }
    expect(await strict.check('http://hooks.example.com/hook')).toEqual({ allowed: true });
  });
});
