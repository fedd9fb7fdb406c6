import type { Page } from 'playwright-core';
import { waitForSignInLink } from './mailbox';

/** Signs `email` in through the real magic-link flow and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, dataDir: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/bookings/sign-in`);
  const requestedAt = Date.now() - 1000;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(await waitForSignInLink(dataDir, email, requestedAt));
  await page.getByRole('navigation', { name: 'Dashboard' }).waitFor();
}
