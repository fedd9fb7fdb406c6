import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { freeTimes } from './support/book-slot';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';

/** The first Saturday at least a week after today: a day the wizard's default hours leave closed. */
function nextClosedSaturday(): string {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + 7);
  while (day.getUTCDay() !== 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Pages the booking calendar forward until the date's day shows. */
async function showDay(page: Page, date: string) {
  const day = page.locator(`button[data-date="${date}"]`);
  for (let months = 0; months < 13 && !(await day.isVisible()); months += 1) {
    await page.getByRole('button', { name: 'Next month' }).click();
  }
  return day;
}

describe('date-specific hours and public holidays in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('opens a closed Saturday for one hour, adds a country’s holidays, and the public page shows both', async () => {
    const owner = await openPage('desktop');
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Holiday hours ${Date.now().toString(36)}`;
    const saturday = nextClosedSaturday();

    await owner.goto(`${baseUrl}/bookings/dashboard/links/new`);
    await owner.getByLabel('Title').fill(title);
    await owner.getByLabel('Time zone').fill('UTC');
    await owner.getByRole('button', { name: 'Next' }).click();
    await owner.getByRole('heading', { level: 2, name: /: Availability$/ }).waitFor();

    await owner.getByLabel('Date with its own hours').fill(saturday);
    await owner.getByRole('button', { name: 'Add date' }).click();
    const override = owner
      .getByRole('list', { name: 'Dates with their own hours' })
      .getByRole('group')
      .filter({ has: owner.getByRole('checkbox', { name: 'Closed all day' }) });
    const from = override.getByLabel('From', { exact: true });
    // Focus lands on the new date's first field, so the keyboard carries on there.
    expect(await from.evaluate((element) => element === document.activeElement)).toBe(true);
    await from.fill('10:00');
    await override.getByLabel('Until', { exact: true }).fill('11:00');

    await owner.getByRole('button', { name: 'Add public holidays' }).click();
    await owner.getByRole('combobox', { name: 'Country' }).selectOption('DE');
    const preview = owner.getByRole('list', { name: /^Public holidays in Germany/ });
    await preview.getByText('Christmas Day').first().waitFor();
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'wizard-2-availability-holidays-1280');
    await owner.getByRole('button', { name: /^Add \d+ holidays? to days off$/ }).click();
    const daysOff = owner.getByRole('list', { name: 'Days off' });
    await daysOff.getByText('Christmas Day').first().waitFor();
    expect(await daysOff.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await findAccessibilityViolations(owner)).toEqual([]);

    for (let step = 0; step < 4; step += 1) await owner.getByRole('button', { name: 'Next' }).click();
    await owner.getByRole('heading', { level: 2, name: /: Review$/ }).waitFor();
    await owner
      .getByText(/Christmas Day/)
      .first()
      .waitFor();
    await owner
      .getByText(/10:00–11:00/)
      .first()
      .waitFor();
    await owner.getByRole('button', { name: 'Create link' }).click();
    await owner.getByRole('heading', { name: `“${title}” is ready to share` }).waitFor();
    const url = await owner.getByRole('link', { name: /\/public\/bookings\// }).textContent();
    if (!url) throw new Error('the saved link shows no URL');

    // The visitor in the link's zone: their Saturday is the link's Saturday whatever the machine's zone (CI's
    // second suite runs under Pacific/Chatham, where 10:00 UTC on Saturday is 23:45 the same day).
    const visitor = await openPage('desktop', { timeZone: 'UTC' });
    await visitor.goto(url);
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    await freeTimes(visitor).first().waitFor();
    const openSaturday = await showDay(visitor, saturday);
    expect(await openSaturday.isEnabled()).toBe(true);
    await openSaturday.click();
    await visitor.getByRole('list', { name: /Free times on/ }).waitFor();
    // 10:00–11:00 with 30-minute meetings: exactly two times.
    await expect.poll(() => freeTimes(visitor).count()).toBe(2);
    expect(await findAccessibilityViolations(visitor)).toEqual([]);

    const christmas = `${new Date().getUTCFullYear()}-12-25`;
    if (christmas > new Date().toISOString().slice(0, 10)) {
      const christmasDay = await showDay(visitor, christmas);
      expect(await christmasDay.isEnabled()).toBe(false);
    }

    await owner.context().close();
    await visitor.context().close();
  });
});
