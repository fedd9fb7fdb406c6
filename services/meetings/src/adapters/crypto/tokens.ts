import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Sealer, TokenGenerator } from '../../ports/secrets';
import type { WebhookSecretGenerator } from '../../ports/webhooks';

const TOKEN_BYTES = 32; // 256 bits from the OS CSPRNG

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export const randomTokens: TokenGenerator = {
  generate() {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    return { token, hash: hashToken(token) };
  },
  hash: hashToken,
};

/** AES-256-GCM; the output is `iv.ciphertext.tag`, each base64url. */
export function createSealer(key: Buffer): Sealer {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
    },
    unseal(sealed) {
      const [iv, body, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !body || !tag) throw new Error('sealed value is malformed');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

/** Standard Webhooks signing secrets: `whsec_` + base64 of 32 bytes from the OS CSPRNG. */
export const randomWebhookSecrets: WebhookSecretGenerator = {
  generate: () => `whsec_${randomBytes(TOKEN_BYTES).toString('base64')}`,
};
