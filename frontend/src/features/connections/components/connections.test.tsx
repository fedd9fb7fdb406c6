import type { Schemas } from '@bookings/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderSignedInOwnerApp } from '../../../testing/render';

function buildConnection(
  overrides: Partial<Schemas['CalendarConnection']> = {},
): Schemas['CalendarConnection'] {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    provider: 'google',
    accountEmail: 'olivia@gmail.com',
    status: 'active',
    statusReason: null,
    busyCalendarIds: ['primary'],
    receivesEvents: true,
    eventCalendarId: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

const calendars = {
  items: [
    {
      id: 'primary',
      name: 'Olivia',
      primary: true,
      canWrite: true,
      countsAsBusy: true,
      receivesEvents: true,
    },
    { id: 'team', name: 'Team', primary: false, canWrite: true, countsAsBusy: false, receivesEvents: false },
  ],
};

describe('connections', () => {
  it('chooses the busy calendars and the calendar receiving bookings', async () => {
    const { fake } = renderSignedInOwnerApp('/bookings/dashboard/connections', {
      'GET /bookings/connections': () => ({ status: 200, body: { items: [buildConnection()] } }),
      'GET /bookings/connections/{id}/calendars': () => ({ status: 200, body: calendars }),
      'PATCH /bookings/connections/{id}': () => ({ status: 200, body: buildConnection() }),
    });
    const user = userEvent.setup();

    const card = await screen.findByRole('article', { name: 'Google: olivia@gmail.com' });
    expect(within(card).getByText('Connected')).toBeInTheDocument();
    await user.click(await within(card).findByRole('checkbox', { name: 'Team' }));
    await user.click(within(card).getByRole('radio', { name: 'Into Team' }));
    await user.click(within(card).getByRole('button', { name: 'Save choices' }));

    expect(await within(card).findByText('Saved')).toBeInTheDocument();
    expect(fake.requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      busyCalendarIds: ['primary', 'team'],
      receivesEvents: true,
      eventCalendarId: 'team',
    });
  });

  it('shows an account that needs reconnecting and sends the owner to the provider', async () => {
    const assign = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign });
    const { fake } = renderSignedInOwnerApp('/bookings/dashboard/connections', {
      'GET /bookings/connections': () => ({
        status: 200,
        body: { items: [buildConnection({ status: 'needs_reconnect', statusReason: 'Token revoked' })] },
      }),
      'GET /bookings/connections/{id}/calendars': () => ({ status: 200, body: calendars }),
      'GET /bookings/connections/{provider}/start': (request) => ({
        status: 200,
        body: { authorizeUrl: `https://accounts.example/consent?redirect=${request.search.get('redirect')}` },
      }),
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Needs reconnecting')).toBeInTheDocument();
    expect(screen.getByText('Token revoked')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reconnect Google' }));

    await waitFor(() =>
      expect(assign).toHaveBeenCalledWith('https://accounts.example/consent?redirect=false'),
    );
    // The answer carries the flow cookie: the browser must keep it for the callback.
    const start = fake.requests.find((request) => request.path.endsWith('/start'));
    expect(start?.credentials).toBe('include');
  });

  it('explains a consent finished in another browser', async () => {
    renderSignedInOwnerApp('/bookings/dashboard/connections?error=oauth_browser_mismatch', {
      'GET /bookings/connections': () => ({ status: 200, body: { items: [] } }),
    });

    expect(
      await screen.findByText(/finished in another browser than the one that started it/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Start again here, in this browser/)).toBeInTheDocument();
  });

  it('reports the outcome of the consent round trip and disconnects after confirming', async () => {
    let items = [buildConnection({ provider: 'microsoft', accountEmail: 'olivia@outlook.com' })];
    renderSignedInOwnerApp('/bookings/dashboard/connections?connected=microsoft', {
      'GET /bookings/connections': () => ({ status: 200, body: { items } }),
      'GET /bookings/connections/{id}/calendars': () => ({ status: 200, body: calendars }),
      'DELETE /bookings/connections/{id}': () => {
        items = [];
        return { status: 204 };
      },
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Microsoft is connected.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    expect(
      within(screen.getByRole('dialog')).getByText(/Microsoft account’s app permissions/),
    ).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Disconnect' }));

    expect(await screen.findByText('No calendar connected')).toBeInTheDocument();
  });
});
