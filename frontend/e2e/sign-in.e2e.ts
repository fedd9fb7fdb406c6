import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { waitForSignInLink } from './support/mailbox';
import { saveScreenshot } from './support/screenshots';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';

describe('owner sign-in in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('signs in through the emailed link, lands on the dashboard and signs out', async () => {
    const page = await openPage('desktop');

    await page.goto(`${baseUrl}/bookings`);
    await page.getByRole('heading', { name: 'Sign in to Bookings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/bookings/sign-in');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in-1280');

    const requestedAt = Date.now() - 1000;
    await page.getByLabel('Email address').fill(OWNER_EMAIL);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Find your sign-in link on the server' }).waitFor();
    await saveScreenshot(page, 'sign-in-check-mail-1280');

    const link = await waitForSignInLink(dataDir, OWNER_EMAIL, requestedAt);
    expect(new URL(link).origin).toBe(baseUrl);
    await page.goto(link);

    const nav = page.getByRole('navigation', { name: 'Dashboard' });
    await nav.waitFor();
    expect(new URL(page.url()).pathname).toBe('/bookings');
    await page.getByText(OWNER_EMAIL).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dashboard-1280');

    // The session survives a reload of the tab.
    await page.reload();
    await nav.waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Bookings' }).waitFor();
    await page.goto(`${baseUrl}/bookings/dashboard/templates`);
    await page.getByRole('heading', { name: 'Sign in to Bookings' }).waitFor();
    await page.context().close();
  });

  it('refuses a sign-in link that was already used', async () => {
    const page = await openPage('phone');
    await page.goto(`${baseUrl}/bookings/sign-in`);
    const requestedAt = Date.now() - 1000;
    await page.getByLabel('Email address').fill(OWNER_EMAIL);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Find your sign-in link on the server' }).waitFor();
    await saveScreenshot(page, 'sign-in-check-mail-360');

    const link = await waitForSignInLink(dataDir, OWNER_EMAIL, requestedAt);
    await page.goto(link);
    await page.getByRole('navigation', { name: 'Dashboard' }).waitFor();
    await saveScreenshot(page, 'dashboard-360');

    const secondTab = await openPage('phone');
    await secondTab.goto(link);
    await secondTab
      .getByRole('alert')
      .getByText(/expired or was already used/)
      .waitFor();
    await secondTab.context().close();
    await page.context().close();
  });
});
