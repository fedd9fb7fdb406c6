import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildBooking } from '../../../testing/factories';
import { type FakeRoutes, problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';
import type { BookingSideEffect } from '../api/get-booking-side-effects';
import type { Booking } from '../api/get-bookings';

function renderDetail(booking: Booking, routes: FakeRoutes = {}, sideEffects: BookingSideEffect[] = []) {
  const view = renderSignedInOwnerApp(`/bookings/meetings/${booking.id}`, {
    'GET /bookings/bookings/{id}': () => ({ status: 200, body: { booking, sideEffects } }),
    ...routes,
  });
  return { ...view, user: userEvent.setup() };
}

// The signed-in owner's zone is Europe/Berlin (the test profile): every time below is read there.
describe('booking detail page', { timeout: 20_000 }, () => {
  it('shows who, when in the owner’s zone, the answers, the join link and what followed', async () => {
    const booking = buildBooking({
      start: '2026-12-03T09:00:00.000Z',
      end: '2026-12-03T09:45:00.000Z',
      answers: { company: 'Acme', topics: ['Pricing', 'Support'] },
      joinUrl: 'https://meet.example.com/abc-defg-hij',
    });
    renderDetail(booking, {}, [
      { id: 'se-1', kind: 'create_event', revision: 0, status: 'done', attempts: 1, lastError: null },
      {
        id: 'se-2',
        kind: 'send_confirmations',
        revision: 0,
        status: 'dead',
        attempts: 8,
        lastError: '550 mailbox unavailable',
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Meeting with Dana Recipient' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /10:00.*10:45/ })).toBeInTheDocument();
    expect(screen.getByText('Acme')).toBeInTheDocument();
    expect(screen.getByText('Pricing, Support')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://meet.example.com/abc-defg-hij' })).toBeInTheDocument();
    const followUps = screen.getByRole('list', { name: 'Follow-ups' });
    expect(within(followUps).getByText('Calendar event')).toBeInTheDocument();
    expect(within(followUps).getByText('550 mailbox unavailable')).toBeInTheDocument();
    expect(within(followUps).getByText('Failed')).toBeInTheDocument();
  });

  it('retries a failed follow-up', async () => {
    const booking = buildBooking();
    const dead: BookingSideEffect = {
      id: 'se-2',
      kind: 'send_confirmations',
      revision: 0,
      status: 'dead',
      attempts: 8,
      lastError: 'timeout',
    };
    let sideEffects = [dead];
    const { fake, user } = renderDetail(booking, {
      'GET /bookings/bookings/{id}': () => ({ status: 200, body: { booking, sideEffects } }),
      'POST /bookings/bookings/{id}/side-effects/{sideEffectId}:retry': () => {
        const retried = { ...dead, status: 'pending' as const, lastError: null, attempts: 0 };
        sideEffects = [retried];
        return { status: 200, body: retried };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Retry: Confirmation emails' }));
    expect(await screen.findByText('On its way')).toBeInTheDocument();
    expect(
      fake.requests.some(
        (entry) => entry.path === `/bookings/bookings/${booking.id}/side-effects/se-2:retry`,
      ),
    ).toBe(true);
  });

  it('follows a follow-up on its way until it is done', async () => {
    const booking = buildBooking();
    const effect: BookingSideEffect = {
      id: 'se-3',
      kind: 'send_change_notices',
      revision: 1,
      status: 'pending',
      attempts: 0,
      lastError: null,
    };
    let reads = 0;
    renderDetail(booking, {
      'GET /bookings/bookings/{id}': () => {
        reads += 1;
        return {
          status: 200,
          body: { booking, sideEffects: [reads === 1 ? effect : { ...effect, status: 'done', attempts: 1 }] },
        };
      },
    });
    expect(await screen.findByText('On its way')).toBeInTheDocument();
    expect(await screen.findByText('Done', {}, { timeout: 8000 })).toBeInTheDocument();
  });

  it('cancels with a reason after a confirm dialog', async () => {
    let booking = buildBooking();
    const { fake, user } = renderDetail(booking, {
      'GET /bookings/bookings/{id}': () => ({ status: 200, body: { booking, sideEffects: [] } }),
      'POST /bookings/bookings/{id}:cancel': (request) => {
        const { reason } = request.body as { reason?: string };
        booking = {
          ...booking,
          status: 'cancelled',
          cancelledBy: 'owner',
          cancelReason: reason ?? null,
          cancelledAt: '2026-11-30T10:00:00.000Z',
        };
        return { status: 200, body: booking };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Cancel meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this meeting?' });
    expect(within(dialog).getByRole('button', { name: 'Keep meeting' })).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Reason (optional)'), 'Double-booked');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel meeting' }));

    expect(await screen.findByText(/The meeting is cancelled/)).toBeInTheDocument();
    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText('Double-booked')).toBeInTheDocument();
    expect(screen.getByText(/by you/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
    expect(fake.requests.find((entry) => entry.method === 'POST')?.body).toEqual({ reason: 'Double-booked' });
  });

  it('moves the meeting to a date and time typed in the owner’s zone', async () => {
    let booking = buildBooking({ start: '2026-12-03T09:00:00.000Z', end: '2026-12-03T09:30:00.000Z' });
    const { fake, user } = renderDetail(booking, {
      'GET /bookings/bookings/{id}': () => ({ status: 200, body: { booking, sideEffects: [] } }),
      'POST /bookings/bookings/{id}:reschedule': (request) => {
        const { start, duration } = request.body as { start: string; duration: number };
        booking = { ...booking, start, end: new Date(Date.parse(start) + duration * 60_000).toISOString() };
        return { status: 200, body: booking };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    expect(screen.getByLabelText(/^Date/)).toHaveValue('2026-12-03');
    expect(screen.getByLabelText(/^Start time/)).toHaveValue('10:00');
    await user.clear(screen.getByLabelText(/^Date/));
    await user.type(screen.getByLabelText(/^Date/), '2026-12-04');
    await user.clear(screen.getByLabelText(/^Start time/));
    await user.type(screen.getByLabelText(/^Start time/), '07:15');
    await user.clear(screen.getByLabelText(/^Length/));
    await user.type(screen.getByLabelText(/^Length/), '45');
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));

    expect(await screen.findByText(/The meeting is moved to/)).toBeInTheDocument();
    expect(fake.requests.find((entry) => entry.method === 'POST')?.body).toEqual({
      start: '2026-12-04T06:15:00.000Z',
      duration: 45,
    });
    expect(await screen.findByRole('heading', { level: 2, name: /07:15.*08:00/ })).toBeInTheDocument();
  });

  it('offers the booking page’s free times, and a chosen one fills the form', async () => {
    const booking = buildBooking({
      start: '2026-12-03T09:00:00.000Z',
      end: '2026-12-03T09:30:00.000Z',
    });
    const { fake, user } = renderDetail(booking, {
      'GET /bookings/bookings/{id}/availability': (request) => ({
        status: 200,
        body: {
          timeZone: request.search.get('timezone') ?? 'UTC',
          duration: 30,
          days: [
            {
              date: '2026-12-04',
              slots: [{ start: '2026-12-04T13:00:00.000Z', end: '2026-12-04T13:30:00.000Z' }],
            },
          ],
        },
      }),
      'POST /bookings/bookings/{id}:reschedule': () => ({ status: 200, body: booking }),
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    const day = await screen.findByRole('list', { name: /Free times on Fri.*4/ });
    await user.click(within(day).getByRole('button', { name: /14:00|02:00/ }));
    expect(screen.getByLabelText(/^Date/)).toHaveValue('2026-12-04');
    expect(screen.getByLabelText(/^Start time/)).toHaveValue('14:00');
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));
    await screen.findByText(/The meeting is moved to/);
    const availability = fake.requests.find((request) => request.path.endsWith('/availability'));
    expect(availability?.path).toBe(`/bookings/bookings/${booking.id}/availability`);
    expect(availability?.search.get('duration')).toBe('30');
    expect(availability?.search.get('timezone')).toBe('Europe/Berlin');
    expect(fake.requests.find((request) => request.method === 'POST')?.body).toEqual({
      start: '2026-12-04T13:00:00.000Z',
      duration: 30,
    });
  });

  it('says why a busy time was refused', async () => {
    const { user } = renderDetail(buildBooking(), {
      'POST /bookings/bookings/{id}:reschedule': () => problem(409, 'slot_unavailable'),
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    await user.clear(screen.getByLabelText(/^Start time/));
    await user.type(screen.getByLabelText(/^Start time/), '13:00');
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));
    expect(await screen.findByText(/That time is busy in your calendar/)).toBeInTheDocument();
  });

  it('answers an unknown booking with a message, not a crash', async () => {
    renderDetail(buildBooking(), {
      'GET /bookings/bookings/{id}': () => problem(404, 'not_found', 'No such booking.'),
    });
    expect(await screen.findByText('This booking could not be opened')).toBeInTheDocument();
  });
});
