import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createFileEmail, createSmtpEmail, type EmailPort } from '@bookings/email';
import { createPkcePair, type ProviderName } from '@bookings/office';
import type { FastifyBaseLogger } from 'fastify';
import { createAccessTokenIssuer } from './adapters/auth/access-tokens';
import { createAltchaBotCheck } from './adapters/bot/altcha-bot-check';
import { createAnswerCache, type InvalidatedAnswerCache } from './adapters/cache/answer-cache';
import { createSealer, randomTokens, randomWebhookSecrets } from './adapters/crypto/tokens';
import { createBookingUnitOfWork } from './adapters/db/booking-unit-of-work';
import { bufferPageViews } from './adapters/db/buffered-page-views';
import { type Database, type Db, openDatabase } from './adapters/db/client';
import { createAnalyticsRepository } from './adapters/db/repositories/analytics-repository';
import { createAuditRepository } from './adapters/db/repositories/audit-repository';
import { createBookingsBusyTime } from './adapters/db/repositories/bookings-busy-time';
import { createBookingsRepository } from './adapters/db/repositories/bookings-repository';
import {
  createCalendarConnectionsRepository,
  createOAuthStatesRepository,
} from './adapters/db/repositories/calendar-connections-repository';
import { createLinksRepository } from './adapters/db/repositories/links-repository';
import { createOneTimeLinksRepository } from './adapters/db/repositories/one-time-links-repository';
import { createOwnersRepository } from './adapters/db/repositories/owners-repository';
import {
  createSideEffectBookingsRepository,
  createSideEffectsRepository,
} from './adapters/db/repositories/side-effects-repository';
import { createSignInTokensRepository } from './adapters/db/repositories/sign-in-tokens-repository';
import { createTemplatesRepository } from './adapters/db/repositories/templates-repository';
import { createUsedBotChallengesRepository } from './adapters/db/repositories/used-bot-challenges-repository';
import {
  createWebhookDeliveriesRepository,
  createWebhookEndpointsRepository,
} from './adapters/db/repositories/webhooks-repository';
import { createUnitOfWork } from './adapters/db/unit-of-work';
import { createDateHolidaysCalendar } from './adapters/holidays/date-holidays-calendar';
import { createSharpAvatarProcessor } from './adapters/images/sharp-avatar-processor';
import { type CalendarBusyTime, createCalendarBusyTime } from './adapters/office/calendar-busy-time';
import { withCalendarBusyTime } from './adapters/office/owner-busy-time';
import { createProviderOffices } from './adapters/office/provider-offices';
import { createWebhookSender } from './adapters/webhooks/http-sender';
import { createWebhookUrlPolicy } from './adapters/webhooks/url-policy';
import { type Config, providerClientVariables } from './config';
import { createJobRunner, type JobRunner } from './jobs/job-runner';
import { createSideEffectsQueue } from './jobs/side-effects-queue';
import { createWebhookDeliveryQueue } from './jobs/webhook-delivery-queue';
import type { Clock } from './ports/clock';
import type { OfficeFor } from './ports/provider-offices';
import type { Sealer } from './ports/secrets';
import type { UnitOfWork } from './ports/unit-of-work';
import type { WebhookSender, WebhookUrlPolicy } from './ports/webhook-delivery';
import { makeGetLinkAnalytics } from './use-cases/analytics/get-link-analytics';
import { makeListAuditEntries } from './use-cases/audit/list-audit-entries';
import { makeRequestSignInLink } from './use-cases/auth/request-sign-in-link';
import { makeVerifySignIn } from './use-cases/auth/verify-sign-in';
import {
  type LoadAvailabilityInput,
  makeLoadAvailabilityInput,
} from './use-cases/availability/load-availability-input';
import { makeCancelBooking, makeRescheduleBooking } from './use-cases/bookings/change-booking';
import { makeListBookings } from './use-cases/bookings/list-bookings';
import { makeListRescheduleSlots } from './use-cases/bookings/list-reschedule-slots';
import { makeOwnerBookingUseCases } from './use-cases/bookings/owner-booking';
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
import { makeListHolidayCountries, makeListHolidays } from './use-cases/holidays/list-holidays';
import { makeCreateLink } from './use-cases/links/create-link';
import { makeDeleteLink } from './use-cases/links/delete-link';
import { makeDuplicateLink } from './use-cases/links/duplicate-link';
import { makeGetLink } from './use-cases/links/get-link';
import { makeListLinks } from './use-cases/links/list-links';
import { makeToggleLink } from './use-cases/links/toggle-link';
import { makeUpdateLink } from './use-cases/links/update-link';
import { makeManageBooking } from './use-cases/manage/manage-booking';
import { makeCreateOneTimeLink } from './use-cases/one-time-links/create-one-time-link';
import { makeListOneTimeLinks } from './use-cases/one-time-links/list-one-time-links';
import { makeRevokeOneTimeLink } from './use-cases/one-time-links/revoke-one-time-link';
import { makeGetAvatar } from './use-cases/profile/get-avatar';
import { makeGetProfile } from './use-cases/profile/get-profile';
import { makeUpdateProfile } from './use-cases/profile/update-profile';
import { type BookSlotDeps, makeBookSlot } from './use-cases/public/book-slot';
import { makeFindLinkOwner, makeFindManagedBookingOwner } from './use-cases/public/find-token-owner';
import { makeListPublicAvailability } from './use-cases/public/list-public-availability';
import { makeOpenPublicLink, makePeekPublicLink } from './use-cases/public/open-public-link';
import { makeFindBookableLink, makeResolvePublicLink } from './use-cases/public/resolve-public-link';
import { makeListBookingSideEffects } from './use-cases/side-effects/list-booking-side-effects';
import { makeRetrySideEffect } from './use-cases/side-effects/retry-side-effect';
import { makeRunSideEffect } from './use-cases/side-effects/run-side-effect';
import { makeCreateTemplate } from './use-cases/templates/create-template';
import { makeDeleteTemplate } from './use-cases/templates/delete-template';
import { makeGetTemplate } from './use-cases/templates/get-template';
import { listTemplateLibrary } from './use-cases/templates/list-template-library';
import { makeListTemplates } from './use-cases/templates/list-templates';
import { makeUpdateTemplate } from './use-cases/templates/update-template';
import { makeUseLibraryTemplate } from './use-cases/templates/use-library-template';
import { makeDeliverWebhook } from './use-cases/webhooks/deliver-webhook';
import { makeManageWebhooks } from './use-cases/webhooks/manage-webhooks';

