import { Type } from 'typebox';
import { Instant, pageOf, ref, Uuid } from '../../schemas/common';

export const SlotSchema = Type.Object(
  {
    start: Instant('Start, UTC'),
    end: Instant('End, UTC; end - start must be one of the link’s durations'),
  },
  {
    $id: 'Slot',
    additionalProperties: false,
    examples: [{ start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:30:00Z' }],
  },
);

const ONE_TIME_EXAMPLE = {
  id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  linkId: '0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d',
  recipientEmail: 'dana@example.com',
  recipientName: 'Dana',
  status: 'active',
  expiresAt: '2026-11-09T10:15:00.000Z',
  pickedSlots: null,
  bookingId: null,
  createdAt: '2026-11-02T10:15:00.000Z',
  url: 'https://bookings.example.com/public/bookings/Xk3v9QpL0aZr7TmW2yBn5cHd8sJf4gUe1oIiKlMqNw',
};

const oneTimeProperties = {
  id: Uuid(),
  linkId: Uuid(),
  recipientEmail: Type.String({ format: 'email' }),
  recipientName: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(['active', 'booked', 'expired', 'revoked'], {
    description: '`expired` follows from expiresAt and the current time',
  }),
  expiresAt: Instant(),
  pickedSlots: Type.Union([Type.Array(ref(SlotSchema)), Type.Null()], {
    description: 'The only slots offered; null = the link’s rules',
  }),
  bookingId: Type.Union([Uuid(), Type.Null()]),
  createdAt: Instant(),
  url: Type.Union([Type.String(), Type.Null()], {
    description:
      'The recipient’s URL, to copy again; null for one-time links created before their tokens were kept (only a hash exists)',
  }),
};

export const OneTimeLinkSchema = Type.Object(oneTimeProperties, {
  $id: 'OneTimeLink',
  description: 'A link for one recipient, with the URL to send it',
  additionalProperties: false,
  examples: [ONE_TIME_EXAMPLE],
});

export const CreatedOneTimeLinkSchema = Type.Object(
  {
    ...oneTimeProperties,
    url: Type.String({ description: 'The recipient’s URL (the list shows it again)' }),
  },
  {
    $id: 'CreatedOneTimeLink',
    additionalProperties: false,
    examples: [ONE_TIME_EXAMPLE],
  },
);

export const CreateOneTimeLinkSchema = Type.Object(
  {
    recipientEmail: Type.String({ format: 'email', maxLength: 320, examples: ['dana@example.com'] }),
    recipientName: Type.Optional(Type.String({ maxLength: 200, examples: ['Dana'] })),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 90, description: 'Days until it expires (1–90, default 7)' }),
    ),
    pickedSlots: Type.Optional(
      Type.Array(ref(SlotSchema), {
        minItems: 1,
        maxItems: 50,
        description: 'Offer only these slots; each must be a free slot of the link right now',
      }),
    ),
  },
  {
    $id: 'CreateOneTimeLinkRequest',
    additionalProperties: false,
    examples: [
      {
        recipientEmail: 'dana@example.com',
        recipientName: 'Dana',
        expiresInDays: 7,
        pickedSlots: [{ start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:30:00Z' }],
      },
    ],
  },
);

export const OneTimeLinkPageSchema = pageOf(OneTimeLinkSchema, 'OneTimeLinkPage');

export const OneTimeIdParams = Type.Object({ oid: Uuid('Id of the one-time link') });

export const oneTimeLinksSchemas = [
  SlotSchema,
  OneTimeLinkSchema,
  CreatedOneTimeLinkSchema,
  CreateOneTimeLinkSchema,
  OneTimeLinkPageSchema,
];
