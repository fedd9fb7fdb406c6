import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { VIEWPORTS } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';
const LINK_TITLE = `Intro call ${Date.now().toString(36)}`;

async function expectStep(page: Page, title: string, screenshot: string) {
  await page.getByRole('heading', { level: 2, name: new RegExp(`: ${title}$`) }).waitFor();
  expect(await findAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, screenshot);
}

describe('owner links in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('creates a link through every wizard step, lists it and turns it off and on again', async () => {
    const page = await openPage('desktop');
    await signIn(page, baseUrl, dataDir, OWNER_EMAIL);

    await page.getByRole('link', { name: 'New link' }).click();
    await expectStep(page, 'Basics', 'wizard-1-basics-1280');
    await page.getByLabel('Title').fill(LINK_TITLE);
    await page.getByLabel('Description').fill('A first conversation about your project.');
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    await page.getByRole('button', { name: 'Next' }).click();

    await expectStep(page, 'Availability', 'wizard-2-availability-1280');
    await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await page.getByRole('combobox', { name: 'Saturday To' }).selectOption('12:00');
    await page.getByRole('combobox', { name: 'Saturday From' }).selectOption('10:00');
    await page.getByRole('button', { name: 'Next' }).click();

    await expectStep(page, 'Duration and buffers', 'wizard-3-duration-1280');
    await page.getByRole('checkbox', { name: '1 h', exact: true }).check();
    await page.getByLabel('After (minutes)').fill('10');
    await page.getByRole('button', { name: 'Next' }).click();

    await expectStep(page, 'Limits', 'wizard-4-limits-1280');
    await page.getByLabel('At most per day').fill('4');
    await page.getByRole('button', { name: 'Next' }).click();

    await expectStep(page, 'Template', 'wizard-5-template-1280');
    await page.getByRole('button', { name: 'Next' }).click();

    await expectStep(page, 'Review', 'wizard-6-review-1280');
    await page.getByText('10:00–12:00').waitFor();
    await page.getByRole('button', { name: 'Create link' }).click();

    await page.getByRole('heading', { name: `“${LINK_TITLE}” is ready to share` }).waitFor();
    const url = await page.getByRole('link', { name: /\/public\/bookings\// }).textContent();
    expect(url).toMatch(new RegExp(`^${baseUrl}/public/bookings/[A-Za-z0-9_-]+$`));
    await saveScreenshot(page, 'wizard-7-saved-1280');

    await page.getByRole('link', { name: 'Back to your links' }).click();
    const card = page.getByRole('article', { name: LINK_TITLE });
    await card.waitFor();
    expect(await card.getByRole('link', { name: url ?? '' }).count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const toggle = card.getByRole('switch', { name: `${LINK_TITLE} takes bookings` });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await card.getByText('Inactive').waitFor();
    await page.getByText(`${LINK_TITLE} no longer takes bookings.`).waitFor();
    // The list is read back from the API: the change was saved, not only drawn.
    await page.reload();
    await page.getByRole('article', { name: LINK_TITLE }).getByText('Inactive').waitFor();
    expect(await toggle.isChecked()).toBe(false);

    await toggle.click();
    await card.getByText('Active', { exact: true }).waitFor();
    await page.getByText(`${LINK_TITLE} takes bookings again.`).waitFor();

    await page.setViewportSize(VIEWPORTS.phone);
    await page.reload();
    await card.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      VIEWPORTS.phone.width,
    );
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'links-360');
    await page.context().close();
  });
});
