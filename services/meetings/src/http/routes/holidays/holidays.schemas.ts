import { Type } from 'typebox';
import { LocalDate, ref } from '../../schemas/common';

const Language = Type.Optional(
  Type.String({
    pattern: '^[a-z]{2}$',
    description:
      'ISO 639-1 language of the names (default `en`; a name falls back to the country’s own language)',
    examples: ['en'],
  }),
);

export const HolidayRegionSchema = Type.Object(
  {
    code: Type.String({ description: 'Region part of ISO 3166-2', examples: ['BY'] }),
    name: Type.String({ examples: ['Bayern'] }),
  },
  { $id: 'HolidayRegion', additionalProperties: false },
);

export const HolidayCountrySchema = Type.Object(
  {
    code: Type.String({ description: 'ISO 3166-1 alpha-2', examples: ['DE'] }),
    name: Type.String({ examples: ['Germany'] }),
    regions: Type.Array(ref(HolidayRegionSchema), {
      description: 'Regions with holidays of their own; empty when the whole country shares them',
    }),
  },
  { $id: 'HolidayCountry', additionalProperties: false },
);

export const HolidayCountryListSchema = Type.Object(
  { countries: Type.Array(ref(HolidayCountrySchema), { description: 'Sorted by name' }) },
  { $id: 'HolidayCountryList', additionalProperties: false },
);

export const PublicHolidaySchema = Type.Object(
  {
    date: LocalDate('Local date in the country'),
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Fits an excluded date’s `label`; several holidays on one date are joined with " / "',
      examples: ['Christmas Day'],
    }),
  },
  { $id: 'PublicHoliday', additionalProperties: false },
);

export const HolidayListSchema = Type.Object(
  {
    country: Type.String({ examples: ['DE'] }),
    region: Type.Union([Type.String(), Type.Null()], { examples: ['BY'] }),
    from: LocalDate(),
    to: LocalDate(),
    holidays: Type.Array(ref(PublicHolidaySchema), { description: 'Sorted by date, one entry per date' }),
  },
  {
    $id: 'HolidayList',
    description:
      'Public holidays (days off by law; no bank holidays or observances) from `from` to `to`, both included',
    additionalProperties: false,
  },
);

export const ListHolidayCountriesQuery = Type.Object({ language: Language }, { additionalProperties: false });

export const ListHolidaysQuery = Type.Object(
  {
    country: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2', examples: ['DE'] }),
    region: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9]{1,10}$',
        description: 'One of the country’s `regions`; without it, the holidays of the whole country',
        examples: ['BY'],
      }),
    ),
    from: Type.Optional(LocalDate('First date; default today (UTC)')),
    to: Type.Optional(LocalDate('Last date, at most 731 days after `from`; default a year after `from`')),
    language: Language,
  },
  { additionalProperties: false },
);

export const holidaysSchemas = [
  HolidayRegionSchema,
  HolidayCountrySchema,
  HolidayCountryListSchema,
  PublicHolidaySchema,
  HolidayListSchema,
];
