import { Type } from 'typebox';
import { LocalDate, ref } from '../../schemas/common';

export const DayStatsSchema = Type.Object(
  {
    date: LocalDate('Local date in the link’s time zone'),
    views: Type.Integer({ minimum: 0 }),
    bookings: Type.Integer({ minimum: 0 }),
    cancellations: Type.Integer({ minimum: 0, description: 'Bookings of this link cancelled on this day' }),
    reschedules: Type.Integer({ minimum: 0, description: 'Bookings of this link moved on this day' }),
  },
  { $id: 'DayStats', additionalProperties: false },
);

export const LinkAnalyticsSchema = Type.Object(
  {
    from: LocalDate(),
    to: LocalDate(),
    timeZone: Type.String({
      description: 'The link’s zone: days are its local days',
      examples: ['Europe/Berlin'],
    }),
    views: Type.Integer({ minimum: 0, examples: [120] }),
    bookings: Type.Integer({ minimum: 0, examples: [9] }),
    cancellations: Type.Integer({ minimum: 0, examples: [1] }),
    reschedules: Type.Integer({ minimum: 0, examples: [2] }),
    conversionRate: Type.Number({
      minimum: 0,
      description: 'bookings / views, rounded to 4 decimals; 0 when there were no views',
      examples: [0.075],
    }),
    series: Type.Array(ref(DayStatsSchema), {
      description: 'Every day from `from` to `to`, zeros included',
    }),
  },
  {
    $id: 'LinkAnalytics',
    additionalProperties: false,
    examples: [
      {
        from: '2026-11-01',
        to: '2026-11-02',
        timeZone: 'Europe/Berlin',
        views: 40,
        bookings: 3,
        cancellations: 1,
        reschedules: 1,
        conversionRate: 0.075,
        series: [
          { date: '2026-11-01', views: 25, bookings: 2, cancellations: 0, reschedules: 1 },
          { date: '2026-11-02', views: 15, bookings: 1, cancellations: 1, reschedules: 0 },
        ],
      },
    ],
  },
);

export const AnalyticsQuery = Type.Object(
  {
    from: Type.Optional(
      LocalDate('First day, a local date (YYYY-MM-DD) in the link’s time zone; default: 29 days before `to`'),
    ),
    to: Type.Optional(
      LocalDate(
        'Last day (included), a local date in the link’s time zone; default: today there. At most 366 days.',
      ),
    ),
  },
  { additionalProperties: false },
);

export const analyticsSchemas = [DayStatsSchema, LinkAnalyticsSchema];
