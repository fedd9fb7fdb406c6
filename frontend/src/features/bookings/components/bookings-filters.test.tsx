import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildBooking, page } from '../../../testing/factories';
import { createFakeApi, type RecordedRequest } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import { BookingsList } from './bookings-list';

const INTRO = { id: '11111111-1111-4111-8111-111111111111', title: 'Intro call' };
const DEMO = { id: '22222222-2222-4222-8222-222222222222', title: 'Product demo' };

const dana = buildBooking({ recipient: { name: 'Dana Scully', email: 'dana@fbi.example', timeZone: 'UTC' } });
const milo = buildBooking({
  linkId: DEMO.id,
  linkTitle: DEMO.title,
  status: 'cancelled',
  recipient: { name: 'Milo', email: 'milo@example.com', timeZone: 'UTC' },
});

/** A service that applies `q`, `linkId` and `status` the way the real one does. */
function createBookingsApi() {
  return createFakeApi({
    'GET /bookings/bookings': (request) => {
      const q = request.search.get('q')?.toLowerCase();
      const linkId = request.search.get('linkId');
      const status = request.search.get('status');
      const items = [dana, milo].filter(
        (booking) =>
          (!q || `${booking.recipient.name} ${booking.recipient.email}`.toLowerCase().includes(q)) &&
          (!linkId || booking.linkId === linkId) &&
          (!status || booking.status === status),
      );
      return { status: 200, body: page(items) };
    },
  });
}

function renderList(path = '/bookings/dashboard/bookings') {
  const fake = createBookingsApi();
  const router = createMemoryRouter(
    [{ path: '*', element: <BookingsList timeZone="Europe/Berlin" links={[INTRO, DEMO]} /> }],
    { initialEntries: [path] },
  );
  renderWithProviders(<RouterProvider router={router} />, { api: fake.client });
  const lastList = (): RecordedRequest | undefined =>
    fake.requests.filter((request) => request.path === '/bookings/bookings').at(-1);
  return { fake, router, lastList, user: userEvent.setup() };
}

describe('bookings search and filters', () => {
  it('searches by name or email on the service and keeps the search in the URL', async () => {
    const { router, lastList, user } = renderList();
    expect(await screen.findByRole('link', { name: 'Milo' })).toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Name or email' });
    await user.type(search, 'FBI{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('1 booking shown');
    expect(screen.queryByRole('link', { name: 'Milo' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dana Scully' })).toHaveAttribute(
      'href',
      `/bookings/meetings/${dana.id}`,
    );
    expect(lastList()?.search.get('q')).toBe('FBI');
    expect(router.state.location.search).toBe('?q=FBI');
    expect(search).toHaveFocus();
  });

  it('filters by link, status and a date range of local days, all reflected in the URL', async () => {
    const { router, lastList, user } = renderList();
    await screen.findByRole('link', { name: 'Dana Scully' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Link' }), 'Product demo');
    expect(await screen.findByRole('status')).toHaveTextContent('1 booking shown');
    expect(screen.getByRole('link', { name: 'Milo' })).toBeInTheDocument();
    expect(lastList()?.search.get('linkId')).toBe(DEMO.id);

    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    expect(await screen.findByText('No meetings match these filters')).toBeInTheDocument();
    expect(lastList()?.search.get('status')).toBe('confirmed');

    await user.click(screen.getByRole('radio', { name: 'Any time' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-03' } });
    await waitFor(() => expect(lastList()?.search.get('to')).toBe('2026-12-03T23:00:00.000Z'));
    // Whole local days in the owner's zone (Berlin, UTC+1 in December).
    expect(lastList()?.search.get('from')).toBe('2026-11-30T23:00:00.000Z');
    expect(lastList()?.search.get('when')).toBe('all');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      link: DEMO.id,
      status: 'confirmed',
      when: 'all',
      from: '2026-12-01',
      to: '2026-12-03',
    });
  });

  it('reads the filters from the URL, ignoring values the API would refuse', async () => {
    const { lastList } = renderList(
      `/bookings/dashboard/bookings?q=milo&link=${DEMO.id}&status=cancelled&when=past&from=2026-02-30&to=2026-12-03`,
    );
    expect(await screen.findByRole('link', { name: 'Milo' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Name or email' })).toHaveValue('milo');
    expect(screen.getByRole('combobox', { name: 'Link' })).toHaveValue(DEMO.id);
    expect(screen.getByRole('radio', { name: 'Cancelled' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Past' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('');
    const sent = Object.fromEntries(lastList()?.search ?? []);
    expect(sent).toMatchObject({ q: 'milo', linkId: DEMO.id, status: 'cancelled', when: 'past' });
    expect(sent.from).toBeUndefined();
    expect(sent.to).toBe('2026-12-03T23:00:00.000Z');

    const garbage = renderList('/bookings/dashboard/bookings?link=not-a-uuid&status=deleted&when=someday');
    await waitFor(() => expect(garbage.lastList()).toBeDefined());
    const query = Object.fromEntries(garbage.lastList()?.search ?? []);
    expect(query).toEqual({ when: 'upcoming', limit: '20' });
  });

  it('says when the range ends before it starts and does not send it', async () => {
    const { lastList } = renderList('/bookings/dashboard/bookings?from=2026-12-05&to=2026-12-01');
    await screen.findByRole('link', { name: 'Dana Scully' });
    const to = screen.getByLabelText('To');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('Must be on or after the first day.');
    expect(lastList()?.search.get('from')).toBeNull();
    expect(lastList()?.search.get('to')).toBeNull();
  });

  it('clears every filter at once and puts focus back in the search box', async () => {
    const { router, lastList, user } = renderList(
      `/bookings/dashboard/bookings?q=zzz&link=${INTRO.id}&status=confirmed`,
    );
    expect(await screen.findByText('No meetings match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByRole('link', { name: 'Milo' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(Object.fromEntries(lastList()?.search ?? [])).toEqual({ when: 'upcoming', limit: '20' });
    const search = screen.getByRole('searchbox', { name: 'Name or email' });
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('follows Back to the previous filters', async () => {
    const { router, user } = renderList();
    await screen.findByRole('link', { name: 'Milo' });
    await user.type(screen.getByRole('searchbox', { name: 'Name or email' }), 'dana{Enter}');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Milo' })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?q=dana');
    await router.navigate(-1);
    expect(router.state.location.search).toBe('');
    const list = await screen.findByRole('list', { name: 'Bookings' });
    expect(await within(list).findByRole('link', { name: 'Milo' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Name or email' })).toHaveValue('');
  });
});
