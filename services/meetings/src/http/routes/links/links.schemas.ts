import { Type } from 'typebox';
import { Instant, LocalDate, pageOf, pageQueryProperties, ref, Uuid } from '../../schemas/common';

export const TimeRangeSchema = Type.Object(
  {
    start: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', examples: ['09:00'] }),
    end: Type.String({
      pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$',
      description: 'After start; "24:00" is the end of the day',
      examples: ['17:00'],
    }),
  },
  {
    $id: 'TimeRange',
    description: 'Local wall-clock range [start, end) as HH:MM in the link’s zone',
    additionalProperties: false,
  },
);

const dayRanges = () =>
  Type.Array(ref(TimeRangeSchema), { maxItems: 12, description: 'Non-overlapping ranges; empty = day off' });

export const WeeklyHoursSchema = Type.Object(
  {
    mon: dayRanges(),
    tue: dayRanges(),
    wed: dayRanges(),
    thu: dayRanges(),
    fri: dayRanges(),
    sat: dayRanges(),
    sun: dayRanges(),
  },
  {
    $id: 'WeeklyHours',
    description: 'Business hours per weekday',
    additionalProperties: false,
    examples: [
      {
        mon: [
          { start: '09:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
        fri: [{ start: '09:00', end: '15:00' }],
        sat: [],
        sun: [],
      },
    ],
  },
);

export const ExcludedDateSchema = Type.Object(
  {
    date: LocalDate('Local date in the link’s zone'),
    label: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Why the day is off, e.g. a public holiday’s name',
        examples: ['Christmas Day'],
      }),
    ),
  },
  {
    $id: 'ExcludedDate',
    description: 'A local date with nothing offered, with an optional name',
    additionalProperties: false,
  },
);

export const DateOverrideSchema = Type.Object(
  {
    date: LocalDate('Local date in the link’s zone'),
    ranges: Type.Array(ref(TimeRangeSchema), {
      maxItems: 12,
      description: 'Non-overlapping ranges replacing the weekday’s hours on that date; empty = closed',
    }),
  },
  {
    $id: 'DateOverride',
    description: 'Hours of one local date, replacing its weekday’s hours',
    additionalProperties: false,
    examples: [{ date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }] }],
  },
);

const MAX_LISTED_DATES = 500;

const dateOverrides = Type.Array(ref(DateOverrideSchema), {
  maxItems: MAX_LISTED_DATES,
  description:
    'Dates with their own hours (distinct dates, none of them also in `excludedDates`): on each, the ranges replace the weekday’s hours',
  examples: [[{ date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }] }]],
});

/** Input accepts the plain dates of earlier clients next to named ones; answers always carry objects. */
const excludedDatesInput = Type.Array(
  Type.Union([LocalDate('A local date without a name'), ref(ExcludedDateSchema)]),
  {
    maxItems: MAX_LISTED_DATES,
    description:
      'Local dates with nothing offered (holidays, vacation), each as "YYYY-MM-DD" or `{date, label}`; stored and answered as `{date, label?}`',
    examples: [['2026-12-24', { date: '2026-12-25', label: 'Christmas Day' }]],
  },
);

