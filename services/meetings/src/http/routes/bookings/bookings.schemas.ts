import { Type } from 'typebox';
import { Instant, pageOf, pageQueryProperties, ref, Uuid } from '../../schemas/common';
import { SideEffectSchema } from '../side-effects/side-effects.routes';

export const BookingSchema = Type.Object(
  {
    id: Uuid(),
    linkId: Uuid(),
    linkTitle: Type.String(),
    oneTimeLinkId: Type.Union([Uuid(), Type.Null()]),
    status: Type.Enum(['confirmed', 'cancelled'], {
      description: 'cancelled: by the owner or the attendee; it no longer holds its time',
    }),
    start: Instant(),
    end: Instant(),
    recipient: Type.Object(
      {
        name: Type.String(),
        email: Type.String(),
        timeZone: Type.String({ examples: ['America/New_York'] }),
      },
      { additionalProperties: false },
    ),
    answers: Type.Record(Type.String(), Type.Unknown(), {
      description: 'Answers to the template’s questions, by question id',
    }),
    calendarEventId: Type.Union([Type.String(), Type.Null()], {
      description: 'The event in the owner’s calendar, once created',
    }),
    joinUrl: Type.Union([Type.String(), Type.Null()], {
      description: 'The Meet/Teams link of the calendar event, once created (video-call links only)',
    }),
    createdAt: Instant(),
    cancelledAt: Type.Union([Instant(), Type.Null()]),
    cancelReason: Type.Union([Type.String(), Type.Null()], {
      description: 'What the canceller wrote, if anything',
    }),
    cancelledBy: Type.Union([Type.Enum(['owner', 'attendee']), Type.Null()]),
    rescheduledAt: Type.Union([Instant(), Type.Null()], { description: 'When the meeting was last moved' }),
  },
  {
    $id: 'Booking',
    additionalProperties: false,
    examples: [
      {
        id: '7c6b5a4f-3e2d-4c1b-9a0f-8e7d6c5b4a3f',
        linkId: '0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d',
        linkTitle: 'Intro call',
        oneTimeLinkId: null,
        status: 'confirmed',
        start: '2026-12-01T09:00:00.000Z',
        end: '2026-12-01T09:30:00.000Z',
        recipient: { name: 'Dana', email: 'dana@example.com', timeZone: 'America/New_York' },
        answers: { company: 'Acme' },
        calendarEventId: null,
        joinUrl: null,
        createdAt: '2026-11-20T14:02:11.000Z',
        cancelledAt: null,
        cancelReason: null,
        cancelledBy: null,
        rescheduledAt: null,
      },
    ],
  },
);

export const BookingPageSchema = pageOf(BookingSchema, 'BookingPage');

export const ListBookingsQuery = Type.Object(
  {
    ...pageQueryProperties,
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'Only bookings whose recipient name or email contains this text, ignoring case (`%` and `_` are plain characters); blank: no filter',
        examples: ['dana'],
      }),
    ),
    linkId: Type.Optional(Uuid('Only bookings made through this link (another owner’s link: none)')),
    from: Type.Optional(Instant('Only bookings ending after this instant')),
    to: Type.Optional(Instant('Only bookings starting before this instant')),
    status: Type.Optional(
      Type.Enum(['confirmed', 'cancelled'], { description: 'Only bookings in this state; default both' }),
    ),
    when: Type.Optional(
      Type.Enum(['upcoming', 'past', 'all'], {
        description:
          'Default all. upcoming: not yet ended, soonest first; past: ended, latest first; all: by start time',
      }),
    ),
  },
  { additionalProperties: false },
);

export const BookingDetailSchema = Type.Object(
  {
    booking: ref(BookingSchema),
    sideEffects: Type.Array(ref(SideEffectSchema), {
      description: 'What followed the booking and each change of it (event, emails, contact, follow-up)',
    }),
  },
  { $id: 'BookingDetail', additionalProperties: false },
);

export const CancelBookingSchema = Type.Object(
  {
    reason: Type.Optional(
      Type.String({
        maxLength: 1000,
        description: 'Shown to both sides',
        examples: ['Something came up, sorry.'],
      }),
    ),
  },
  { $id: 'CancelBookingRequest', additionalProperties: false },
);

export const RescheduleBookingSchema = Type.Object(
  {
    start: Instant('The new start (UTC)'),
    duration: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 1440,
        description: 'Minutes; default: the meeting’s current length',
      }),
    ),
  },
  {
    $id: 'RescheduleBookingRequest',
    description:
      'The owner may move a meeting outside the link’s hours and notice, never onto busy time or another meeting (409 slot_unavailable)',
    additionalProperties: false,
  },
);

export const bookingsSchemas = [
  BookingSchema,
  BookingPageSchema,
  BookingDetailSchema,
  CancelBookingSchema,
  RescheduleBookingSchema,
];
