import type { Page } from 'playwright-core';

/** The free times of the day the booking page shows (it opens on the first free day). */
export const freeTimes = (page: Page) =>
  page.getByRole('list', { name: /Free times on/ }).getByRole('button');

/** On a public booking page: the shown day's first time, the visitor's details, then confirm. */
export async function bookFirstFreeSlot(page: Page, visitor: { name: string; email: string }): Promise<void> {
  await freeTimes(page).first().click();
  await page.getByLabel('Your name').fill(visitor.name);
  await page.getByLabel('Your email').fill(visitor.email);
  await confirmBooking(page);
}

/** Presses "Confirm booking" and waits for the confirmation, failing with the reason a booking was refused. */
export async function confirmBooking(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  const confirmed = page.getByRole('heading', { name: 'You are booked' });
  // A refused booking shows why (an alert, or the slot-taken notice): fail with that text, not a timeout.
  const refused = page.getByRole('alert').or(page.getByRole('status').filter({ hasText: 'just taken' }));
  await confirmed.or(refused).first().waitFor({ timeout: 30_000 });
  if (!(await confirmed.isVisible()))
    throw new Error(`booking refused: ${await refused.first().textContent()}`);
}
