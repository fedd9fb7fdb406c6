import { Type } from 'typebox';
import { Instant, ref } from '../../schemas/common';
import { SlotSchema } from '../one-time-links/one-time-links.schemas';
import { QuestionSchema } from '../templates/templates.schemas';

export const PublicTokenParams = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 200, description: 'The token of a booking link URL' }),
});

export const PublicLinkSchema = Type.Object(
  {
    kind: Type.Enum(['evergreen', 'one_time']),
    title: Type.String({ examples: ['Intro call'] }),
    description: Type.String(),
    ownerName: Type.String({ examples: ['Ann Example'] }),
    ownerAvatarUrl: Type.Union([Type.String(), Type.Null()], {
      description: 'The owner’s photo (square WebP, cacheable for good); null: show initials',
    }),
    timeZone: Type.String({
      description: 'The time zone the link’s rules are read in',
      examples: ['Europe/Berlin'],
    }),
    durations: Type.Array(Type.Integer(), { examples: [[30, 60]] }),
    defaultDuration: Type.Integer({ examples: [30] }),
    questions: Type.Array(ref(QuestionSchema)),
    botProtection: Type.Boolean({
      description: 'When true, booking needs a solved proof-of-work challenge (`altcha`) from `/challenge`',
    }),
    recipient: Type.Optional(
      Type.Object(
        { email: Type.String(), name: Type.Union([Type.String(), Type.Null()]) },
        { additionalProperties: false },
      ),
    ),
    expiresAt: Type.Optional(Instant('When a one-time link stops working')),
  },
  { $id: 'PublicLink', additionalProperties: false },
);

export const AvailabilityQuery = Type.Object({
  from: Instant('Slots starting at or after this instant'),
  to: Instant('Slots starting before this instant (at most 62 days after `from`)'),
  duration: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1440, description: 'Minutes; default: the link’s' }),
  ),
  timezone: Type.Optional(
    Type.String({
      maxLength: 64,
      description: 'IANA zone to group days in; default: the link’s',
      examples: ['America/New_York'],
    }),
  ),
});

export const AvailabilitySchema = Type.Object(
  {
    timeZone: Type.String({ description: 'The zone the days are grouped in' }),
    duration: Type.Integer(),
    days: Type.Array(
      Type.Object(
        {
          date: Type.String({ format: 'date', examples: ['2026-12-01'] }),
          slots: Type.Array(ref(SlotSchema)),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'Availability', additionalProperties: false },
);

export const BotChallengeSchema = Type.Object(
  {
    algorithm: Type.String({ examples: ['SHA-256'] }),
    challenge: Type.String(),
    maxnumber: Type.Integer(),
    salt: Type.String(),
    signature: Type.String(),
  },
  { $id: 'BotChallenge', description: 'An ALTCHA proof-of-work challenge', additionalProperties: false },
);

const AnswerValue = Type.Union([
  Type.String({ maxLength: 5000 }),
  Type.Array(Type.String({ maxLength: 500 })),
  Type.Boolean(),
]);

export const BookingRequestSchema = Type.Object(
  {
    start: Instant('Start of the chosen slot (UTC)'),
    duration: Type.Integer({ minimum: 1, maximum: 1440, examples: [30] }),
    name: Type.String({ minLength: 1, maxLength: 200, examples: ['Rita Recipient'] }),
    email: Type.String({ format: 'email', maxLength: 320, examples: ['rita@example.com'] }),
    timezone: Type.String({
      maxLength: 64,
      description: 'The visitor’s IANA zone',
      examples: ['Europe/Berlin'],
    }),
    answers: Type.Optional(
      Type.Record(Type.String(), AnswerValue, {
        description: 'Answers by question id',
        examples: [{ topic: 'Pricing' }],
      }),
    ),
    altcha: Type.Optional(
      Type.String({ maxLength: 4096, description: 'The solved challenge (base64 ALTCHA payload)' }),
    ),
    website: Type.Optional(
      Type.String({ maxLength: 500, description: 'Leave empty (a field only bots fill in)' }),
    ),
  },
  { $id: 'BookingRequest', additionalProperties: false },
);

export const BookingConfirmationSchema = Type.Object(
  {
    booking: Type.Object(
      {
        id: Type.String({ format: 'uuid' }),
        status: Type.Literal('confirmed'),
        start: Instant(),
        end: Instant(),
        duration: Type.Integer(),
        timeZone: Type.String(),
        recipient: Type.Object(
          { name: Type.String(), email: Type.String() },
          { additionalProperties: false },
        ),
        answers: Type.Record(Type.String(), AnswerValue),
      },
      { additionalProperties: false },
    ),
    title: Type.String(),
    ownerName: Type.String(),
    calendarFile: Type.String({ description: 'An iCalendar (.ics) invite for the booked meeting' }),
    manageUrl: Type.String({
      description:
        'The attendee’s page to see, cancel or reschedule this booking (PUBLIC_BASE_URL/public/bookings/manage/<token>); also in their emails',
    }),
  },
  { $id: 'BookingConfirmation', additionalProperties: false },
);

export const publicSchemas = [
  PublicLinkSchema,
  AvailabilitySchema,
  BotChallengeSchema,
  BookingRequestSchema,
  BookingConfirmationSchema,
];
