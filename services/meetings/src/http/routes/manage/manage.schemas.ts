import { Type } from 'typebox';
import { Instant } from '../../schemas/common';

export const ManageTokenParams = Type.Object({
  token: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'The manage token of a booking, from the attendee’s emails or confirmation',
  }),
});

const botFields = {
  altcha: Type.Optional(
    Type.String({ maxLength: 4096, description: 'The solved challenge (base64 ALTCHA payload)' }),
  ),
  website: Type.Optional(
    Type.String({ maxLength: 500, description: 'Leave empty (a field only bots fill in)' }),
  ),
};

export const ManagedBookingSchema = Type.Object(
  {
    booking: Type.Object(
      {
        id: Type.String({ format: 'uuid' }),
        status: Type.Enum(['confirmed', 'cancelled']),
        start: Instant(),
        end: Instant(),
        duration: Type.Integer({ description: 'Minutes' }),
        timeZone: Type.String({ description: 'The attendee’s zone, as given when booking' }),
        recipient: Type.Object(
          { name: Type.String(), email: Type.String() },
          { additionalProperties: false },
        ),
        joinUrl: Type.Union([Type.String(), Type.Null()], {
          description: 'The Meet/Teams link, once the calendar event has one',
        }),
        cancelledAt: Type.Union([Instant(), Type.Null()]),
        cancelledBy: Type.Union([Type.Enum(['owner', 'attendee']), Type.Null()]),
        cancelReason: Type.Union([Type.String(), Type.Null()]),
        rescheduledAt: Type.Union([Instant(), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    title: Type.String({ examples: ['Intro call'] }),
    description: Type.String(),
    ownerName: Type.String({ examples: ['Ann Example'] }),
    ownerAvatarUrl: Type.Union([Type.String(), Type.Null()]),
    linkTimeZone: Type.String({ description: 'The zone the link’s rules are read in' }),
    durations: Type.Array(Type.Integer(), { description: 'Lengths the meeting may be moved to, in minutes' }),
    changeableUntil: Instant(
      'The attendee can cancel or reschedule until then (start − the link’s minChangeNoticeMinutes); later, contact the owner',
    ),
    canCancel: Type.Boolean({ description: 'Confirmed and not past `changeableUntil`' }),
    canReschedule: Type.Boolean({ description: 'canCancel, and the booking page is still on' }),
    botProtection: Type.Boolean({
      description: 'When true, cancel and reschedule need a solved challenge (`altcha`) from `/challenge`',
    }),
  },
  {
    $id: 'ManagedBooking',
    description: 'A booking as its attendee sees it through the manage link',
    additionalProperties: false,
  },
);

export const ManageCancelSchema = Type.Object(
  {
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'Shown to the owner' })),
    ...botFields,
  },
  { $id: 'ManageCancelRequest', additionalProperties: false },
);

export const ManageRescheduleSchema = Type.Object(
  {
    start: Instant('The new start, one of the manage availability’s slots (UTC)'),
    duration: Type.Integer({ minimum: 1, maximum: 1440, examples: [30] }),
    ...botFields,
  },
  { $id: 'ManageRescheduleRequest', additionalProperties: false },
);

export const manageSchemas = [ManagedBookingSchema, ManageCancelSchema, ManageRescheduleSchema];
