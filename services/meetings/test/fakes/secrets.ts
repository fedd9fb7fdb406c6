import type { Sealer, TokenGenerator } from '../../src/ports/secrets';

/**
 * Secrets a test can read: tokens count up, a hash is the token behind a marker, sealing is reversible by
 * eye. The real ones (adapters/crypto) are proven by the integration tests.
 */
export function fakeTokens(prefix = 'token'): TokenGenerator & { issued: string[] } {
  const issued: string[] = [];
  return {
    issued,
    generate() {
      const token = `${prefix}-${issued.length + 1}`;
      issued.push(token);
      return { token, hash: `hash:${token}` };
    },
    hash: (token) => `hash:${token}`,
  };
}

export const fakeSealer: Sealer = {
  seal: (plain) => `sealed:${plain}`,
  unseal: (sealed) => sealed.replace(/^sealed:/, ''),
};
