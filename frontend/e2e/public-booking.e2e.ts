import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { bookFirstFreeSlot, freeTimes } from './support/book-slot';
import { createLinkThroughWizard } from './support/create-link';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';

describe('public booking in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('books through the public page, shows it to the owner, and says so once the link is off', async () => {
    const owner = await openPage('desktop');
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Consultation ${Date.now().toString(36)}`;
    const url = await createLinkThroughWizard(owner, baseUrl, title);

    const phone = await openPage('phone');
    await phone.goto(url);
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    await freeTimes(phone).first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(phone, 'public-360');
    await phone.context().close();

    const visitor = await openPage('desktop');
    await visitor.goto(url);
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    await freeTimes(visitor).first().waitFor();
    expect(await findAccessibilityViolations(visitor)).toEqual([]);
    await saveScreenshot(visitor, 'public-1280');
    await bookFirstFreeSlot(visitor, { name: 'Rita Recipient', email: 'rita@example.com' });
    expect(await findAccessibilityViolations(visitor)).toEqual([]);
    await saveScreenshot(visitor, 'public-confirmation-1280');

    await owner.goto(`${baseUrl}/bookings/dashboard/bookings`);
    const booking = owner.getByRole('article', { name: 'Rita Recipient' });
    await booking.waitFor();
    expect(await booking.getByText(title).count()).toBe(1);
    await saveScreenshot(owner, 'bookings-1280');

    // The week view starts today (not on the calendar week's Monday) and goes both ways.
    const week = owner.getByRole('heading', { level: 2, name: /^Today – / });
    await week.waitFor();
    const days = owner.getByRole('list', { name: /^Today – / }).getByRole('listitem');
    expect(await days.first().getAttribute('aria-current')).toBe('date');
    await owner.getByRole('button', { name: 'Previous 7 days' }).click();
    await owner.getByRole('button', { name: 'Next 7 days' }).click();
    await owner.getByRole('button', { name: 'Next 7 days' }).click();
    expect(await week.count()).toBe(0);
    await owner.getByRole('button', { name: 'Today' }).click();
    await week.waitFor();
    expect(await owner.evaluate(() => document.activeElement?.id)).toBe('week-title');

    // Search and filters run on the service and stay in the address.
    const search = owner.getByRole('searchbox', { name: 'Name or email' });
    await search.fill('RITA@EXAMPLE');
    await search.press('Enter');
    await owner.waitForURL(/[?&]q=RITA%40EXAMPLE/);
    await owner.getByRole('combobox', { name: 'Link' }).selectOption({ label: title });
    await owner.waitForURL(/[?&]link=[0-9a-f-]{36}/);
    await booking.waitFor();
    expect(await owner.getByRole('list', { name: 'Bookings' }).getByRole('article').count()).toBe(1);
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'bookings-filtered-1280');
    await owner.getByRole('radio', { name: 'Cancelled' }).click();
    await owner.getByRole('heading', { name: 'No meetings match these filters' }).waitFor();
    // Reloading the address gives the same filtered list.
    await owner.reload();
    await owner.getByRole('heading', { name: 'No meetings match these filters' }).waitFor();
    expect(await search.inputValue()).toBe('RITA@EXAMPLE');
    await owner.getByRole('button', { name: 'Clear filters' }).click();
    await booking.waitFor();
    expect(await owner.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    expect(new URL(owner.url()).search).toBe('');

    // The card leads to the booking's own page.
    await booking.getByRole('link', { name: 'Rita Recipient' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Meeting with Rita Recipient' }).waitFor();

    // Analytics of the link: the visit and the booking, per day, for a range the owner picks.
    await owner.goto(`${baseUrl}/bookings`);
    await owner.getByRole('link', { name: `Analytics of ${title}` }).click();
    // The chart is named by its legend (figcaption).
    await owner
      .getByRole('figure', { name: /Views \(most on .+: \d+\).*Bookings \(most on .+: 1\)/ })
      .waitFor();
    const table = owner.getByRole('table', { name: /^Per day/ });
    expect(await table.getByRole('row').count()).toBe(31);
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'analytics-1280');
    const to = await owner.getByLabel('To', { exact: true }).inputValue();
    const weekBefore = new Date(Date.parse(`${to}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
    await owner.getByLabel('From', { exact: true }).fill(weekBefore);
    await owner.getByRole('button', { name: 'Show these days' }).click();
    await owner.waitForURL(new RegExp(`from=${weekBefore}&to=${to}`));
    await owner.getByText(/^7 days, /).waitFor();
    expect(await table.getByRole('row').count()).toBe(8);
    expect(await findAccessibilityViolations(owner)).toEqual([]);

    await owner.goto(`${baseUrl}/bookings`);
    await owner.getByRole('switch', { name: `${title} takes bookings` }).click();
    await owner.getByText(`${title} no longer takes bookings.`).waitFor();
    await visitor.goto(url);
    await visitor.getByRole('heading', { name: 'This booking link is turned off' }).waitFor();
    await owner.getByRole('switch', { name: `${title} takes bookings` }).click();
    await owner.getByText(`${title} takes bookings again.`).waitFor();

    await owner.context().close();
    await visitor.context().close();
  });

  it('lets a one-time link book once, then says it was already used', async () => {
    const owner = await openPage('desktop');
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Interview ${Date.now().toString(36)}`;
    await createLinkThroughWizard(owner, baseUrl, title);
    await owner.getByRole('link', { name: 'Make a one-time link' }).click();
    await owner.getByLabel('Recipient email').fill('dana@example.com');
    await owner.getByLabel('Recipient name (optional)').fill('Dana');
    await owner.getByRole('button', { name: 'Create one-time link' }).click();
    // The notice's link; the list below shows the same address again.
    const oneTimeUrl = await owner
      .getByRole('link', { name: /\/public\/bookings\// })
      .first()
      .textContent();
    if (!oneTimeUrl) throw new Error('no one-time URL shown');
    await owner.getByRole('list', { name: 'One-time links' }).getByText('Active').waitFor();
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'one-time-links-1280');

    const visitor = await openPage('desktop');
    await visitor.goto(oneTimeUrl);
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    await bookFirstFreeSlot(visitor, { name: 'Dana', email: 'dana@example.com' });

    await visitor.goto(oneTimeUrl);
    await visitor.getByRole('heading', { name: 'This booking link was already used' }).waitFor();

    await owner.reload();
    await owner.getByRole('list', { name: 'One-time links' }).getByText('Booked').waitFor();
    await owner.context().close();
    await visitor.context().close();
  });
});