/** The adapters a test may replace; everything else is derived from them and the config. */
export interface Adapters {
  database: Database;
  email: EmailPort & { close?: () => Promise<void> };
  clock: Clock;
  /**
   * Sends one webhook request, and checks an endpoint URL when it is saved. The network rules (SSRF guard,
   * no redirects, timeout, body cap) live here: `createWebhookAdapters` picks the implementation.
   */
  webhookSender: WebhookSender;
  webhookUrlPolicy: WebhookUrlPolicy;
  /** Where background work (job queue, provider failures) reports; silent when absent. */
  log?: FastifyBaseLogger;
}

export const systemClock: Clock = { now: () => new Date() };

export async function createAdapters(
  config: Config,
  log: FastifyBaseLogger,
  overrides: Partial<Adapters> = {},
): Promise<Adapters> {
  return {
    database:
      overrides.database ??
      (await openDatabase(
        config.database.url
          ? { kind: 'postgres', url: config.database.url }
          : { kind: 'pglite', dataDir: join(config.dataDir, 'pglite') },
      )),
    email: overrides.email ?? createEmail(config, log),
    clock: overrides.clock ?? systemClock,
    ...createWebhookAdapters(config, overrides),
    log: overrides.log ?? log,
  };
}

/**
 * The webhook network adapters: the URL policy refuses internal addresses when an owner saves an endpoint,
 * and the sender checks again at send time and connects only to the address it checked (no DNS rebinding).
 */
function createWebhookAdapters(
  config: Config,
  overrides: Partial<Adapters>,
): Pick<Adapters, 'webhookSender' | 'webhookUrlPolicy'> {
  const { allowPrivate, requireHttps, timeoutMs, maxBodyBytes } = config.webhooks;
  return {
    webhookSender:
      overrides.webhookSender ?? createWebhookSender({ allowPrivate, requireHttps, timeoutMs, maxBodyBytes }),
    webhookUrlPolicy: overrides.webhookUrlPolicy ?? createWebhookUrlPolicy({ allowPrivate, requireHttps }),
  };
}

function createEmail(config: Config, log: FastifyBaseLogger): Adapters['email'] {
  if (config.mail.smtpUrl)
    return createSmtpEmail({
      url: config.mail.smtpUrl,
      from: config.mail.from,
      timeouts: config.mail.timeouts,
    });
  const dir = join(config.dataDir, 'mail');
  return createFileEmail({
    dir,
    from: config.mail.from,
    // Without SMTP the links in a mail are the only way in: log them so a developer can click them.
    onWritten: ({ file, message, links }) =>
      log.info({ to: message.to.email, subject: message.subject, file, links }, `mail written to ${file}`),
  });
}

