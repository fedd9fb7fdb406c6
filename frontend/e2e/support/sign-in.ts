import type { Page } from 'playwright-core';
import { waitForSignInLink } from './mailbox';

/** Signs `email` in through the real magic-link flow and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, dataDir: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/bookings/sign-in`);
  const requestedAt = Date.now() - 1000;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  // The e2e service has no SMTP: the screen says the link stayed on the server (it is read from DATA_DIR/mail).
  await page.getByRole('heading', { name: 'Find your sign-in link on the server' }).waitFor();
  await page.goto(await waitForSignInLink(dataDir, email, requestedAt));
  await page.getByRole('navigation', { name: 'Dashboard' }).waitFor();
}
