import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createFileEmail, createSmtpEmail, type EmailPort } from '@bookings/email';
import type { FastifyBaseLogger } from 'fastify';
import { createAccessTokenIssuer } from './adapters/auth/access-tokens';
import { createAltchaBotCheck } from './adapters/bot/altcha-bot-check';
import { createSealer, randomTokens } from './adapters/crypto/tokens';
import { createBookingUnitOfWork } from './adapters/db/booking-unit-of-work';
import { type Database, openDatabase } from './adapters/db/client';
import { createAnalyticsRepository } from './adapters/db/repositories/analytics-repository';
import { createAuditRepository } from './adapters/db/repositories/audit-repository';
import { createBookingsBusyTime } from './adapters/db/repositories/bookings-busy-time';
import { createBookingsRepository } from './adapters/db/repositories/bookings-repository';
import { createLinksRepository } from './adapters/db/repositories/links-repository';
import { createOneTimeLinksRepository } from './adapters/db/repositories/one-time-links-repository';
import { createOwnersRepository } from './adapters/db/repositories/owners-repository';
import { createSignInTokensRepository } from './adapters/db/repositories/sign-in-tokens-repository';
import { createTemplatesRepository } from './adapters/db/repositories/templates-repository';
import { createUnitOfWork } from './adapters/db/unit-of-work';
import type { Config } from './config';
import type { Clock } from './ports/clock';
import { makeGetLinkAnalytics } from './use-cases/analytics/get-link-analytics';
import { makeListAuditEntries } from './use-cases/audit/list-audit-entries';
import { makeRequestSignInLink } from './use-cases/auth/request-sign-in-link';
import { makeVerifySignIn } from './use-cases/auth/verify-sign-in';
import { makeLoadAvailabilityInput } from './use-cases/availability/load-availability-input';
import { makeListBookings } from './use-cases/bookings/list-bookings';
import { makeCheckHealth } from './use-cases/check-health';
import { makeCreateLink } from './use-cases/links/create-link';
import { makeDeleteLink } from './use-cases/links/delete-link';
import { makeDuplicateLink } from './use-cases/links/duplicate-link';
import { makeGetLink } from './use-cases/links/get-link';
import { makeListLinks } from './use-cases/links/list-links';
import { makeToggleLink } from './use-cases/links/toggle-link';
import { makeUpdateLink } from './use-cases/links/update-link';
import { makeCreateOneTimeLink } from './use-cases/one-time-links/create-one-time-link';
import { makeListOneTimeLinks } from './use-cases/one-time-links/list-one-time-links';
import { makeRevokeOneTimeLink } from './use-cases/one-time-links/revoke-one-time-link';
import { makeBookSlot } from './use-cases/public/book-slot';
import { makeListPublicAvailability } from './use-cases/public/list-public-availability';
import { makeOpenPublicLink } from './use-cases/public/open-public-link';
import { makeResolvePublicLink } from './use-cases/public/resolve-public-link';
import { makeCreateTemplate } from './use-cases/templates/create-template';
import { makeDeleteTemplate } from './use-cases/templates/delete-template';
import { makeGetTemplate } from './use-cases/templates/get-template';
import { listTemplateLibrary } from './use-cases/templates/list-template-library';
import { makeListTemplates } from './use-cases/templates/list-templates';
import { makeUpdateTemplate } from './use-cases/templates/update-template';
import { makeUseLibraryTemplate } from './use-cases/templates/use-library-template';

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
  const links = createLinksRepository(db);
  const templates = createTemplatesRepository(db);
  const oneTimeLinks = createOneTimeLinksRepository(db);
  const bookings = createBookingsRepository(db);
  const analytics = createAnalyticsRepository(db);
  const audit = createAuditRepository(db);
  const transaction = createUnitOfWork(db);
  const loadAvailabilityInput = makeLoadAvailabilityInput({ busyTime: createBookingsBusyTime(db) });
  const { publicBaseUrl } = config;
  const tokens = randomTokens;
  const createTemplate = makeCreateTemplate({ transaction, clock });
  const busyTime = createBookingsBusyTime(db);
  const botCheck = createAltchaBotCheck(
    createHash('sha256').update(config.encryptionKey).update('altcha').digest('hex'),
    config.publicApi.botChallengeMaxNumber,
  );
  const resolvePublicLink = makeResolvePublicLink({ links, oneTimeLinks, owners, templates, tokens, clock });

  return {
    database,
    owners,
    links,
    oneTimeLinks,
    analytics,
    accessTokens,
    sealer,
    loadAvailabilityInput,
    checkHealth: makeCheckHealth({ database }),
    requestSignInLink: makeRequestSignInLink({
      signInTokens,
      tokens: randomTokens,
      clock,
      email,
      signInPageUrl: `${config.publicBaseUrl}/bookings/sign-in`,
    }),
    verifySignIn: makeVerifySignIn({ signInTokens, owners, tokens: randomTokens, accessTokens, clock }),
    createLink: makeCreateLink({ transaction, tokens, sealer, clock, publicBaseUrl }),
    listLinks: makeListLinks({ links, sealer, publicBaseUrl }),
    getLink: makeGetLink({ links, sealer, publicBaseUrl }),
    updateLink: makeUpdateLink({ transaction, clock, sealer, publicBaseUrl }),
    duplicateLink: makeDuplicateLink({ transaction, tokens, sealer, clock, publicBaseUrl }),
    toggleLink: makeToggleLink({ transaction, clock, sealer, publicBaseUrl }),
    deleteLink: makeDeleteLink({ transaction, clock }),
    createTemplate,
    listTemplates: makeListTemplates({ templates }),
    getTemplate: makeGetTemplate({ templates }),
    updateTemplate: makeUpdateTemplate({ transaction, clock }),
    deleteTemplate: makeDeleteTemplate({ transaction, clock }),
    listTemplateLibrary,
    useLibraryTemplate: makeUseLibraryTemplate({ createTemplate }),
    createOneTimeLink: makeCreateOneTimeLink({
      links,
      transaction,
      tokens,
      loadAvailabilityInput,
      clock,
      publicBaseUrl,
    }),
    listOneTimeLinks: makeListOneTimeLinks({ links, oneTimeLinks, clock }),
    revokeOneTimeLink: makeRevokeOneTimeLink({ transaction, clock }),
    listBookings: makeListBookings({ bookings, clock }),
    getLinkAnalytics: makeGetLinkAnalytics({ links, analytics, clock }),
    listAuditEntries: makeListAuditEntries({ audit }),
    botCheck,
    openPublicLink: makeOpenPublicLink({
      resolvePublicLink,
      analytics,
      clock,
      botProtection: config.publicApi.botProtection,
    }),
    listPublicAvailability: makeListPublicAvailability({ resolvePublicLink, loadAvailabilityInput, clock }),
    bookSlot: makeBookSlot({
      resolvePublicLink,
      busyTime,
      bookingTransaction: createBookingUnitOfWork(db),
      clock,
    }),
  };
}

export type Container = ReturnType<typeof createContainer>;