const settingsProperties = {
  timeZone: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'IANA time zone every rule is read in',
    examples: ['Europe/Berlin'],
  }),
  weeklyHours: ref(WeeklyHoursSchema),
  excludedDates: Type.Array(ref(ExcludedDateSchema), {
    maxItems: MAX_LISTED_DATES,
    description: 'Local dates with nothing offered (holidays, vacation), with their names when known',
    examples: [[{ date: '2026-12-24' }, { date: '2026-12-25', label: 'Christmas Day' }]],
  }),
  dateOverrides,
  durations: Type.Array(Type.Integer({ minimum: 5, maximum: 720 }), {
    minItems: 1,
    maxItems: 20,
    description: 'Meeting lengths offered, in minutes: presets 15/30/60/120 or any custom 5–720',
    examples: [[30, 60]],
  }),
  defaultDuration: Type.Integer({
    minimum: 5,
    maximum: 720,
    description: 'One of `durations`, offered first',
    examples: [30],
  }),
  videoCall: Type.Boolean({
    description: 'Add a video call (Google Meet / Microsoft Teams) to each booking’s calendar event',
    examples: [false],
  }),
  slotStepMinutes: Type.Union([Type.Integer({ minimum: 5, maximum: 720 }), Type.Null()], {
    description: 'Minutes between candidate starts; null = the chosen duration',
    examples: [null, 15],
  }),
  bufferBeforeMinutes: Type.Integer({ minimum: 0, maximum: 720, examples: [0] }),
  bufferAfterMinutes: Type.Integer({ minimum: 0, maximum: 720, examples: [10] }),
  maxPerDay: Type.Union([Type.Integer({ minimum: 1, maximum: 1000 }), Type.Null()], {
    description: 'Most bookings of this link per local day; null = no cap',
    examples: [4],
  }),
  maxPerWeek: Type.Union([Type.Integer({ minimum: 1, maximum: 1000 }), Type.Null()], {
    description: 'Most bookings of this link per ISO week; null = no cap',
    examples: [null],
  }),
  minNoticeMinutes: Type.Integer({
    minimum: 0,
    maximum: 525_600,
    description: 'No slot starts sooner than this after now',
    examples: [240],
  }),
  minAdvanceDays: Type.Integer({
    minimum: 0,
    maximum: 365,
    description: 'First bookable local date = today + this',
    examples: [0],
  }),
  maxAdvanceDays: Type.Integer({
    minimum: 0,
    maximum: 365,
    description: 'Last bookable local date = today + this',
    examples: [60],
  }),
};

export const LINK_SETTINGS_EXAMPLE = {
  timeZone: 'Europe/Berlin',
  weeklyHours: {
    mon: [{ start: '09:00', end: '17:00' }],
    tue: [{ start: '09:00', end: '17:00' }],
    wed: [{ start: '09:00', end: '17:00' }],
    thu: [{ start: '09:00', end: '17:00' }],
    fri: [{ start: '09:00', end: '17:00' }],
    sat: [],
    sun: [],
  },
  excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }],
  dateOverrides: [{ date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }] }],
  durations: [30, 60],
  defaultDuration: 30,
  videoCall: false,
  slotStepMinutes: null,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  maxPerDay: 4,
  maxPerWeek: null,
  minNoticeMinutes: 240,
  minAdvanceDays: 0,
  maxAdvanceDays: 60,
};

export const LinkSettingsSchema = Type.Object(settingsProperties, {
  $id: 'LinkSettings',
  description: 'The rules that decide which slots a link offers (see design §3)',
  additionalProperties: false,
  examples: [LINK_SETTINGS_EXAMPLE],
});

export const LinkSettingsPatchSchema = Type.Object(
  {
    timeZone: Type.Optional(settingsProperties.timeZone),
    excludedDates: Type.Optional(excludedDatesInput),
    dateOverrides: Type.Optional(dateOverrides),
    durations: Type.Optional(settingsProperties.durations),
    defaultDuration: Type.Optional(settingsProperties.defaultDuration),
    videoCall: Type.Optional(settingsProperties.videoCall),
    slotStepMinutes: Type.Optional(settingsProperties.slotStepMinutes),
    bufferBeforeMinutes: Type.Optional(settingsProperties.bufferBeforeMinutes),
    bufferAfterMinutes: Type.Optional(settingsProperties.bufferAfterMinutes),
    maxPerDay: Type.Optional(settingsProperties.maxPerDay),
    maxPerWeek: Type.Optional(settingsProperties.maxPerWeek),
    minNoticeMinutes: Type.Optional(settingsProperties.minNoticeMinutes),
    minAdvanceDays: Type.Optional(settingsProperties.minAdvanceDays),
    maxAdvanceDays: Type.Optional(settingsProperties.maxAdvanceDays),
    weeklyHours: Type.Optional(
      Type.Object(
        {
          mon: Type.Optional(dayRanges()),
          tue: Type.Optional(dayRanges()),
          wed: Type.Optional(dayRanges()),
          thu: Type.Optional(dayRanges()),
          fri: Type.Optional(dayRanges()),
          sat: Type.Optional(dayRanges()),
          sun: Type.Optional(dayRanges()),
        },
        { additionalProperties: false, description: 'Only the weekdays given are replaced' },
      ),
    ),
  },
  {
    $id: 'LinkSettingsPatch',
    description:
      'Any subset of the settings: merged onto the current settings (or the defaults on create), then the whole is validated',
    additionalProperties: false,
    examples: [
      { durations: [15, 30], defaultDuration: 15, weeklyHours: { sat: [{ start: '10:00', end: '12:00' }] } },
    ],
  },
);

