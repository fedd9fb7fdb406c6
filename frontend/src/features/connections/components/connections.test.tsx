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

function provider(
  name: 'google' | 'microsoft',
  configured: boolean,
): Schemas['CalendarProviderAvailability'] {
  const prefix = name.toUpperCase();
  return { provider: name, configured, settings: [`${prefix}_CLIENT_ID`, `${prefix}_CLIENT_SECRET`] };
}

function listOf(
  items: Schemas['CalendarConnection'][],
  providers = [provider('google', true), provider('microsoft', true)],
): Schemas['CalendarConnectionList'] {
  return { items, providers };
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
      'GET /bookings/connections': () => ({ status: 200, body: listOf([buildConnection()]) }),
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
        body: listOf([buildConnection({ status: 'needs_reconnect', statusReason: 'Token revoked' })]),
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
      'GET /bookings/connections': () => ({ status: 200, body: listOf([]) }),
    });

    expect(
      await screen.findByText(/finished in another browser than the one that started it/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Start again here, in this browser/)).toBeInTheDocument();
  });

  it('reports the outcome of the consent round trip and disconnects after confirming', async () => {
    let items = [buildConnection({ provider: 'microsoft', accountEmail: 'olivia@outlook.com' })];
    renderSignedInOwnerApp('/bookings/dashboard/connections?connected=microsoft', {
      'GET /bookings/connections': () => ({ status: 200, body: listOf(items) }),
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

  it('offers only the providers this server is configured for, and says what enables the other', async () => {
    renderSignedInOwnerApp('/bookings/dashboard/connections', {
      'GET /bookings/connections': () => ({
        status: 200,
        body: listOf([], [provider('google', false), provider('microsoft', true)]),
      }),
    });

    expect(await screen.findByRole('button', { name: 'Connect Microsoft' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect Google' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Google is not available on this server: an administrator enables it by setting GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET in the service’s environment and restarting it.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Connect Microsoft so busy times block slots/)).toBeInTheDocument();
  });

  it('offers nothing to connect on a server without providers, and names every setting', async () => {
    renderSignedInOwnerApp('/bookings/dashboard/connections', {
      'GET /bookings/connections': () => ({
        status: 200,
        body: listOf([], [provider('google', false), provider('microsoft', false)]),
      }),
    });

    expect(await screen.findByText('No calendar connected')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Connect/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Google and Microsoft are not available on this server: an administrator enables them by setting GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, MICROSOFT_CLIENT_ID, and MICROSOFT_CLIENT_SECRET in the service’s environment and restarting it.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('This server cannot connect calendars yet.')).toBeInTheDocument();
  });

  it('keeps showing a connected account whose provider is no longer configured', async () => {
    renderSignedInOwnerApp('/bookings/dashboard/connections', {
      'GET /bookings/connections': () => ({
        status: 200,
        body: listOf([buildConnection()], [provider('google', false), provider('microsoft', true)]),
      }),
      'GET /bookings/connections/{id}/calendars': () => ({ status: 200, body: calendars }),
    });

    expect(await screen.findByRole('article', { name: 'Google: olivia@gmail.com' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect Google' })).not.toBeInTheDocument();
  });
});