/**
 * The composition root: repositories and adapters wired into use cases, by hand, one area at a time. Each route
 * plugin receives the part of its area it uses (`Pick<Container['links'], ...>`), never the whole container.
 */
export function createContainer(config: Config, adapters: Adapters) {
  const { database } = adapters;
  const sealer = createSealer(config.encryptionKey);
  const repositories = createRepositories(database.db, sealer, adapters.log);
  // Public pages' headers and free slots, dropped by every change that decides them: bookings and their changes
  // (below), links, templates and one-time links (the unit of work), calendar connections, the owner's profile.
  const answers = createAnswerCache({
    clock: adapters.clock,
    ttlMs: config.publicApi.availabilityCacheSeconds * 1000,
    maxEntries: 2000,
  });
  const connections = createConnections(config, adapters, repositories, (ownerId) =>
    answers.forgetOwner(ownerId),
  );
  // One pg-boss for the process: the side-effect and webhook queues register their work on it.
  const jobs = createJobRunner({ database, log: adapters.log ?? silentLog });
  const sideEffects = createSideEffects(config, adapters, repositories, connections.officeFor, sealer, jobs);
  const webhooks = createWebhooks(config, adapters, repositories, sealer, jobs);
  // After a booking commits, or a change of one: drop cached busy time, start its side effects and
  // webhook deliveries now.
  const afterBookingChange = (booking: { ownerId: string }) => {
    connections.busyTime.invalidate(booking.ownerId);
    answers.forgetOwner(booking.ownerId);
    sideEffects.queue.wake();
    webhooks.queue.wake();
  };
  const wiring: Wiring = {
    config,
    clock: adapters.clock,
    db: database.db,
    repositories,
    // A link change may have written webhook deliveries: they go as soon as it commits.
    transaction: afterCommit(createUnitOfWork(database.db), () => {
      answers.forgetAll();
      webhooks.queue.wake();
    }),
    answers,
    sealer,
    // The owner's bookings plus the busy blocks of every connected calendar.
    loadAvailabilityInput: makeLoadAvailabilityInput({
      busyTime: withCalendarBusyTime(createBookingsBusyTime(database.db), connections.busyTime),
    }),
  };
  const publicBooking = createPublicBooking(wiring, {
    calendarBusy: connections.busyTime,
    onBooked: afterBookingChange,
  });
  const changeBooking = {
    bookingTransaction: createBookingUnitOfWork(database.db),
    calendarBusy: connections.busyTime,
    clock: adapters.clock,
    onChanged: afterBookingChange,
  };
  const listRescheduleSlots = makeListRescheduleSlots({
    loadAvailabilityInput: wiring.loadAvailabilityInput,
  });
  const cancelBooking = makeCancelBooking(changeBooking);
  const holidayCalendar = createDateHolidaysCalendar();
  const rescheduleBooking = makeRescheduleBooking(changeBooking);
  return {
    database,
    sealer,
    repositories,
    health: { checkHealth: makeCheckHealth({ database }) },
    auth: createAuthUseCases(wiring, adapters.email),
    profile: createProfileUseCases(wiring),
    links: createLinkUseCases(wiring),
    templates: createTemplateUseCases(wiring),
    oneTimeLinks: createOneTimeLinkUseCases(wiring),
    bookings: {
      listBookings: makeListBookings({ bookings: repositories.bookings, clock: adapters.clock }),
      listBookingSideEffects: sideEffects.listBookingSideEffects,
      retrySideEffect: sideEffects.retrySideEffect,
      ...makeOwnerBookingUseCases({
        bookings: repositories.bookings,
        sideEffects: repositories.sideEffects,
        cancelBooking,
        rescheduleBooking,
        listRescheduleSlots,
        clock: adapters.clock,
      }),
    },
    analytics: {
      getLinkAnalytics: makeGetLinkAnalytics({
        links: repositories.links,
        analytics: repositories.analytics,
        clock: adapters.clock,
      }),
    },
    audit: { listAuditEntries: makeListAuditEntries({ audit: repositories.audit }) },
    holidays: {
      listHolidayCountries: makeListHolidayCountries({ holidays: holidayCalendar }),
      listHolidays: makeListHolidays({ holidays: holidayCalendar, clock: adapters.clock }),
    },
    connections: connections.useCases,
    contacts: {
      searchContacts: makeSearchContacts({
        connections: repositories.calendarConnections,
        officeFor: connections.officeFor,
        onProviderError: (error, connectionId) =>
          adapters.log?.warn({ err: error, connectionId }, 'contact search failed'),
      }),
    },
    publicBooking,
    manageBooking: {
      limits: config.publicApi,
      botCheck: publicBooking.botCheck,
      findBookingOwner: makeFindManagedBookingOwner({
        bookings: repositories.bookings,
        tokens: randomTokens,
      }),
      ...makeManageBooking({
        bookings: repositories.bookings,
        tokens: randomTokens,
        cancelBooking,
        rescheduleBooking,
        listRescheduleSlots,
        clock: adapters.clock,
        botProtection: config.publicApi.botProtection,
        publicBaseUrl: config.publicBaseUrl,
      }),
    },
    /** The job queue's one pg-boss and its workers: the app starts and stops them. */
    jobs,
    /** The booking side effects' relay: call `wake()` after a booking commits. */
    sideEffects: sideEffects.queue,
    webhooks: webhooks.useCases,
    /** The webhook outbox's relay. */
    webhookDeliveries: webhooks.queue,
  };
}

