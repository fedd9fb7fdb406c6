import type { OwnerSession } from './owner-session';

/** Berlin office hours, 30 or 60 minutes, no notice or buffers: a link whose slots a test can name. */
export const BERLIN_LINK_SETTINGS = {
  timeZone: 'Europe/Berlin',
  weeklyHours: {
    mon: [{ start: '09:00', end: '17:00' }],
    tue: [{ start: '09:00', end: '17:00' }],
    wed: [{ start: '09:00', end: '17:00' }],
    thu: [{ start: '09:00', end: '17:00' }],
    fri: [{ start: '09:00', end: '17:00' }],
    sat: [] as { start: string; end: string }[],
    sun: [] as { start: string; end: string }[],
  },
  excludedDates: [] as (string | { date: string; label?: string })[],
  dateOverrides: [] as { date: string; ranges: { start: string; end: string }[] }[],
  durations: [30, 60],
  defaultDuration: 30,
  slotStepMinutes: null as number | null,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  maxPerDay: null as number | null,
  maxPerWeek: null as number | null,
  minNoticeMinutes: 0,
  minAdvanceDays: 0,
  maxAdvanceDays: 60,
};

/** A link made through the owner API, with the public token taken from its URL. */
export async function createPublicLink(
  owner: OwnerSession,
  overrides: { settings?: Partial<typeof BERLIN_LINK_SETTINGS>; templateId?: string; title?: string } = {},
) {
  const { data, error } = await owner.api.POST('/bookings/links', {
    body: {
      title: overrides.title ?? 'Intro call',
      settings: { ...BERLIN_LINK_SETTINGS, ...overrides.settings },
      ...(overrides.templateId ? { templateId: overrides.templateId } : {}),
    },
  });
  if (!data) throw new Error(`createLink failed: ${JSON.stringify(error)}`);
  return { link: data, token: tokenOf(data.url) };
}

export const tokenOf = (url: string): string => url.split('/public/bookings/')[1] ?? '';

export const bookingBody = (start: string, overrides: Record<string, unknown> = {}) => ({
  start,
  duration: 30,
  name: 'Rita Recipient',
  email: 'rita@example.com',
  timezone: 'America/New_York',
  ...overrides,
});
