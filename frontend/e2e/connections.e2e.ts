import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const FLOW_COOKIE = 'bookings_connection_flow';

describe('connecting a calendar in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('refuses a consent finished in another browser, then connects in the one that started it', async () => {
    const owner = await openPage('desktop');
    await signIn(owner, baseUrl, dataDir, 'calendar-owner@example.com');
    await owner.goto(`${baseUrl}/bookings/dashboard/connections`);
    await owner.getByText('No calendar connected').waitFor();
    // Only Google has an OAuth client here: Microsoft is not offered, and the page says what would enable it.
    expect(await owner.getByRole('button', { name: 'Connect Microsoft' }).count()).toBe(0);
    await owner
      .getByText(
        'Microsoft is not available on this server: an administrator enables it by setting MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET in the service’s environment and restarting it.',
      )
      .waitFor();
    expect(await findAccessibilityViolations(owner)).toEqual([]);

    // The owner starts a flow as the SPA does (a same-origin fetch); its consent URL ends up in another browser.
    const authorizeUrl = await owner.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('bookings.session') ?? '{}') as {
        accessToken?: string;
      };
      const response = await fetch('/bookings/connections/google/start?redirect=false', {
        headers: { authorization: `Bearer ${session.accessToken}` },
        credentials: 'include',
      });
      return ((await response.json()) as { authorizeUrl: string }).authorizeUrl;
    });
    const [flowCookie] = (await owner.context().cookies()).filter((cookie) => cookie.name === FLOW_COOKIE);
    expect(flowCookie).toMatchObject({
      path: '/bookings/connections/google/callback',
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(await owner.evaluate(() => document.cookie)).not.toContain(FLOW_COOKIE);

    const stranger = await openPage('desktop');
    await signIn(stranger, baseUrl, dataDir, 'stranger@example.com');
    await stranger.goto(authorizeUrl);
    await stranger.getByText(/finished in another browser than the one that started it/).waitFor();
    expect(new URL(stranger.url()).searchParams.get('error')).toBe('oauth_browser_mismatch');
    await stranger.getByText('No calendar connected').waitFor();
    expect(await findAccessibilityViolations(stranger)).toEqual([]);
    await stranger.context().close();

    await owner.reload();
    await owner.getByText('No calendar connected').waitFor();

    // In the owner's own browser: the button's fetch stores the cookie, the provider's redirect brings it back.
    await owner.getByRole('button', { name: 'Connect Google' }).click();
    await owner.getByText('Google is connected.').waitFor();
    await owner.getByRole('article', { name: /owner@gmail\.example/ }).waitFor();
    expect((await owner.context().cookies()).map((cookie) => cookie.name)).not.toContain(FLOW_COOKIE);

    // Disconnecting asks first, then the account is gone.
    await owner.getByRole('button', { name: 'Disconnect' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
    await owner.getByText('No calendar connected').waitFor();
    await owner.context().close();
  });
});