export type Container = ReturnType<typeof createContainer>;

/** What every area is wired from. */
interface Wiring {
  config: Config;
  clock: Clock;
  db: Db;
  repositories: Repositories;
  /** Writes of links, templates and one-time links, each with its audit entry, in one transaction. */
  transaction: UnitOfWork;
  sealer: Sealer;
  loadAvailabilityInput: LoadAvailabilityInput;
  /** Public pages' answers, forgotten on every change of what decides them. */
  answers: InvalidatedAnswerCache;
}

type Repositories = ReturnType<typeof createRepositories>;

function createRepositories(db: Db, sealer: Sealer, log: FastifyBaseLogger | undefined) {
  return {
    owners: createOwnersRepository(db),
    signInTokens: createSignInTokensRepository(db),
    links: createLinksRepository(db),
    templates: createTemplatesRepository(db),
    oneTimeLinks: createOneTimeLinksRepository(db),
    bookings: createBookingsRepository(db),
    analytics: bufferPageViews(createAnalyticsRepository(db), {
      flushAfterMs: 1000,
      maxBuffered: 500,
      onError: (error) => log?.error({ err: error }, 'page views could not be written'),
    }),
    audit: createAuditRepository(db),
    calendarConnections: createCalendarConnectionsRepository(db, sealer),
    oauthStates: createOAuthStatesRepository(db, sealer),
    sideEffects: createSideEffectsRepository(db),
    usedBotChallenges: createUsedBotChallengesRepository(db),
    webhookEndpoints: createWebhookEndpointsRepository(db),
    webhookDeliveries: createWebhookDeliveriesRepository(db),
  };
}

function createAuthUseCases({ config, clock, repositories }: Wiring, email: EmailPort) {
  const { owners, signInTokens } = repositories;
  const accessTokens = createAccessTokenIssuer(config.auth.jwtSecret, config.auth.tokenTtlSeconds, () =>
    clock.now(),
  );
  return {
    accessTokens,
    requestSignInLink: makeRequestSignInLink({
      signInTokens,
      tokens: randomTokens,
      clock,
      email,
      signInPageUrl: `${config.publicBaseUrl}/bookings/sign-in`,
      linksPerEmail: config.publicApi.signInLinksPerEmail,
      delivery: config.mail.smtpConfigured ? 'email' : 'server',
    }),
    verifySignIn: makeVerifySignIn({ signInTokens, owners, tokens: randomTokens, accessTokens, clock }),
  };
}

/** The owner's name, zone, language and photo; photos are served to booking pages by their hash. */
function createProfileUseCases({ config, repositories, answers }: Wiring) {
  const { owners } = repositories;
  const { publicBaseUrl } = config;
  const updateProfile = makeUpdateProfile({ owners, avatars: createSharpAvatarProcessor(), publicBaseUrl });
  return {
    getProfile: makeGetProfile({ owners, publicBaseUrl }),
    // Public pages show the owner's name and photo.
    updateProfile: async (...args: Parameters<typeof updateProfile>) => {
      const updated = await updateProfile(...args);
      answers.forgetOwner(args[0]);
      return updated;
    },
    getAvatar: makeGetAvatar({ owners }),
  };
}