const minChangeNoticeMinutes = Type.Integer({
  minimum: 0,
  maximum: 525_600,
  description:
    'Closer than this to a meeting’s start, its attendee can no longer cancel or reschedule it (409 too_late_to_change); the owner always can. Default 1440 (a day).',
  examples: [1440],
});

const LINK_EXAMPLE = {
  id: '0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d',
  title: 'Intro call',
  description: 'A first 30-minute conversation.',
  templateId: null,
  isActive: true,
  token: '3q2-7wJkYp0Qm4l8r1vXcA9sZbN5tUeHfGdOiKyLmWo',
  url: 'https://bookings.example.com/public/bookings/3q2-7wJkYp0Qm4l8r1vXcA9sZbN5tUeHfGdOiKyLmWo',
  settings: LINK_SETTINGS_EXAMPLE,
  minChangeNoticeMinutes: 1440,
  createdAt: '2026-11-02T10:15:00.000Z',
  updatedAt: '2026-11-02T10:15:00.000Z',
};

export const LinkSchema = Type.Object(
  {
    id: Uuid(),
    title: Type.String(),
    description: Type.String(),
    templateId: Type.Union([Uuid(), Type.Null()]),
    isActive: Type.Boolean({ description: 'A disabled link’s public page answers 410 link_inactive' }),
    token: Type.String({
      description: 'The public token: the `{token}` of the public routes, and the last segment of `url`',
    }),
    url: Type.String({ description: 'The public booking page: PUBLIC_BASE_URL/public/bookings/<token>' }),
    settings: ref(LinkSettingsSchema),
    minChangeNoticeMinutes,
    createdAt: Instant(),
    updatedAt: Instant(),
  },
  {
    $id: 'Link',
    description: 'An evergreen booking link',
    additionalProperties: false,
    examples: [LINK_EXAMPLE],
  },
);

const title = Type.String({ minLength: 1, maxLength: 200, examples: ['Intro call'] });
const description = Type.String({ maxLength: 2000, examples: ['A first 30-minute conversation.'] });
const templateId = Type.Union([Uuid(), Type.Null()], {
  description: 'One of your templates, or null for none',
});

export const CreateLinkSchema = Type.Object(
  {
    title,
    description: Type.Optional(description),
    templateId: Type.Optional(templateId),
    isActive: Type.Optional(Type.Boolean({ description: 'Default true' })),
    settings: Type.Optional(ref(LinkSettingsPatchSchema)),
    minChangeNoticeMinutes: Type.Optional(minChangeNoticeMinutes),
  },
  {
    $id: 'CreateLinkRequest',
    description:
      'Settings left out take the defaults: Mon–Fri 09:00–17:00 in your time zone, 30 minutes, 4 h notice, 60 days ahead',
    additionalProperties: false,
    examples: [{ title: 'Intro call', settings: { durations: [30, 60], defaultDuration: 30 } }],
  },
);

export const UpdateLinkSchema = Type.Object(
  {
    title: Type.Optional(title),
    description: Type.Optional(description),
    templateId: Type.Optional(templateId),
    settings: Type.Optional(ref(LinkSettingsPatchSchema)),
    minChangeNoticeMinutes: Type.Optional(minChangeNoticeMinutes),
  },
  {
    $id: 'UpdateLinkRequest',
    description: 'Only the fields given change; settings are merged, then validated whole',
    additionalProperties: false,
    minProperties: 1,
    examples: [{ title: 'Intro call (30 min)', settings: { bufferAfterMinutes: 15 } }],
  },
);

export const LinkPageSchema = pageOf(LinkSchema, 'LinkPage');

export const ListLinksQuery = Type.Object(
  {
    ...pageQueryProperties,
    active: Type.Optional(Type.Boolean({ description: 'Only enabled (true) or disabled (false) links' })),
  },
  { additionalProperties: false },
);

export const linksSchemas = [
  TimeRangeSchema,
  WeeklyHoursSchema,
  ExcludedDateSchema,
  DateOverrideSchema,
  LinkSettingsSchema,
  LinkSettingsPatchSchema,
  LinkSchema,
  CreateLinkSchema,
  UpdateLinkSchema,
  LinkPageSchema,
];
