import { createHash } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildManagedBooking } from '../../../testing/factories';
import { createFakeApi, type FakeHandler, type FakeRoutes, problem } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import type { ManagedBooking } from '../api/manage-booking';
import { ManageBookingPage } from './manage-booking-page';

const TOKEN = 'mng_Zm9vYmFy';

/** Three days from now at 10:00 UTC, a free time of the manage availability (relative: any machine clock works). */
const newStart = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 3 * 86_400_000 + 10 * 3_600_000);

/** The service's grouping: slots by local date of the requested zone. */
const availability: FakeHandler<'GET /bookings/public/manage/{token}/availability'> = (request) => {
  const timeZone = request.search.get('timezone') ?? 'UTC';
  const duration = Number(request.search.get('duration'));
  const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(newStart);
  const end = new Date(newStart.getTime() + duration * 60_000);
  return {
    status: 200,
    body: {
      timeZone,
      duration,
      days: [{ date, slots: [{ start: newStart.toISOString(), end: end.toISOString() }] }],
    },
  };
};

function renderManagePage(booking: ManagedBooking, routes: FakeRoutes = {}) {
  const fake = createFakeApi({
    'GET /bookings/public/manage/{token}': () => ({ status: 200, body: booking }),
    'GET /bookings/public/manage/{token}/availability': availability,
    ...routes,
  });
  renderWithProviders(<ManageBookingPage token={TOKEN} />, { api: fake.client });
  return { fake, user: userEvent.setup() };
}

