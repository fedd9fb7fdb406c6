import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { everyRateLimit } from '../../plugins/rate-limit';
import { addSchemas, ProblemSchema, paramWithVerb, ref } from '../../schemas/common';
import { SlotSchema } from '../one-time-links/one-time-links.schemas';
import { createBotGuard } from '../public/bot-guard';
import { AvailabilityQuery, AvailabilitySchema, BotChallengeSchema } from '../public/public.schemas';
import {
  ManageCancelSchema,
  ManagedBookingSchema,
  ManageRescheduleSchema,
  ManageTokenParams,
  manageSchemas,
} from './manage.schemas';

const problems = {
  400: ref(ProblemSchema),
  404: ref(ProblemSchema),
  429: ref(ProblemSchema),
};

const idempotencyHeader = {
  type: 'object',
  properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/**
 * The attendee's manage page: no sign-in, the token is the key. GETs never change anything (mail scanners open
 * links); the POSTs are guarded like booking: bot check, rate limits per IP and per token, Idempotency-Key.
 */
export const manageRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['manageBooking'],
    | 'botCheck'
    | 'findBookingOwner'
    | 'limits'
    | 'openManagedBooking'
    | 'cancelManagedBooking'
    | 'rescheduleManagedBooking'
    | 'listManageAvailability'
  >
> = async (app, manage) => {
  // Availability and its challenge are the booking page's schemas, registered here too.
  addSchemas(app, [SlotSchema, AvailabilitySchema, BotChallengeSchema, ...manageSchemas]);
  const { limits } = manage;
  const perIp = { rateLimit: { max: limits.perIpPerMinute, timeWindow: '1 minute' } };
  const changeLimits = everyRateLimit(app, [
    {
      max: limits.bookPerIpPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (r) => `manage-ip:${r.ip}`,
    },
    {
      max: limits.bookPerLinkPerMinute,
      timeWindow: '1 minute',
      // Hashed: the limiter's store (Redis) never holds a manage token in clear.
      keyGenerator: (r) =>
        `manage-token:${createHash('sha256')
          .update((r.params as { token?: string }).token ?? '')
          .digest('base64url')}`,
    },
  ]);
  const botGuard = createBotGuard({
    enabled: limits.botProtection,
    botCheck: manage.botCheck,
    purpose: 'manage',
    findOwner: manage.findBookingOwner,
  });
  const meta = (request: { headers: Record<string, unknown>; ip: string }) => ({
    idempotencyKey: request.headers['idempotency-key'] as string | undefined,
    ip: request.ip,
  });

  app.get(
    '/public/manage/:token',
    {
      config: perIp,
      schema: {
        operationId: 'getManagedBooking',
        tags: ['public'],
        summary: 'A booking as its attendee sees it, and until when they can change it (changes nothing)',
        params: ManageTokenParams,
        response: { 200: ref(ManagedBookingSchema), ...problems },
      },
    },
    async (request) => manage.openManagedBooking(request.params.token),
  );

  app.get(
    '/public/manage/:token/availability',
    {
      config: perIp,
      schema: {
        operationId: 'getManagedBookingAvailability',
        tags: ['public'],
        summary: 'Free slots to move the booking to; its own time counts as free',
        params: ManageTokenParams,
        querystring: AvailabilityQuery,
        response: {
          200: ref(AvailabilitySchema),
          409: ref(ProblemSchema),
          410: ref(ProblemSchema),
          422: ref(ProblemSchema),
          503: ref(ProblemSchema),
          ...problems,
        },
      },
    },
    async (request) =>
      manage.listManageAvailability(request.params.token, {
        from: new Date(request.query.from),
        to: new Date(request.query.to),
        duration: request.query.duration,
        timeZone: request.query.timezone,
      }),
  );

  app.get(
    '/public/manage/:token/challenge',
    {
      config: perIp,
      schema: {
        operationId: 'getManageChallenge',
        tags: ['public'],
        summary:
          'A proof-of-work challenge to solve before cancelling or rescheduling this booking (valid for it only, briefly, once)',
        params: ManageTokenParams,
        response: { 200: ref(BotChallengeSchema), 429: ref(ProblemSchema) },
      },
    },
    async (request) => manage.botCheck.createChallenge({ purpose: 'manage', token: request.params.token }),
  );

  app.post(
    `/public/manage/${paramWithVerb('token', 'cancel')}`,
    {
      onRequest: changeLimits,
      preHandler: botGuard,
      schema: {
        operationId: 'cancelManagedBooking',
        tags: ['public'],
        summary:
          'The attendee cancels (honours Idempotency-Key; a cancelled booking answers unchanged; 409 too_late_to_change within the link’s minChangeNoticeMinutes)',
        params: ManageTokenParams,
        headers: idempotencyHeader,
        body: ref(ManageCancelSchema),
        response: {
          200: ref(ManagedBookingSchema),
          403: ref(ProblemSchema),
          409: ref(ProblemSchema),
          422: ref(ProblemSchema),
          ...problems,
        },
      },
    },
    async (request) =>
      manage.cancelManagedBooking(request.params.token, { reason: request.body.reason }, meta(request)),
  );

  app.post(
    `/public/manage/${paramWithVerb('token', 'reschedule')}`,
    {
      onRequest: changeLimits,
      preHandler: botGuard,
      schema: {
        operationId: 'rescheduleManagedBooking',
        tags: ['public'],
        summary:
          'The attendee moves the booking to a free slot of its link (honours Idempotency-Key; 409 slot_unavailable, too_late_to_change, booking_cancelled)',
        params: ManageTokenParams,
        headers: idempotencyHeader,
        body: ref(ManageRescheduleSchema),
        response: {
          200: ref(ManagedBookingSchema),
          403: ref(ProblemSchema),
          409: ref(ProblemSchema),
          410: ref(ProblemSchema),
          422: ref(ProblemSchema),
          503: ref(ProblemSchema),
          ...problems,
        },
      },
    },
    async (request) =>
      manage.rescheduleManagedBooking(
        request.params.token,
        { start: new Date(request.body.start), duration: request.body.duration },
        meta(request),
      ),
  );
};
