import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signWebhook } from './signature';

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

describe('signWebhook', () => {
  it('signs so that the standardwebhooks package verifies the request', () => {
    const secret = newSecret();
    const body = JSON.stringify({ type: 'ping', timestamp: new Date().toISOString(), data: {} });
    const headers = signWebhook({ id: 'msg_1', timestamp: new Date(), body, secrets: [secret] });
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('puts one signature per secret in the header, each verifying on its own', () => {
    const [old, current] = [newSecret(), newSecret()];
    const body = '{"type":"ping"}';
    const headers = signWebhook({ id: 'msg_2', timestamp: new Date(), body, secrets: [current, old] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(old).verify(body, { ...headers })).toEqual({ type: 'ping' });
    expect(new Webhook(current).verify(body, { ...headers })).toEqual({ type: 'ping' });
    expect(() => new Webhook(newSecret()).verify(body, { ...headers })).toThrow();
  });

  it('fails verification when the body changed on the way', () => {
    const secret = newSecret();
    const headers = signWebhook({ id: 'msg_3', timestamp: new Date(), body: '{"a":1}', secrets: [secret] });
    expect(() => new Webhook(secret).verify('{"a":2}', { ...headers })).toThrow();
  });
});
