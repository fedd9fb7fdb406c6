import { describe, expect, it } from 'vitest';
import { useOwnerSession } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Monday 1 June 2026, 08:00 UTC. Links: Berlin office hours (UTC+2), 30/60 min, no notice. Answers are kept for
// a minute here, so that any slot still offered after a change could only come from a stale kept answer.
const t = useTestApp({
  clock: '2026-06-01T08:00:00.000Z',
  env: { ...UNLIMITED_PUBLIC_API, AVAILABILITY_CACHE_SECONDS: '60' },
});
const ann = useOwnerSession(t, 'ann@example.com');

const TUESDAY = { from: '2026-06-02T00:00:00Z', to: '2026-06-03T00:00:00Z' };
const TEN_BERLIN = '2026-06-02T08:00:00.000Z';
const ELEVEN_BERLIN = '2026-06-02T09:00:00.000Z';

const offeredStarts = async (token: string) => {
  const { data, error } = await t.anonymous.GET('/bookings/public/{token}/availability', {
    params: { path: { token }, query: TUESDAY },
  });
  if (!data) throw new Error(`availability failed: ${JSON.stringify(error)}`);
  return data.days.flatMap((day) => day.slots.map((slot) => slot.start));
};
const book = async (token: string, start: string, email = 'rita@example.com') => {
  const { data, error } = await t.anonymous.POST('/bookings/public/{token}/book', {
    params: { path: { token } },
    body: bookingBody(start, { email }),
  });
  if (!data) throw new Error(`booking failed: ${JSON.stringify(error)}`);
  return data.booking.id;
};

describe('a kept availability answer', () => {
  it('is what repeated views get while nothing changes', async () => {
    const { token } = await createPublicLink(ann);
    const first = await offeredStarts(token);
    expect(first).toContain(TEN_BERLIN);
    expect(await offeredStarts(token)).toEqual(first);
  });

  it('never offers a slot booked after it was computed', async () => {
    const { token } = await createPublicLink(ann);
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);
    await book(token, TEN_BERLIN);
    expect(await offeredStarts(token)).not.toContain(TEN_BERLIN);
  });

  it('offers a cancelled slot again, and not once it is booked again', async () => {
    const { token } = await createPublicLink(ann);
    const bookingId = await book(token, TEN_BERLIN);
    expect(await offeredStarts(token)).not.toContain(TEN_BERLIN);

    const cancelled = await ann.api.POST('/bookings/bookings/{id}:cancel', {
      params: { path: { id: bookingId } },
      body: {},
    });
    expect(cancelled.response.status).toBe(200);
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);

    await book(token, TEN_BERLIN, 'sam@example.com');
    expect(await offeredStarts(token)).not.toContain(TEN_BERLIN);
  });

  it('follows a booking moved to another slot', async () => {
    const { token } = await createPublicLink(ann);
    const bookingId = await book(token, TEN_BERLIN);
    expect(await offeredStarts(token)).not.toContain(TEN_BERLIN);
    expect(await offeredStarts(token)).toContain(ELEVEN_BERLIN);

    const moved = await ann.api.POST('/bookings/bookings/{id}:reschedule', {
      params: { path: { id: bookingId } },
      body: { start: ELEVEN_BERLIN },
    });
    expect(moved.response.status).toBe(200);
    const offered = await offeredStarts(token);
    expect(offered).toContain(TEN_BERLIN);
    expect(offered).not.toContain(ELEVEN_BERLIN);
  });

  it('never offers a slot of another link of the owner booked after it was computed', async () => {
    const { token } = await createPublicLink(ann);
    const { token: other } = await createPublicLink(ann, { title: 'Other' });
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);
    await book(other, TEN_BERLIN);
    expect(await offeredStarts(token)).not.toContain(TEN_BERLIN);
  });

  it('never offers a day a settings change closed, nor a link switched off', async () => {
    const { link, token } = await createPublicLink(ann);
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);

    const closed = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { settings: { weeklyHours: { tue: [] } } },
    });
    expect(closed.response.status).toBe(200);
    expect(await offeredStarts(token)).toEqual([]);

    await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { settings: { weeklyHours: { tue: [{ start: '09:00', end: '17:00' }] } } },
    });
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    const { response } = await t.anonymous.GET('/bookings/public/{token}/availability', {
      params: { path: { token }, query: TUESDAY },
    });
    expect(response.status).toBe(410);
  });

  it('is computed again once it is older than its lifetime, so the passing time closes slots', async () => {
    const { token } = await createPublicLink(ann);
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);
    t.clock.set('2026-06-02T08:10:00.000Z');
    expect(await offeredStarts(token)).not.toContain(TEN_BERLIN);
  });
});

describe('a kept booking page header', () => {
  const page = (token: string) =>
    t.anonymous.GET('/bookings/public/{token}', { params: { path: { token } } });

  it('shows the link, the template and the owner as they are after each change', async () => {
    const { data: template } = await ann.api.POST('/bookings/templates', {
      body: { name: 'Intro', questions: [{ id: 'topic', label: 'Topic', kind: 'text', required: true }] },
    });
    const { link, token } = await createPublicLink(ann, { templateId: template?.id });
    expect((await page(token)).data?.title).toBe('Intro call');

    await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { title: 'Coffee' },
    });
    expect((await page(token)).data?.title).toBe('Coffee');

    await ann.api.PATCH('/bookings/templates/{id}', {
      params: { path: { id: template?.id ?? '' } },
      body: { questions: [{ id: 'company', label: 'Company', kind: 'text', required: false }] },
    });
    expect((await page(token)).data?.questions.map((question) => question.id)).toEqual(['company']);

    await ann.api.PATCH('/bookings/me', { body: { name: 'Ann Example' } });
    expect((await page(token)).data?.ownerName).toBe('Ann Example');
  });

  it('closes a one-time link once it is booked', async () => {
    const { link } = await createPublicLink(ann);
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com' },
    });
    const token = oneTime?.url.split('/public/bookings/')[1] ?? '';
    expect((await page(token)).response.status).toBe(200);
    expect(await offeredStarts(token)).toContain(TEN_BERLIN);
    await book(token, TEN_BERLIN, 'dana@example.com');
    expect((await page(token)).response.status).toBe(410);
  });
});
