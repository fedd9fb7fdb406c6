import type { Page } from 'playwright-core';

/** Creates an evergreen link with the wizard's defaults (Mon–Fri 09–17) and returns its public URL. */
export async function createLinkThroughWizard(
  page: Page,
  baseUrl: string,
  title: string,
  { description }: { description?: string } = {},
): Promise<string> {
  await page.goto(`${baseUrl}/bookings/dashboard/links/new`);
  await page.getByLabel('Title').fill(title);
  if (description) await page.getByLabel('Description').fill(description);
  for (let step = 0; step < 5; step += 1) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.getByRole('heading', { name: `“${title}” is ready to share` }).waitFor();
  const url = await page.getByRole('link', { name: /\/public\/bookings\// }).textContent();
  if (!url) throw new Error('the saved link shows no URL');
  return url;
}
