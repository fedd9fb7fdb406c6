import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSession, saveSession } from '../../lib/session';
import { buildBooking, buildOwner, buildProfile, buildSession, page } from '../../testing/factories';
import { createFakeApi, problem } from '../../testing/fake-api';
import { renderOwnerApp, renderSignedInOwnerApp } from '../../testing/render';

/** Another tab of the same origin writes the shared storage; this tab hears a `storage` event. */
const anotherTab = {
  signsOut() {
    window.localStorage.removeItem('bookings.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'bookings.session', newValue: null }));
  },
  signsIn(accessToken: string) {
    const value = JSON.stringify({ accessToken, expiresAt: new Date(Date.now() + 3600_000).toISOString() });
    window.localStorage.setItem('bookings.session', value);
    window.dispatchEvent(new StorageEvent('storage', { key: 'bookings.session', newValue: value }));
  },
};

function signedIn() {
  saveSession({ accessToken: 'valid-token', expiresAt: new Date(Date.now() + 3600_000).toISOString() });
}

describe('owner routes', () => {
  it('sends a visitor without a session to sign-in, remembering where they wanted to go', async () => {
    const fake = createFakeApi({});
    const { router } = renderOwnerApp('/bookings/dashboard/templates', { api: fake.client });

    expect(await screen.findByRole('heading', { name: 'Sign in to Bookings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/bookings/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/bookings/dashboard/templates')}`);
  });

  it('keeps a meeting link from the owner’s email through sign-in', async () => {
    const fake = createFakeApi({});
    const { router } = renderOwnerApp('/bookings/meetings/0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d', {
      api: fake.client,
    });
    expect(await screen.findByRole('heading', { name: 'Sign in to Bookings' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent('/bookings/meetings/0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d')}`,
    );
  });

  it('opens a meeting’s page from the bookings list', async () => {
    const booking = buildBooking({ recipient: { name: 'Nia', email: 'nia@example.com', timeZone: 'UTC' } });
    const { router } = renderSignedInOwnerApp('/bookings/dashboard/bookings', {
      'GET /bookings/bookings': () => ({ status: 200, body: page([booking]) }),
      'GET /bookings/bookings/{id}': () => ({ status: 200, body: { booking, sideEffects: [] } }),
    });
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Nia' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting with Nia' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/bookings/meetings/${booking.id}`);
  });

  it('verifies an emailed link, keeps the session and opens the dashboard', async () => {
    const session = buildSession({
      accessToken: 'fresh-jwt',
      owner: buildOwner({ email: 'olivia@example.com' }),
    });
    const fake = createFakeApi({
      'POST /bookings/auth/verify': () => ({ status: 200, body: session }),
      'GET /bookings/me': () => ({ status: 200, body: buildProfile(session.owner) }),
    });
    const { router } = renderOwnerApp('/bookings/sign-in?token=emailed-token-123', { api: fake.client });

    expect(await screen.findByRole('navigation', { name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/bookings');
    expect(screen.getByText('olivia@example.com')).toBeInTheDocument();
    expect(readSession()?.accessToken).toBe('fresh-jwt');
    // The browser's zone goes along: a new owner starts in it rather than in UTC.
    expect(fake.requests[0]?.body).toEqual({
      token: 'emailed-token-123',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('explains an expired or used sign-in link and offers the form again', async () => {
    const fake = createFakeApi({
      'POST /bookings/auth/verify': () => problem(401, 'sign_in_link_invalid', 'The link is no longer valid'),
    });
    renderOwnerApp('/bookings/sign-in?token=used-token-123', { api: fake.client });

    expect(await screen.findByRole('alert')).toHaveTextContent('expired or was already used');
    expect(screen.getByLabelText(/Email address/)).toBeInTheDocument();
    expect(readSession()).toBeNull();
  });

  it('sends the owner to sign-in when the API rejects the stored token', async () => {
    signedIn();
    const fake = createFakeApi({ 'GET /bookings/me': () => problem(401, 'unauthorized', 'Token expired') });
    renderOwnerApp('/bookings', { api: fake.client });

    expect(await screen.findByRole('heading', { name: 'Sign in to Bookings' })).toBeInTheDocument();
    expect(readSession()).toBeNull();
  });

  it('shows the dashboard navigation and sends the bearer token', async () => {
    signedIn();
    const fake = createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) });
    renderOwnerApp('/bookings', { api: fake.client });

    const nav = await screen.findByRole('navigation', { name: 'Dashboard' });
    for (const name of ['Links', 'Bookings', 'Templates', 'Connections']) {
      expect(nav).toContainElement(screen.getByRole('link', { name }));
    }
    expect(screen.getByRole('link', { name: 'Links' })).toHaveAttribute('aria-current', 'page');
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer valid-token');
  });

  it('signs out: forgets the session and returns to sign-in', async () => {
    signedIn();
    const fake = createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) });
    const { router } = renderOwnerApp('/bookings', { api: fake.client });

    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/bookings/sign-in'));
    expect(readSession()).toBeNull();
  });

  it('stays signed in after a reload: a new app on the stored session opens the dashboard', async () => {
    signedIn();
    const first = renderOwnerApp('/bookings', {
      api: createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) }).client,
    });
    expect(await screen.findByRole('navigation', { name: 'Dashboard' })).toBeInTheDocument();
    first.unmount();

    const fake = createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) });
    renderOwnerApp('/bookings/dashboard/templates', { api: fake.client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Templates' })).toBeInTheDocument();
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer valid-token');
  });

  it('shows sign-in, not errors, for a stored token that has expired', async () => {
    saveSession({ accessToken: 'old-token', expiresAt: new Date(Date.now() - 1000).toISOString() });
    const fake = createFakeApi({});
    renderOwnerApp('/bookings/dashboard/bookings', { api: fake.client });

    expect(await screen.findByRole('heading', { name: 'Sign in to Bookings' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Child loaders start beside the guard; none of them sends the expired token.
    expect(fake.requests.filter((request) => request.headers.has('authorization'))).toEqual([]);
    expect(window.localStorage.getItem('bookings.session')).toBeNull();
  });

  it('follows a sign-out in another tab to the sign-in screen, coming back here after', async () => {
    signedIn();
    const fake = createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) });
    const { router } = renderOwnerApp('/bookings/dashboard/templates', { api: fake.client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Templates' })).toBeInTheDocument();

    anotherTab.signsOut();

    expect(await screen.findByRole('heading', { name: 'Sign in to Bookings' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/bookings/dashboard/templates')}`);
  });

  it('leaves the sign-in screen when another tab signs in', async () => {
    const fake = createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) });
    const { router } = renderOwnerApp(
      `/bookings/sign-in?next=${encodeURIComponent('/bookings/dashboard/templates')}`,
      {
        api: fake.client,
      },
    );
    expect(await screen.findByRole('heading', { name: 'Sign in to Bookings' })).toBeInTheDocument();

    anotherTab.signsIn('other-tab-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'Templates' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/bookings/dashboard/templates');
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer other-tab-token');
  });

  it('moves between dashboard screens from the navigation', async () => {
    signedIn();
    const fake = createFakeApi({ 'GET /bookings/me': () => ({ status: 200, body: buildProfile() }) });
    renderOwnerApp('/bookings', { api: fake.client });

    await userEvent.click(await screen.findByRole('link', { name: 'Templates' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Templates' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Templates' })).toHaveAttribute('aria-current', 'page');
  });
});
