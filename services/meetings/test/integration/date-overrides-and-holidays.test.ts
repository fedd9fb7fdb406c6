import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrationsFolder, queryRows } from '../../src/adapters/db/client';
import { useOwnerSession } from '../factories/owner-session';
import { createPublicLink } from '../factories/public-links';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Monday 1 June 2026, 08:00 UTC = 10:00 in Berlin (UTC+2). Links: Berlin office hours, 30/60 min, no notice.
const NOW = '2026-06-01T08:00:00.000Z';
const t = useTestApp({ clock: NOW, env: UNLIMITED_PUBLIC_API });
const ann = useOwnerSession(t, 'ann@example.com');

const WEDNESDAY = '2026-06-03';
const THURSDAY = '2026-06-04';

async function startsOn(token: string, date: string): Promise<string[]> {
  const { data, error } = await t.anonymous.GET('/bookings/public/{token}/availability', {
    params: {
      path: { token },
      query: {
        from: '2026-06-01T00:00:00Z',
        to: '2026-06-08T00:00:00Z',
        duration: 60,
        timezone: 'Europe/Berlin',
      },
    },
  });
  if (!data) throw new Error(`availability failed: ${JSON.stringify(error)}`);
  return data.days.find((day) => day.date === date)?.slots.map((slot) => slot.start) ?? [];
}

describe('date overrides through the API and public availability', () => {
  it("replaces the weekday's hours on the date and closes the date when its ranges are empty", async () => {
    const { link, token } = await createPublicLink(ann, {
      settings: {
        dateOverrides: [
          { date: WEDNESDAY, ranges: [{ start: '07:00', end: '09:00' }] },
          { date: THURSDAY, ranges: [] },
        ],
      },
    });
    expect(link.settings.dateOverrides).toEqual([
      { date: WEDNESDAY, ranges: [{ start: '07:00', end: '09:00' }] },
      { date: THURSDAY, ranges: [] },
    ]);
    // 07:00 and 08:00 in Berlin (UTC+2) instead of 09:00-17:00; Thursday nothing; Friday as every week.
    expect(await startsOn(token, WEDNESDAY)).toEqual([
      '2026-06-03T05:00:00.000Z',
      '2026-06-03T06:00:00.000Z',
    ]);
    expect(await startsOn(token, THURSDAY)).toEqual([]);
    expect(await startsOn(token, '2026-06-05')).toHaveLength(8);
  });

  it('takes effect on an existing link through PATCH, and booking honours it', async () => {
    const { link, token } = await createPublicLink(ann);
    const { data, response } = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: {
        settings: { dateOverrides: [{ date: WEDNESDAY, ranges: [{ start: '18:00', end: '19:00' }] }] },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.settings.dateOverrides).toHaveLength(1);
    expect(await startsOn(token, WEDNESDAY)).toEqual(['2026-06-03T16:00:00.000Z']);
    const refused = await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: {
        start: '2026-06-03T08:00:00.000Z',
        duration: 60,
        name: 'Rita Recipient',
        email: 'rita@example.com',
        timezone: 'Europe/Berlin',
      },
    });
    expect(refused.response.status).toBe(422);
    const booked = await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: {
        start: '2026-06-03T16:00:00.000Z',
        duration: 60,
        name: 'Rita Recipient',
        email: 'rita@example.com',
        timezone: 'Europe/Berlin',
      },
    });
    expect(booked.response.status).toBe(201);
  });

  it('refuses a date that is both excluded and overridden with 400 naming the field', async () => {
    const { data, error, response } = await ann.api.POST('/bookings/links', {
      body: {
        title: 'Conflicting',
        settings: {
          excludedDates: ['2026-06-02', { date: WEDNESDAY, label: 'Team day' }],
          dateOverrides: [{ date: WEDNESDAY, ranges: [{ start: '10:00', end: '12:00' }] }],
        },
      },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(error).toMatchObject({
      code: 'validation_failed',
      errors: [
        {
          path: 'settings.dateOverrides[0].date',
          message: 'is also a day off (excludedDates[1]): remove it from one of the lists',
        },
      ],
    });
  });

  it('refuses more than 500 overrides and bad ranges with their paths', async () => {
    const tooMany = Array.from({ length: 501 }, (_, index) => ({
      date: new Date(Date.UTC(2027, 0, 1 + index)).toISOString().slice(0, 10),
      ranges: [],
    }));
    const many = await ann.api.POST('/bookings/links', {
      body: { title: 'Many', settings: { dateOverrides: tooMany } },
    });
    expect(many.response.status).toBe(400);
    expect(many.error?.errors?.[0]?.path).toBe('settings.dateOverrides');
    const overlapping = await ann.api.POST('/bookings/links', {
      body: {
        title: 'Overlapping',
        settings: {
          dateOverrides: [
            {
              date: WEDNESDAY,
              ranges: [
                { start: '09:00', end: '12:00' },
                { start: '11:00', end: '13:00' },
              ],
            },
          ],
        },
      },
    });
    expect(overlapping.response.status).toBe(400);
    expect(overlapping.error?.errors).toEqual([
      { path: 'settings.dateOverrides[0].ranges[1]', message: 'overlaps another range of the same day' },
    ]);
  });
});

