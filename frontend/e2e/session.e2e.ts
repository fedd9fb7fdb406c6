import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

describe('one owner session across the tabs of a browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('is still signed in in a second tab, and a sign-out in one tab signs out the other', async () => {
    const first = await openPage('desktop');
    await signIn(first, baseUrl, dataDir, 'two-tabs@example.com');

    // A second tab of the same browser (same context: same storage) opens the dashboard without a new link.
    const second = await first.context().newPage();
    await second.goto(`${baseUrl}/bookings/dashboard/templates`);
    await second.getByRole('heading', { level: 1, name: 'Templates' }).waitFor();
    expect(new URL(second.url()).pathname).toBe('/bookings/dashboard/templates');
    await second.getByText('two-tabs@example.com').waitFor();
    expect(await findAccessibilityViolations(second)).toEqual([]);

    // And after a reload of it.
    await second.reload();
    await second.getByRole('heading', { level: 1, name: 'Templates' }).waitFor();

    await second.getByRole('button', { name: 'Sign out' }).click();
    await second.getByRole('heading', { name: 'Sign in to Bookings' }).waitFor();

    // The first tab follows on its own, and will come back to where it was after signing in.
    await first.getByRole('heading', { name: 'Sign in to Bookings' }).waitFor();
    expect(new URL(first.url()).pathname).toBe('/bookings/sign-in');
    expect(new URL(first.url()).searchParams.get('next')).toBe('/bookings');
    expect(await findAccessibilityViolations(first)).toEqual([]);
    await first.context().close();
  });

  it('shows the sign-in screen, not errors, once the stored token has expired', async () => {
    const page = await openPage('desktop');
    await signIn(page, baseUrl, dataDir, 'expiring@example.com');
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('bookings.session') ?? '{}') as object;
      localStorage.setItem(
        'bookings.session',
        JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }),
      );
    });

    await page.goto(`${baseUrl}/bookings/dashboard/bookings`);
    await page.getByRole('heading', { name: 'Sign in to Bookings' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('bookings.session'))).toBeNull();
    await page.context().close();
  });

  it('says where the sign-in link is on a server without SMTP', async () => {
    const page = await openPage('phone');
    await page.goto(`${baseUrl}/bookings/sign-in`);
    await page.getByLabel('Email address').fill('no-smtp@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Find your sign-in link on the server' }).waitFor();
    await page.getByText(/on the line “mail written to …”/).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