function createLinkUseCases({ config, clock, repositories, transaction, sealer }: Wiring) {
  const { links } = repositories;
  const { publicBaseUrl } = config;
  const tokens = randomTokens;
  return {
    createLink: makeCreateLink({ transaction, tokens, sealer, clock, publicBaseUrl }),
    listLinks: makeListLinks({ links, sealer, publicBaseUrl }),
    getLink: makeGetLink({ links, sealer, publicBaseUrl }),
    updateLink: makeUpdateLink({ transaction, clock, sealer, publicBaseUrl }),
    duplicateLink: makeDuplicateLink({ transaction, tokens, sealer, clock, publicBaseUrl }),
    toggleLink: makeToggleLink({ transaction, clock, sealer, publicBaseUrl }),
    deleteLink: makeDeleteLink({ transaction, clock, sealer, publicBaseUrl }),
  };
}

function createTemplateUseCases({ clock, repositories, transaction }: Wiring) {
  const { templates } = repositories;
  const createTemplate = makeCreateTemplate({ transaction, clock });
  return {
    createTemplate,
    listTemplates: makeListTemplates({ templates }),
    getTemplate: makeGetTemplate({ templates }),
    updateTemplate: makeUpdateTemplate({ transaction, clock }),
    deleteTemplate: makeDeleteTemplate({ transaction, clock }),
    listTemplateLibrary,
    useLibraryTemplate: makeUseLibraryTemplate({ createTemplate }),
  };
}

function createOneTimeLinkUseCases({
  config,
  clock,
  repositories,
  transaction,
  loadAvailabilityInput,
  sealer,
}: Wiring) {
  const { links, oneTimeLinks } = repositories;
  const publicBaseUrl = config.publicBaseUrl;
  return {
    createOneTimeLink: makeCreateOneTimeLink({
      links,
      transaction,
      tokens: randomTokens,
      sealer,
      loadAvailabilityInput,
      clock,
      publicBaseUrl,
    }),
    listOneTimeLinks: makeListOneTimeLinks({ links, oneTimeLinks, clock, sealer, publicBaseUrl }),
    revokeOneTimeLink: makeRevokeOneTimeLink({ transaction, clock, sealer, publicBaseUrl }),
  };
}

/** The public booking page: open a link, list its free slots, book one (behind the bot check and limits). */
function createPublicBooking(
  { config, clock, db, repositories, loadAvailabilityInput, sealer, answers }: Wiring,
  booking: Pick<BookSlotDeps, 'calendarBusy' | 'onBooked'>,
) {
  const { links, oneTimeLinks, owners, templates, analytics } = repositories;
  const tokens = randomTokens;
  const resolvePublicLink = makeResolvePublicLink({ links, oneTimeLinks, owners, templates, tokens, clock });
  return {
    limits: config.publicApi,
    botCheck: createAltchaBotCheck({
      hmacKey: createHash('sha256').update(config.encryptionKey).update('altcha').digest('hex'),
      maxNumber: config.publicApi.botChallengeMaxNumber,
      clock,
      used: repositories.usedBotChallenges,
    }),
    findLinkOwner: makeFindLinkOwner({ links, oneTimeLinks, tokens }),
    openPublicLink: makeOpenPublicLink({
      resolvePublicLink,
      publicBaseUrl: config.publicBaseUrl,
      analytics,
      clock,
      botProtection: config.publicApi.botProtection,
      answers,
    }),
    peekPublicLink: makePeekPublicLink({
      resolvePublicLink,
      publicBaseUrl: config.publicBaseUrl,
      botProtection: config.publicApi.botProtection,
      answers,
    }),
    listPublicAvailability: makeListPublicAvailability({
      findBookableLink: makeFindBookableLink({ links, oneTimeLinks, tokens, clock }),
      loadAvailabilityInput,
      clock,
      answers,
    }),
    bookSlot: makeBookSlot({
      resolvePublicLink,
      bookingTransaction: createBookingUnitOfWork(db),
      clock,
      tokens,
      sealer,
      publicBaseUrl: config.publicBaseUrl,
      newId: randomUUID,
      ...booking,
    }),
  };
}

