import { join } from 'node:path';
import { createFileEmail, createSmtpEmail, type EmailPort } from '@bookings/email';
import type { ProviderName } from '@bookings/office';
import type { FastifyBaseLogger } from 'fastify';
import { createAccessTokenIssuer } from './adapters/auth/access-tokens';
import { createSealer, randomTokens } from './adapters/crypto/tokens';
import { type Database, openDatabase } from './adapters/db/client';
import {
  createCalendarConnectionsRepository,
  createOAuthStatesRepository,
} from './adapters/db/repositories/calendar-connections-repository';
import { createOwnersRepository } from './adapters/db/repositories/owners-repository';
import {
  createBookingContextRepository,
  createSideEffectsRepository,
} from './adapters/db/repositories/side-effects-repository';
import { createSignInTokensRepository } from './adapters/db/repositories/sign-in-tokens-repository';
import { type CalendarBusyTime, createCalendarBusyTime } from './adapters/office/calendar-busy-time';
import { createProviderOffices } from './adapters/office/provider-offices';
import type { Config } from './config';
import { createSideEffectsQueue, type SideEffectsQueue } from './jobs/side-effects-queue';
import type { Clock } from './ports/clock';
import type { Sealer } from './ports/secrets';
import { makeRequestSignInLink } from './use-cases/auth/request-sign-in-link';
import { makeVerifySignIn } from './use-cases/auth/verify-sign-in';
import { makeCheckHealth } from './use-cases/check-health';
import { makeCompleteConnection } from './use-cases/connections/complete-connection';
import {
  makeDisconnect,
  makeListConnectionCalendars,
  makeListConnections,
  makeUpdateConnection,
} from './use-cases/connections/manage-connections';
import { makeStartConnection } from './use-cases/connections/start-connection';
import { makeSearchContacts } from './use-cases/contacts/search-contacts';
import { makeListBookingSideEffects } from './use-cases/side-effects/list-booking-side-effects';
import { makeRunSideEffect } from './use-cases/side-effects/run-side-effect';

/** The adapters a test may replace; everything else is derived from them and the config. */
export interface Adapters {
  database: Database;
  email: EmailPort & { close?: () => Promise<void> };
  clock: Clock;
  /** Where background work (job queue, provider failures) reports; silent when absent. */
  log?: FastifyBaseLogger;
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
    log: overrides.log ?? log,
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
    ...createIntegrations(config, adapters, sealer),
  };
}

/** Calendar connections, busy time, contacts and the booking side effects (event, emails, contact, follow-up). */
function createIntegrations(config: Config, adapters: Adapters, sealer: Sealer) {
  const { database, email, clock, log } = adapters;
  const db = database.db;
  const connections = createCalendarConnectionsRepository(db, sealer);
  const oauthStates = createOAuthStatesRepository(db);
  const sideEffectsRepository = createSideEffectsRepository(db);
  const offices = createProviderOffices(config.integrations, connections);
  const redirectUriFor = (provider: ProviderName) =>
    `${config.publicBaseUrl}/bookings/connections/${provider}/callback`;
  const busyTime = createCalendarBusyTime({
    connections,
    officeFor: offices.officeFor,
    clock,
    cacheSeconds: config.integrations.busyCacheSeconds,
    onProviderError: (error, context) => log?.warn({ err: error, ...context }, 'busy time unavailable'),
  });
  const invalidateBusy = (ownerId: string) => busyTime.invalidate(ownerId);
  const runSideEffect = makeRunSideEffect({
    sideEffects: sideEffectsRepository,
    bookings: createBookingContextRepository(db),
    connections,
    officeFor: offices.officeFor,
    email,
    clock,
    publicBaseUrl: config.publicBaseUrl,
    maxAttempts: config.integrations.sideEffects.maxAttempts,
  });
  const sideEffects = createSideEffectsQueue({
    database,
    sideEffects: sideEffectsRepository,
    run: runSideEffect,
    clock,
    config: config.integrations.sideEffects,
    log: log ?? silentLog,
  });

  return {
    publicBaseUrl: config.publicBaseUrl,
    calendarConnections: connections,
    /** Busy time of the owner's connected calendars: the availability and booking use cases read it. */
    busyTime: busyTime as CalendarBusyTime,
    /** Call `sideEffects.wake()` after a booking commits; the app starts and stops the queue. */
    sideEffects: sideEffects as SideEffectsQueue,
    runSideEffect,
    listConnections: makeListConnections({ connections }),
    startConnection: makeStartConnection({
      offices,
      states: oauthStates,
      tokens: randomTokens,
      clock,
      redirectUriFor,
    }),
    completeConnection: makeCompleteConnection({
      offices,
      states: oauthStates,
      connections,
      tokens: randomTokens,
      clock,
      redirectUriFor,
      onConnected: invalidateBusy,
    }),
    listConnectionCalendars: makeListConnectionCalendars({ connections, officeFor: offices.officeFor }),
    updateConnection: makeUpdateConnection({ connections, officeFor: offices.officeFor, invalidateBusy }),
    disconnect: makeDisconnect({ connections, invalidateBusy }),
    searchContacts: makeSearchContacts({
      connections,
      officeFor: offices.officeFor,
      onProviderError: (error, connectionId) =>
        log?.warn({ err: error, connectionId }, 'contact search failed'),
    }),
    listBookingSideEffects: makeListBookingSideEffects({ sideEffects: sideEffectsRepository }),
  };
}

const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

export type Container = ReturnType<typeof createContainer>;