describe('named days off', () => {
  it('accepts plain and named dates, answers objects, and keeps both closed', async () => {
    const { link, token } = await createPublicLink(ann, {
      settings: { excludedDates: [WEDNESDAY, { date: THURSDAY, label: 'Corpus Christi' }] },
    });
    expect(link.settings.excludedDates).toEqual([
      { date: WEDNESDAY },
      { date: THURSDAY, label: 'Corpus Christi' },
    ]);
    expect(await startsOn(token, WEDNESDAY)).toEqual([]);
    expect(await startsOn(token, THURSDAY)).toEqual([]);
    const { data } = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: link.id } } });
    expect(data?.settings.excludedDates).toEqual(link.settings.excludedDates);
  });

  it('adds a country’s public holidays with their names as labels', async () => {
    const { data: countries } = await ann.api.GET('/bookings/holidays/countries', {});
    const germany = countries?.countries.find((country) => country.code === 'DE');
    expect(germany?.name).toBe('Germany');
    expect(germany?.regions).toContainEqual({ code: 'BY', name: 'Bayern' });

    const { data: holidays, response } = await ann.api.GET('/bookings/holidays', {
      params: { query: { country: 'DE', region: 'BY', from: '2026-06-01', to: '2027-05-31' } },
    });
    expect(response.status).toBe(200);
    expect(holidays).toMatchObject({ country: 'DE', region: 'BY', from: '2026-06-01', to: '2027-05-31' });
    expect(holidays?.holidays).toContainEqual({ date: '2026-06-04', name: 'Corpus Christi' });
    expect(holidays?.holidays).toContainEqual({ date: '2026-12-25', name: 'Christmas Day' });
    expect(holidays?.holidays).toContainEqual({ date: '2027-01-01', name: "New Year's Day" });
    // Observances (Valentine's Day) and bank holidays (Christmas Eve) are no public holidays.
    expect(holidays?.holidays.some((holiday) => holiday.date === '2027-02-14')).toBe(false);
    expect(holidays?.holidays.some((holiday) => holiday.date === '2026-12-24')).toBe(false);
    const dates = holidays?.holidays.map((holiday) => holiday.date) ?? [];
    expect(dates).toEqual([...new Set(dates)].sort());

    const { link, token } = await createPublicLink(ann);
    const { data: updated } = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: {
        settings: {
          excludedDates: (holidays?.holidays ?? []).map((holiday) => ({
            date: holiday.date,
            label: holiday.name,
          })),
        },
      },
    });
    expect(updated?.settings.excludedDates).toContainEqual({ date: '2026-06-04', label: 'Corpus Christi' });
    expect(await startsOn(token, THURSDAY)).toEqual([]);
  });

  it('answers the holidays of a country without regions, by default from today for a year', async () => {
    const { data } = await ann.api.GET('/bookings/holidays', { params: { query: { country: 'us' } } });
    expect(data).toMatchObject({ country: 'US', region: null, from: '2026-06-01', to: '2027-05-31' });
    expect(data?.holidays).toContainEqual({ date: '2026-07-04', name: 'Independence Day' });
  });

  it('refuses an unknown country or region, and a range beyond two years, with the field path', async () => {
    const country = await ann.api.GET('/bookings/holidays', { params: { query: { country: 'XX' } } });
    expect(country.response.status).toBe(400);
    expect(country.error?.errors).toEqual([
      { path: 'query.country', message: 'is not a country with a holiday calendar' },
    ]);
    const region = await ann.api.GET('/bookings/holidays', {
      params: { query: { country: 'DE', region: 'ZZ' } },
    });
    expect(region.error?.errors).toEqual([{ path: 'query.region', message: 'is not a region of Germany' }]);
    const range = await ann.api.GET('/bookings/holidays', {
      params: { query: { country: 'DE', from: '2026-01-01', to: '2028-06-01' } },
    });
    expect(range.error?.errors).toEqual([
      { path: 'query.to', message: 'must be at most 731 days after from' },
    ]);
  });

  it('needs a signed-in owner', async () => {
    const { response } = await t.anonymous.GET('/bookings/holidays', {
      params: { query: { country: 'DE' } },
    });
    expect(response.status).toBe(401);
  });
});

describe('migration 0010', () => {
  const migration = readFileSync(
    join(migrationsFolder, '0010_named_excluded_dates_and_date_overrides.sql'),
    'utf8',
  ).split('--> statement-breakpoint');

  it('turns stored plain dates into objects in order and gives every link an empty list of overrides', async () => {
    const { link } = await createPublicLink(ann, {
      settings: { excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }] },
    });
    const { link: older } = await createPublicLink(ann);
    // As links were stored before: plain dates, no dateOverrides.
    await t.database.db.execute(sql`
      UPDATE booking_links
      SET settings = (settings - 'dateOverrides') || '{"excludedDates": ["2026-12-31", "2026-12-24"]}'::jsonb
      WHERE id = ${older.id}`);
    for (const statement of migration) await t.database.db.execute(sql.raw(statement));
    const rows = await queryRows<{ id: string; settings: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT id, settings FROM booking_links`,
    );
    const settingsOf = (id: string) => rows.find((row) => row.id === id)?.settings;
    expect(settingsOf(older.id)).toMatchObject({
      excludedDates: [{ date: '2026-12-31' }, { date: '2026-12-24' }],
      dateOverrides: [],
    });
    expect(settingsOf(link.id)).toMatchObject({
      excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }],
      dateOverrides: [],
    });
    const { data } = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: older.id } } });
    expect(data?.settings.excludedDates).toEqual([{ date: '2026-12-31' }, { date: '2026-12-24' }]);
  });
});
