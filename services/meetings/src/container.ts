import { join } from 'node:path';
import { createFileEmail, createSmtpEmail, type EmailPort } from '@bookings/email';
import type { FastifyBaseLogger } from 'fastify';
import { createAccessTokenIssuer } from './adapters/auth/access-tokens';
import { createSealer, randomTokens } from './adapters/crypto/tokens';
import { type Database, openDatabase } from './adapters/db/client';
import { createOwnersRepository } from './adapters/db/repositories/owners-repository';
import { createSignInTokensRepository } from './adapters/db/repositories/sign-in-tokens-repository';
import type { Config } from './config';
import type { Clock } from './ports/clock';
import { makeRequestSignInLink } from './use-cases/auth/request-sign-in-link';
import { makeVerifySignIn } from './use-cases/auth/verify-sign-in';
import { makeCheckHealth } from './use-cases/check-health';

/** The adapters a test may replace; everything else is derived from them and the config. */
export interface Adapters {
  database: Database;
  email: EmailPort & { close?: () => Promise<void> };
  clock: Clock;
}

export const systemClock: Clock = { now: () => new Date() };

export function createAdapters(
  config: Config,
  log: FastifyBaseLogger,
  overrides: Partial<Adapters> = {},
): Adapters {
  return {
    database:
      overrides.database ??
      openDatabase(
        config.database.url
          ? { kind: 'postgres', url: config.database.url }
          : { kind: 'pglite', dataDir: join(config.dataDir, 'pglite') },
      ),
    email: overrides.email ?? createEmail(config, log),
    clock: overrides.clock ?? systemClock,
  };
}

function createEmail(config: Config, log: FastifyBaseLogger): Adapters['email'] {
  if (config.mail.smtpUrl) return createSmtpEmail({ url: config.mail.smtpUrl, from: config.mail.from });
  const dir = join(config.dataDir, 'mail');
  return createFileEmail({
    dir,
    from: config.mail.from,
    // Without SMTP the links in a mail are the only way in: log them so a developer can click them.
    onWritten: ({ file, message, links }) =>
      log.info({ to: message.to.email, subject: message.subject, file, links }, `mail written to ${file}`),
  });
}

/** The composition root: repositories and adapters wired into use cases, by hand. */
export function createContainer(config: Config, adapters: Adapters) {
  const { database, email, clock } = adapters;
  const db = database.db;
  const owners = createOwnersRepository(db);
  const signInTokens = createSignInTokensRepository(db);
  const accessTokens = createAccessTokenIssuer(config.auth.jwtSecret, config.auth.tokenTtlSeconds, () =>
    clock.now(),
  );
  const sealer = createSealer(config.encryptionKey);

  return {
    database,
    owners,
    accessTokens,
    sealer,
    checkHealth: makeCheckHealth({ database }),
    requestSignInLink: makeRequestSignInLink({
      signInTokens,
      tokens: randomTokens,
      clock,
      email,
      signInPageUrl: `${config.publicBaseUrl}/bookings/sign-in`,
    }),
    verifySignIn: makeVerifySignIn({ signInTokens, owners, tokens: randomTokens, accessTokens, clock }),
  };
}

export type Container = ReturnType<typeof createContainer>;