/** Calendar connections (OAuth, calendar choices) and the busy time of the connected calendars. */
function createConnections(
  config: Config,
  adapters: Adapters,
  repositories: Repositories,
  onBusyChanged: (ownerId: string) => void,
) {
  const { clock, log } = adapters;
  const { calendarConnections: connections, oauthStates } = repositories;
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
  const invalidateBusy = (ownerId: string) => {
    busyTime.invalidate(ownerId);
    onBusyChanged(ownerId);
  };
  return {
    officeFor: offices.officeFor,
    busyTime,
    useCases: {
      /** Where the OAuth callback sends the browser back to. */
      connectionsPageUrl: `${config.publicBaseUrl}/bookings/dashboard/connections`,
      /** Busy time of the owner's connected calendars: the availability and booking use cases read it. */
      busyTime: busyTime as CalendarBusyTime,
      listConnections: makeListConnections({
        connections,
        providers: (['google', 'microsoft'] as const).map((provider) => ({
          provider,
          configured: config.integrations[provider] !== null,
          settings: providerClientVariables(provider),
        })),
      }),
      /** The browser's flow cookie: scoped to the provider's callback path, Secure when served over https. */
      flowCookie: {
        pathFor: (provider: ProviderName) => new URL(redirectUriFor(provider)).pathname,
        isSecure: config.publicBaseUrl.startsWith('https:'),
      },
      startConnection: makeStartConnection({
        offices,
        states: oauthStates,
        tokens: randomTokens,
        pkce: createPkcePair,
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
      disconnect: makeDisconnect({
        connections,
        offices,
        invalidateBusy,
        onRevokeFailed: (error, context) =>
          log?.warn({ err: error, ...context }, 'the provider did not revoke the disconnected grant'),
      }),
    },
  };
}

/** What follows a booking (event, emails, contact, follow-up), run from the job queue. */
function createSideEffects(
  config: Config,
  adapters: Adapters,
  repositories: Repositories,
  officeFor: OfficeFor,
  sealer: Sealer,
  runner: JobRunner,
) {
  const { database, email, clock, log } = adapters;
  const { sideEffects, calendarConnections } = repositories;
  const runSideEffect = makeRunSideEffect({
    sideEffects,
    bookings: createSideEffectBookingsRepository(database.db, sealer),
    connections: calendarConnections,
    officeFor,
    email,
    clock,
    publicBaseUrl: config.publicBaseUrl,
    mailDomain: config.mail.from.email.split('@')[1] ?? 'localhost',
    maxAttempts: config.integrations.sideEffects.maxAttempts,
    // Twice the job timeout: the queue starts a job again after its timeout, and that run must find a live
    // holder's claim standing; a dead holder's claim lapses a job timeout or so later and the row is taken over.
    claimLeaseMs: 2 * config.integrations.sideEffects.jobTimeoutSeconds * 1000,
  });
  const queue = createSideEffectsQueue({
    runner,
    sideEffects,
    run: runSideEffect,
    clock,
    config: config.integrations.sideEffects,
    log: log ?? silentLog,
  });
  return {
    queue,
    listBookingSideEffects: makeListBookingSideEffects({ sideEffects }),
    retrySideEffect: makeRetrySideEffect({ sideEffects, runner: queue }),
  };
}

const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

/** Runs `then` after each unit of work that commits. */
function afterCommit(unitOfWork: UnitOfWork, then: () => void): UnitOfWork {
  return {
    async run(work) {
      const result = await unitOfWork.run(work);
      then();
      return result;
    },
  };
}

/** Owners' webhook endpoints, and the delivery of their events from the outbox through the job queue. */
function createWebhooks(
  config: Config,
  adapters: Adapters,
  repositories: Repositories,
  sealer: Sealer,
  runner: JobRunner,
) {
  const { email, clock, log } = adapters;
  const { webhookEndpoints: endpoints, webhookDeliveries: deliveries, owners } = repositories;
  const deliver = makeDeliverWebhook({
    deliveries,
    endpoints,
    owners,
    sender: adapters.webhookSender,
    sealer,
    email,
    clock,
    retryBaseSeconds: config.webhooks.retryBaseSeconds,
    webhooksPageUrl: `${config.publicBaseUrl}/bookings/dashboard/webhooks`,
    onEmailError: (error, endpointId) =>
      log?.warn({ err: error, endpointId }, 'the owner could not be told that a webhook was disabled'),
  });
  const queue = createWebhookDeliveryQueue({
    runner,
    deliveries,
    deliver,
    clock,
    config: config.webhooks,
    log: log ?? silentLog,
  });
  return {
    queue,
    useCases: makeManageWebhooks({
      endpoints,
      deliveries,
      sealer,
      secrets: randomWebhookSecrets,
      urlPolicy: adapters.webhookUrlPolicy,
      clock,
      onQueued: () => queue.wake(),
    }),
  };
}
