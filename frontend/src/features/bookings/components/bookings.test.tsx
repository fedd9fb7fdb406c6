import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildBooking, page } from '../../../testing/factories';
import { createFakeApi } from '../../../testing/fake-api';
import { renderWithProviders as renderWithApi } from '../../../testing/render';
import type { BookingSideEffect } from '../api/get-booking-side-effects';
import { BookingsList } from './bookings-list';
import { WeekView } from './week-view';

/**
 * Booking names link to their page and the filters live in the URL: the list renders inside a router,
 * starting at `path`, whose location the test can read.
 */
function renderWithProviders(
  ui: ReactElement,
  options: Parameters<typeof renderWithApi>[1],
  path = '/bookings/dashboard/bookings',
) {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  return { router, ...renderWithApi(<RouterProvider router={router} />, options) };
}

describe('bookings list', () => {
  it('shows what followed each booking, and why a step gave up', async () => {
    const booking = buildBooking({ linkTitle: 'Intro call' });
    const fake = createFakeApi({
      'GET /bookings/bookings': () => ({ status: 200, body: page([booking]) }),
      'GET /bookings/bookings/{id}/side-effects': () => ({
        status: 200,
        body: {
          items: [
            {
              id: '00000000-0000-4000-8000-0000000000e1',
              kind: 'create_event',
              revision: 0,
              status: 'dead',
              attempts: 8,
              lastError: 'Calendar needs reconnecting',
            },
            {
              id: '00000000-0000-4000-8000-0000000000e2',
              kind: 'send_confirmations',
              revision: 0,
              status: 'done',
              attempts: 1,
              lastError: null,
            },
          ],
        },
      }),
    });
    renderWithProviders(<BookingsList timeZone="Europe/Berlin" />, { api: fake.client });
    const card = await screen.findByRole('article', { name: booking.recipient.name });
    expect(await within(card).findByText(/Calendar event: failed/)).toBeInTheDocument();
    expect(within(card).getByText('(Calendar needs reconnecting)')).toBeInTheDocument();
    expect(within(card).getByText(/Confirmation emails: done/)).toBeInTheDocument();
  });

  it('lets the owner retry a step that gave up', async () => {
    const booking = buildBooking({ linkTitle: 'Intro call' });
    const deadEmails: BookingSideEffect = {
      id: '5b0c8f3e-7a51-4f5e-9c55-0f6f1c2d3e4f',
      kind: 'send_confirmations',
      revision: 0,
      status: 'dead',
      attempts: 1,
      lastError: 'EENVELOPE: 550 No such user here',
    };
    let current = deadEmails;
    const fake = createFakeApi({
      'GET /bookings/bookings': () => ({ status: 200, body: page([booking]) }),
      'GET /bookings/bookings/{id}/side-effects': () => ({ status: 200, body: { items: [current] } }),
      'POST /bookings/bookings/{id}/side-effects/{sideEffectId}:retry': () => {
        current = { ...deadEmails, status: 'pending', attempts: 0, lastError: null };
        return { status: 200, body: current };
      },
    });
    renderWithProviders(<BookingsList timeZone="Europe/Berlin" />, { api: fake.client });
    const card = await screen.findByRole('article', { name: booking.recipient.name });
    await userEvent
      .setup()
      .click(await within(card).findByRole('button', { name: 'Retry: Confirmation emails' }));

    expect(await within(card).findByText(/Confirmation emails: on its way/)).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    const retried = fake.requests.find((request) => request.method === 'POST');
    expect(retried?.path).toBe(`/bookings/bookings/${booking.id}/side-effects/${deadEmails.id}:retry`);
  });

  it('shows recipient, time in the owner’s zone, link, answers, status and calendar event', async () => {
    const booking = buildBooking({
      start: '2026-12-01T09:00:00.000Z',
      end: '2026-12-01T09:30:00.000Z',
      linkTitle: 'Intro call',
      answers: { company: 'Acme', topics: ['Pricing', 'Support'], newsletter: true },
      calendarEventId: 'evt_123',
    });
    const fake = createFakeApi({ 'GET /bookings/bookings': () => ({ status: 200, body: page([booking]) }) });
    renderWithProviders(<BookingsList timeZone="Asia/Tokyo" />, { api: fake.client });

    const card = await screen.findByRole('article', { name: 'Dana Recipient' });
    expect(within(card).getByText(/18:00|06:00/)).toBeInTheDocument();
    expect(within(card).getByText('Intro call')).toBeInTheDocument();
    expect(within(card).getByText('Acme')).toBeInTheDocument();
    expect(within(card).getByText('Pricing, Support')).toBeInTheDocument();
    expect(within(card).getByText('Yes')).toBeInTheDocument();
    expect(within(card).getByText('Confirmed')).toBeInTheDocument();
    expect(within(card).getByText('evt_123')).toBeInTheDocument();
    expect(fake.requests[0]?.search.get('when')).toBe('upcoming');
  });

  it('switches to past meetings and pages through them', async () => {
    const fake = createFakeApi({
      'GET /bookings/bookings': (request) => {
        if (request.search.get('when') === 'upcoming') return { status: 200, body: page([]) };
        if (request.search.get('cursor') === 'next')
          return {
            status: 200,
            body: page([buildBooking({ recipient: { name: 'Eve', email: 'e@x.io', timeZone: 'UTC' } })]),
          };
        return { status: 200, body: page([buildBooking({ status: 'cancelled' })], 'next') };
      },
    });
    renderWithProviders(<BookingsList timeZone="Europe/Berlin" />, { api: fake.client });
    const user = userEvent.setup();

    expect(await screen.findByText('No upcoming meetings')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Past' }));
    const cancelled = await screen.findByRole('article', { name: 'Dana Recipient' });
    expect(within(cancelled).getByText('Cancelled')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more bookings' }));
    expect(await screen.findByRole('article', { name: 'Eve' })).toBeInTheDocument();
  });

  it('filters by status and links each booking to its page', async () => {
    const confirmed = buildBooking({ recipient: { name: 'Cleo', email: 'c@x.io', timeZone: 'UTC' } });
    const cancelled = buildBooking({
      status: 'cancelled',
      recipient: { name: 'Milo', email: 'm@x.io', timeZone: 'UTC' },
    });
    const fake = createFakeApi({
      'GET /bookings/bookings': (request) => {
        const status = request.search.get('status');
        const items = [confirmed, cancelled].filter((booking) => !status || booking.status === status);
        return { status: 200, body: page(items) };
      },
    });
    renderWithProviders(<BookingsList timeZone="Europe/Berlin" />, { api: fake.client });
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Cleo' })).toHaveAttribute(
      'href',
      `/bookings/meetings/${confirmed.id}`,
    );
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Cancelled' }));
    expect(await screen.findByRole('link', { name: 'Milo' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cleo' })).not.toBeInTheDocument();
    const lists = fake.requests.filter((request) => request.path === '/bookings/bookings');
    expect(lists.at(-1)?.search.get('status')).toBe('cancelled');
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    expect(await screen.findByRole('link', { name: 'Cleo' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Milo' })).not.toBeInTheDocument();
  });
});

describe('week view', () => {
  it('starts today, not on the calendar week’s Monday, and moves seven days at a time', async () => {
    const fake = createFakeApi({
      'GET /bookings/bookings': (request) => {
        const from = request.search.get('from');
        return from === '2026-12-05T23:00:00.000Z'
          ? {
              status: 200,
              body: page([
                buildBooking({ start: '2026-12-09T23:30:00.000Z', end: '2026-12-10T00:00:00.000Z' }),
              ]),
            }
          : { status: 200, body: page([]) };
      },
    });
    // Sunday 6 December in Berlin: the view shows Sunday to Saturday, not the week that is ending.
    renderWithProviders(<WeekView timeZone="Europe/Berlin" now={new Date('2026-12-06T12:00:00Z')} />, {
      api: fake.client,
    });
    const user = userEvent.setup();

    const title = await screen.findByRole('heading', { level: 2, name: /^Today – Sat.*(12 Dec|Dec 12)/ });
    const days = screen.getAllByRole('heading', { level: 3 });
    expect(days).toHaveLength(7);
    expect(days[0]).toHaveTextContent(/Sun.*(6 Dec|Dec 6).*\(today\)/);
    expect(days[0]?.closest('li')).toHaveAttribute('aria-current', 'date');
    const thursday = await screen.findByRole('heading', { name: /Thu.*(10 Dec|Dec 10)/ });
    const day = thursday.closest('li');
    if (!day) throw new Error('day column missing');
    const meeting = await within(day).findByRole('link', { name: 'Dana Recipient' });
    expect(meeting).toHaveAttribute('href', expect.stringMatching(/^\/bookings\/meetings\//));
    expect(within(day).getByText(/00:30|12:30/)).toBeInTheDocument();
    expect(fake.requests[0]?.search.get('to')).toBe('2026-12-12T23:00:00.000Z');
    expect(screen.getByRole('button', { name: 'Today' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next 7 days' }));
    expect(await screen.findAllByText('No meetings')).toHaveLength(7);
    expect(fake.requests.at(-1)?.search.get('from')).toBe('2026-12-12T23:00:00.000Z');
    await user.click(screen.getByRole('button', { name: 'Previous 7 days' }));
    await user.click(screen.getByRole('button', { name: 'Previous 7 days' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: /Sun.*(29 Nov|Nov 29)/ }),
    ).toBeInTheDocument();
    expect(fake.requests.at(-1)?.search.get('from')).toBe('2026-11-28T23:00:00.000Z');

    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(await within(day.ownerDocument.body).findByText('Dana Recipient')).toBeInTheDocument();
    expect(title).toHaveFocus();
  });
});
