import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { confirmBooking, freeTimes } from './support/book-slot';
import { createLinkThroughWizard } from './support/create-link';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';
/** Attendees may change a meeting until a day before it (the link's default): book further out than that. */
const DAYS_AHEAD = 3;

/** The earliest date (YYYY-MM-DD) an attendee may still change a meeting on, with a day to spare. */
const earliestChangeable = () => new Date(Date.now() + DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);

/**
 * On a booking calendar: opens the first free day at least `DAYS_AHEAD` days from now (paging to the next month
 * when needed). Not the first free day: tomorrow's times may be inside the link's change window in the
 * visitor's zone (under Pacific/Chatham in the evening, tomorrow afternoon is less than a day away).
 */
async function openChangeableDay(page: Page): Promise<void> {
  const earliest = earliestChangeable();
  await freeTimes(page).first().waitFor();
  for (let month = 0; month < 3; month += 1) {
    const days = page.locator('button[data-date]:not([disabled])');
    const dates = await days.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('data-date')),
    );
    const date = dates.find((candidate) => candidate && candidate >= earliest);
    if (date) {
      await page.locator(`button[data-date="${date}"]`).click();
      return;
    }
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.locator('button[data-date]:not([disabled])').first().waitFor();
  }
  throw new Error(`no free day from ${earliest} on within three months`);
}

/** On a booking page: the first changeable day's first time, the visitor's details, then confirm. */
async function bookDaysAhead(page: Page, visitor: { name: string; email: string }): Promise<void> {
  await openChangeableDay(page);
  await freeTimes(page).first().click();
  await page.getByLabel('Your name').fill(visitor.name);
  await page.getByLabel('Your email').fill(visitor.email);
  await confirmBooking(page);
}

describe('cancelling and rescheduling in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('lets the attendee cancel from the manage page, and the owner reschedule from the dashboard', async () => {
    const owner = await openPage('desktop');
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Check-in ${Date.now().toString(36)}`;
    const url = await createLinkThroughWizard(owner, baseUrl, title);

    // The attendee books, follows "Reschedule or cancel" from the confirmation, and cancels with a reason.
    const attendee = await openPage('desktop');
    await attendee.goto(url);
    await bookDaysAhead(attendee, { name: 'Cara Cancel', email: 'cara@example.com' });
    await attendee.getByRole('link', { name: 'Reschedule or cancel' }).click();
    await attendee.getByRole('heading', { level: 1, name: title }).waitFor();
    await attendee.getByRole('heading', { name: 'Need a different time?' }).waitFor();
    expect(await findAccessibilityViolations(attendee)).toEqual([]);
    await saveScreenshot(attendee, 'manage-1280');

    // First they move it, on the booking page's calendar: the day's last free time.
    await attendee.getByRole('button', { name: 'Reschedule' }).click();
    await openChangeableDay(attendee);
    await freeTimes(attendee).last().waitFor();
    expect(await findAccessibilityViolations(attendee)).toEqual([]);
    await saveScreenshot(attendee, 'manage-reschedule-1280');
    await freeTimes(attendee).last().click();
    await attendee.getByRole('heading', { name: 'Move your meeting' }).waitFor();
    expect(await findAccessibilityViolations(attendee)).toEqual([]);
    await attendee.getByRole('button', { name: 'Move meeting' }).click();
    await attendee.getByRole('heading', { name: 'Your meeting has moved' }).waitFor();

    // Then they cancel it after all.
    await attendee.getByRole('button', { name: 'Cancel meeting' }).click();
    const dialog = attendee.getByRole('dialog', { name: 'Cancel this meeting?' });
    await dialog.getByLabel('Reason (optional)').fill('Something came up.');
    expect(await findAccessibilityViolations(attendee)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel meeting' }).click();
    await attendee.getByRole('heading', { name: 'Your meeting is cancelled' }).waitFor();
    expect(await findAccessibilityViolations(attendee)).toEqual([]);
    await saveScreenshot(attendee, 'manage-cancelled-1280');
    // Opened again later, the page still says so.
    await attendee.reload();
    await attendee.getByRole('heading', { name: 'This meeting was cancelled' }).waitFor();
    const manageUrl = attendee.url();
    await attendee.context().close();

    // On a phone, the page fits without sideways scrolling.
    const phone = await openPage('phone');
    await phone.goto(manageUrl);
    await phone.getByRole('heading', { name: 'This meeting was cancelled' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // It follows the visitor's dark setting, like the booking page, and stays readable.
    await phone.emulateMedia({ colorScheme: 'dark' });
    expect(await findAccessibilityViolations(phone)).toEqual([]);
    await phone.context().close();

    // The owner sees it cancelled, with the reason.
    await owner.goto(`${baseUrl}/bookings/dashboard/bookings`);
    await owner.getByRole('radio', { name: 'Cancelled' }).click();
    await owner.getByRole('list', { name: 'Bookings' }).getByRole('link', { name: 'Cara Cancel' }).click();
    await owner.getByText('Something came up.').waitFor();

    // Another attendee books; the owner moves that meeting to a time outside the link's hours.
    const second = await openPage('desktop');
    await second.goto(url);
    await bookDaysAhead(second, { name: 'Remy Reschedule', email: 'remy@example.com' });
    await second.context().close();

    await owner.goto(`${baseUrl}/bookings/dashboard/bookings`);
    // The week view (from today) may show the meeting too: open it from the list.
    await owner
      .getByRole('list', { name: 'Bookings' })
      .getByRole('link', { name: 'Remy Reschedule' })
      .click();
    await owner.getByRole('heading', { level: 1, name: 'Meeting with Remy Reschedule' }).waitFor();
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await owner.getByRole('button', { name: 'Reschedule' }).click();
    const newDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await owner.getByLabel('Date').fill(newDate);
    await owner.getByLabel('Start time').fill('07:15');
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'booking-reschedule-1280');
    await owner.getByRole('button', { name: 'Move meeting' }).click();
    await owner.getByText(/The meeting is moved to/).waitFor();
    expect(await owner.getByRole('heading', { level: 2, name: /07:15/ }).count()).toBe(1);
    // The page's own address (the one in the owner's email) opens it directly, too.
    await owner.reload();
    await owner.getByRole('heading', { level: 2, name: /07:15/ }).waitFor();
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'booking-detail-1280');
    await owner.context().close();
  });
});
