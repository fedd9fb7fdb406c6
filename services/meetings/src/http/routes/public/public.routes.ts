import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { everyRateLimit } from '../../plugins/rate-limit';
import { addSchemas, ProblemSchema, ref } from '../../schemas/common';
import { sendRemembered } from '../../send-remembered';
import { SlotSchema } from '../one-time-links/one-time-links.schemas';
import { QuestionSchema } from '../templates/templates.schemas';
import { createBotGuard } from './bot-guard';
import {
  AvailabilityQuery,
  AvailabilitySchema,
  BookingConfirmationSchema,
  BookingRequestSchema,
  BotChallengeSchema,
  PublicLinkSchema,
  PublicTokenParams,
  publicSchemas,
} from './public.schemas';

const problems = {
  400: ref(ProblemSchema),
  404: ref(ProblemSchema),
  410: ref(ProblemSchema),
  429: ref(ProblemSchema),
};

/** The routes of the public booking page: no sign-in, rate limited per IP, booking also per link. */
export const publicRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['publicBooking'],
    'bookSlot' | 'botCheck' | 'findLinkOwner' | 'limits' | 'listPublicAvailability' | 'openPublicLink'
  >
> = async (app, publicBooking) => {
  // The page shows a template's questions and one-time links' slots: those areas' schemas, registered here too.
  addSchemas(app, [QuestionSchema, SlotSchema, ...publicSchemas]);
  const { limits } = publicBooking;
  const perIp = { rateLimit: { max: limits.perIpPerMinute, timeWindow: '1 minute' } };
  const bookingLimits = everyRateLimit(app, [
    {
      max: limits.bookPerIpPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (r) => `book-ip:${r.ip}`,
    },
    {
      max: limits.bookPerLinkPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (r) => `book-link:${(r.params as { token?: string }).token ?? ''}`,
    },
  ]);

  app.get(
    '/public/:token',
    {
      config: perIp,
      schema: {
        operationId: 'getPublicLink',
        tags: ['public'],
        summary: 'What a booking page offers (records a view)',
        params: PublicTokenParams,
        response: { 200: ref(PublicLinkSchema), ...problems },
      },
    },
    async (request, reply) =>
      sendRemembered(
        reply,
        await publicBooking.openPublicLink(request.params.token, request.headers.referer),
      ),
  );

  app.get(
    '/public/:token/availability',
    {
      config: perIp,
      schema: {
        operationId: 'getPublicAvailability',
        tags: ['public'],
        summary: 'Free slots (UTC) grouped by local date in the requested zone',
        params: PublicTokenParams,
        querystring: AvailabilityQuery,
        response: {
          200: ref(AvailabilitySchema),
          422: ref(ProblemSchema),
          503: ref(ProblemSchema),
          ...problems,
        },
      },
    },
    async (request, reply) =>
      sendRemembered(
        reply,
        await publicBooking.listPublicAvailability(request.params.token, {
          from: new Date(request.query.from),
          to: new Date(request.query.to),
          duration: request.query.duration,
          timeZone: request.query.timezone,
        }),
        { compress: true },
      ),
  );

  app.get(
    '/public/:token/challenge',
    {
      config: perIp,
      schema: {
        operationId: 'getBookingChallenge',
        tags: ['public'],
        summary:
          'A proof-of-work challenge to solve before booking through this link (valid for it only, briefly, once)',
        params: PublicTokenParams,
        response: { 200: ref(BotChallengeSchema), 429: ref(ProblemSchema) },
      },
    },
    async (request) =>
      publicBooking.botCheck.createChallenge({ purpose: 'book', token: request.params.token }),
  );

  app.post(
    '/public/:token/book',
    {
      onRequest: bookingLimits,
      preHandler: createBotGuard({
        enabled: limits.botProtection,
        botCheck: publicBooking.botCheck,
        purpose: 'book',
        findOwner: publicBooking.findLinkOwner,
      }),
      schema: {
        operationId: 'bookSlot',
        tags: ['public'],
        summary: 'Book a slot (honours Idempotency-Key)',
        params: PublicTokenParams,
        headers: {
          type: 'object',
          properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 200 } },
        },
        body: ref(BookingRequestSchema),
        response: {
          201: ref(BookingConfirmationSchema),
          403: ref(ProblemSchema),
          409: ref(ProblemSchema),
          422: ref(ProblemSchema),
          503: ref(ProblemSchema),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const confirmation = await publicBooking.bookSlot(
        request.params.token,
        {
          start: new Date(body.start),
          duration: body.duration,
          name: body.name,
          email: body.email,
          timeZone: body.timezone,
          answers: body.answers ?? {},
        },
        { idempotencyKey: request.headers['idempotency-key'] as string | undefined, ip: request.ip },
      );
      return reply.code(201).send(confirmation);
    },
  );
};