const inBerlin = (iso: string) =>
  new Intl.DateTimeFormat(undefined, {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

describe('manage booking page', { timeout: 20_000 }, () => {
  it('shows the meeting in the attendee’s zone, with its join link', async () => {
    const managed = buildManagedBooking({ joinUrl: 'https://meet.example.com/abc-defg-hij' });
    const { booking } = managed;
    renderManagePage(managed);
    expect(await screen.findByRole('heading', { level: 1, name: 'Intro call' })).toBeInTheDocument();
    expect(screen.getByText('Olivia Owner')).toBeInTheDocument();
    expect(screen.getByText('Confirmed')).toBeInTheDocument();
    const start = document.querySelector(`time[datetime="${booking.start}"]`);
    expect(start?.textContent).toContain(inBerlin(booking.start));
    expect(screen.getByText(/30 min · Europe\/Berlin/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join the video call' })).toHaveAttribute(
      'href',
      'https://meet.example.com/abc-defg-hij',
    );
    expect(document.title).toBe('Intro call · Olivia Owner');
  });

  it('cancels with a reason after asking, then says it is cancelled', async () => {
    const managed = buildManagedBooking();
    const { fake, user } = renderManagePage(managed, {
      'POST /bookings/public/manage/{token}:cancel': () => ({
        status: 200,
        body: {
          ...managed,
          booking: {
            ...managed.booking,
            status: 'cancelled',
            cancelledBy: 'attendee',
            cancelReason: 'Ill',
            cancelledAt: managed.booking.start,
          },
          canCancel: false,
          canReschedule: false,
        },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Cancel meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this meeting?' });
    await user.type(within(dialog).getByLabelText('Reason (optional)'), 'Ill');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel meeting' }));

    expect(await screen.findByRole('heading', { name: 'Your meeting is cancelled' })).toHaveFocus();
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText('Ill')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
    const request = fake.requests.find((entry) => entry.method === 'POST');
    expect(request?.path).toBe(`/bookings/public/manage/${TOKEN}:cancel`);
    expect(request?.body).toEqual({ reason: 'Ill' });
    expect(request?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a solved proof of work with the change when the link asks for one', async () => {
    const salt = 'salt-';
    const challenge = createHash('sha256').update(`${salt}17`).digest('hex');
    const managed = buildManagedBooking({}, { botProtection: true });
    const { fake, user } = renderManagePage(managed, {
      'GET /bookings/public/manage/{token}/challenge': () => ({
        status: 200,
        body: { algorithm: 'SHA-256', challenge, maxnumber: 1000, salt, signature: 'sig' },
      }),
      'POST /bookings/public/manage/{token}:cancel': () => ({
        status: 200,
        body: { ...managed, booking: { ...managed.booking, status: 'cancelled', cancelledBy: 'attendee' } },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Cancel meeting' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel meeting' }));
    await screen.findByRole('heading', { name: 'Your meeting is cancelled' });
    const sent = fake.requests.find((entry) => entry.method === 'POST')?.body as { altcha: string };
    expect(JSON.parse(atob(sent.altcha))).toMatchObject({ challenge, number: 17, salt });
  });

  it('keeps the meeting when the attendee changes their mind', async () => {
    const { fake, user } = renderManagePage(buildManagedBooking());
    await user.click(await screen.findByRole('button', { name: 'Cancel meeting' }));
    await user.click(screen.getByRole('button', { name: 'Keep meeting' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fake.requests.some((entry) => entry.method === 'POST')).toBe(false);
  });

  it('moves the meeting to a free time picked on the month calendar', async () => {
    const managed = buildManagedBooking();
    const moved = {
      ...managed,
      booking: {
        ...managed.booking,
        start: newStart.toISOString(),
        end: new Date(newStart.getTime() + 30 * 60_000).toISOString(),
      },
    };
    const { fake, user } = renderManagePage(managed, {
      'POST /bookings/public/manage/{token}:reschedule': () => ({ status: 200, body: moved }),
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    const times = await screen.findByRole('list', { name: /Free times on/ });
    await user.click(within(times).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));

    expect(await screen.findByRole('heading', { name: 'Your meeting has moved' })).toBeInTheDocument();
    const request = fake.requests.find((entry) => entry.method === 'POST');
    expect(request?.body).toEqual({ start: newStart.toISOString(), duration: 30 });
    const windowRequest = fake.requests.find((entry) => entry.path.endsWith('/availability'));
    expect(windowRequest?.search.get('duration')).toBe('30');
    expect(windowRequest?.search.get('timezone')).toBe('Europe/Berlin');
  });

  it('confirms a move into the change window, then says further changes are for the owner', async () => {
    const managed = buildManagedBooking();
    // The new time is closer than the link's notice: the answer can no longer be cancelled or moved online.
    const moved = {
      ...managed,
      booking: {
        ...managed.booking,
        start: newStart.toISOString(),
        end: new Date(newStart.getTime() + 30 * 60_000).toISOString(),
      },
      changeableUntil: new Date(Date.now() - 60_000).toISOString(),
      canCancel: false,
      canReschedule: false,
    };
    const { user } = renderManagePage(managed, {
      'POST /bookings/public/manage/{token}:reschedule': () => ({ status: 200, body: moved }),
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    await user.click(within(await screen.findByRole('list', { name: /Free times on/ })).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));

    const heading = await screen.findByRole('heading', { name: 'Your meeting has moved' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(`It is now on`);
    expect(screen.getByRole('status')).toHaveTextContent(inBerlin(newStart.toISOString()));
    expect(screen.getByText(/Further changes online were possible only until/)).toHaveTextContent(
      /please contact Olivia Owner directly/,
    );
    expect(screen.queryByRole('button', { name: 'Cancel meeting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
  });

  it('asks for another time when the chosen one was just taken', async () => {
    const { user } = renderManagePage(buildManagedBooking(), {
      'POST /bookings/public/manage/{token}:reschedule': () => problem(409, 'slot_unavailable'),
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    await user.click(within(await screen.findByRole('list', { name: /Free times on/ })).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));
    expect(await screen.findByText(/that time was just taken/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move meeting' })).not.toBeInTheDocument();
  });

  it('says to contact the owner once it is too late to change online', async () => {
    const start = new Date(Date.now() + 3 * 3_600_000).toISOString();
    renderManagePage(
      buildManagedBooking(
        { start },
        {
          changeableUntil: new Date(Date.now() - 60_000).toISOString(),
          canCancel: false,
          canReschedule: false,
        },
      ),
    );
    expect(
      await screen.findByRole('heading', { name: 'It is too late to change this meeting here' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/please contact Olivia Owner directly/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel meeting' })).not.toBeInTheDocument();
  });

  it('turns a refused change (too late by the service’s clock) into the same advice', async () => {
    let managed = buildManagedBooking();
    const { user } = renderManagePage(managed, {
      'GET /bookings/public/manage/{token}': () => ({ status: 200, body: managed }),
      'POST /bookings/public/manage/{token}:cancel': () => {
        managed = { ...managed, canCancel: false, canReschedule: false };
        return problem(409, 'too_late_to_change');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Cancel meeting' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel meeting' }));
    expect(
      await screen.findByRole('heading', { name: 'It is too late to change this meeting here' }),
    ).toBeInTheDocument();
  });

  it('says a meeting the owner cancelled is cancelled, with their reason', async () => {
    renderManagePage(
      buildManagedBooking({
        status: 'cancelled',
        cancelledBy: 'owner',
        cancelReason: 'Travelling',
        cancelledAt: new Date().toISOString(),
      }),
    );
    expect(await screen.findByRole('heading', { name: 'This meeting was cancelled' })).toBeInTheDocument();
    expect(screen.getByText('Olivia Owner cancelled it.')).toBeInTheDocument();
    expect(screen.getByText('Travelling')).toBeInTheDocument();
    expect(document.title).toBe('Cancelled: Intro call · Olivia Owner');
  });

  it('offers only cancelling while the booking page is switched off', async () => {
    renderManagePage(buildManagedBooking({}, { canReschedule: false }));
    expect(await screen.findByRole('button', { name: 'Cancel meeting' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
    expect(screen.getByText(/the booking page is switched off/)).toBeInTheDocument();
  });

  it('lets the attendee pick another of the link’s lengths', async () => {
    const { fake, user } = renderManagePage(buildManagedBooking({}, { durations: [30, 60] }), {
      'POST /bookings/public/manage/{token}:reschedule': () => problem(409, 'slot_unavailable'),
    });
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    await user.click(screen.getByRole('radio', { name: '1 h' }));
    await user.click(within(await screen.findByRole('list', { name: /Free times on/ })).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'Move meeting' }));
    await screen.findByText(/that time was just taken/);
    expect(fake.requests.find((entry) => entry.method === 'POST')?.body).toEqual({
      start: newStart.toISOString(),
      duration: 60,
    });
  });

  it('says a meeting in the past has taken place', async () => {
    const start = new Date(Date.now() - 3 * 3_600_000);
    renderManagePage(
      buildManagedBooking(
        { start: start.toISOString(), end: new Date(start.getTime() + 30 * 60_000).toISOString() },
        {
          canCancel: false,
          canReschedule: false,
          changeableUntil: new Date(start.getTime() - 86_400_000).toISOString(),
        },
      ),
    );
    expect(
      await screen.findByRole('heading', { name: 'This meeting has already taken place' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel meeting' })).not.toBeInTheDocument();
  });

  it('explains an unknown link', async () => {
    renderManagePage(buildManagedBooking(), {
      'GET /bookings/public/manage/{token}': () => problem(404, 'not_found'),
    });
    expect(
      await screen.findByRole('heading', { name: 'We could not find this booking' }),
    ).toBeInTheDocument();
  });
});
