import { Type } from 'typebox';
import { ref, Uuid } from '../../schemas/common';

export const ProviderParams = Type.Object({
  provider: Type.Enum(['google', 'microsoft'], { description: 'Calendar provider' }),
});

export const StartConnectionQuery = Type.Object({
  redirect: Type.Optional(
    Type.Boolean({
      default: true,
      description: 'false: answer 200 with the URL instead of a 302 (for a SPA that navigates itself)',
    }),
  ),
});

export const ConnectionCallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  state: Type.Optional(Type.String({ maxLength: 200 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
  error_description: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const AuthorizeUrlSchema = Type.Object(
  { authorizeUrl: Type.String({ format: 'uri' }) },
  { $id: 'AuthorizeUrl', additionalProperties: false },
);

export const ConnectionSchema = Type.Object(
  {
    id: Uuid(),
    provider: Type.Enum(['google', 'microsoft']),
    accountEmail: Type.String(),
    status: Type.Enum(['active', 'needs_reconnect'], {
      description: 'needs_reconnect: the provider refused our tokens; connect the account again',
    }),
    statusReason: Type.Union([Type.String(), Type.Null()]),
    busyCalendarIds: Type.Array(Type.String(), { description: 'Calendars whose events count as busy' }),
    receivesEvents: Type.Boolean({ description: 'New bookings are added to this account (only one does)' }),
    eventCalendarId: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'CalendarConnection', additionalProperties: false },
);

export const ProviderAvailabilitySchema = Type.Object(
  {
    provider: Type.Enum(['google', 'microsoft']),
    configured: Type.Boolean({
      description: 'This server has an OAuth client for the provider: owners can connect it',
    }),
    settings: Type.Array(Type.String(), {
      description: 'The environment variables an administrator sets to configure the provider',
      examples: [['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET']],
    }),
  },
  { $id: 'CalendarProviderAvailability', additionalProperties: false },
);

export const ConnectionListSchema = Type.Object(
  {
    items: Type.Array(ref(ConnectionSchema)),
    providers: Type.Array(ref(ProviderAvailabilitySchema), {
      description: 'Every calendar provider, configured on this server or not',
    }),
  },
  { $id: 'CalendarConnectionList', additionalProperties: false },
);

export const ProviderCalendarSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    primary: Type.Boolean(),
    canWrite: Type.Boolean(),
    countsAsBusy: Type.Boolean(),
    receivesEvents: Type.Boolean(),
  },
  { $id: 'ProviderCalendar', additionalProperties: false },
);

export const ProviderCalendarListSchema = Type.Object(
  { items: Type.Array(ref(ProviderCalendarSchema)) },
  { $id: 'ProviderCalendarList', additionalProperties: false },
);

export const UpdateConnectionSchema = Type.Object(
  {
    busyCalendarIds: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 1024 }), { maxItems: 100 }),
    ),
    receivesEvents: Type.Optional(Type.Boolean()),
    eventCalendarId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 1024, description: 'Default: the primary calendar' }),
    ),
  },
  { $id: 'UpdateCalendarConnection', additionalProperties: false },
);

export const connectionSchemas = [
  AuthorizeUrlSchema,
  ConnectionSchema,
  ProviderAvailabilitySchema,
  ConnectionListSchema,
  ProviderCalendarSchema,
  ProviderCalendarListSchema,
  UpdateConnectionSchema,
];
