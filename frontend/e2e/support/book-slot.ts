import type { Page } from 'playwright-core';

/** On a public booking page: the first free day, its first time, the visitor's details, then confirm. */
export async function bookFirstFreeSlot(page: Page, visitor: { name: string; email: string }): Promise<void> {
  await page.locator('.day-grid__day:not([disabled])').first().click();
  await page
    .getByRole('list', { name: /Free times on/ })
    .getByRole('button')
    .first()
    .click();
  await page.getByLabel('Your name').fill(visitor.name);
  await page.getByLabel('Your email').fill(visitor.email);
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByRole('heading', { name: 'You are booked' }).waitFor({ timeout: 30_000 });
}
