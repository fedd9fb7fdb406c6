import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { createLinkThroughWizard } from './support/create-link';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** An open day of the picker's calendar other than the one shown, paging to the next month if needed. */
async function anotherOpenDay(picker: Locator): Promise<Locator> {
  const others = picker.locator('button[data-date]:not([disabled])[aria-pressed="false"]');
  if ((await others.count()) === 0) await picker.getByRole('button', { name: 'Next month' }).click();
  return picker.locator('button[data-date]:not([disabled])[aria-pressed="false"]').first();
}

describe('one-time links in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('picks 3 slots over two days in the calendar, creates the link, and copies its URL again from the list', async () => {
    const owner = await openPage('desktop');
    await owner.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Picked times ${Date.now().toString(36)}`;
    await createLinkThroughWizard(owner, baseUrl, title);
    await owner.getByRole('link', { name: 'Make a one-time link' }).click();
    await owner.getByLabel('Recipient email').fill('pia@example.com');
    await owner.getByRole('checkbox', { name: 'Offer only times I pick' }).check();

    const picker = owner.getByRole('group', { name: 'Times to offer' });
    const count = picker.getByRole('status');
    const firstDay = picker.getByRole('list', { name: /^Free times on / });
    await firstDay.getByRole('button').first().waitFor();
    await firstDay.getByRole('button').nth(0).click();
    // The keyboard picks too: a time is a toggle button.
    await firstDay.getByRole('button').nth(1).focus();
    await owner.keyboard.press('Space');
    expect(await firstDay.getByRole('button').nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await count.textContent()).toBe('2 slots picked');

    await (await anotherOpenDay(picker)).click();
    const secondDay = picker.getByRole('list', { name: /^Free times on / });
    await secondDay.getByRole('button').first().click();
    await count.getByText('3 slots picked').waitFor();
    const picked = picker.getByRole('list', { name: 'Picked times' });
    expect(await picked.getByRole('listitem').count()).toBe(3);
    // Headings go h1 > h2 (form) > h3 (month, day, picked): axe's heading-order holds.
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'one-time-picker-1280');

    await owner.getByRole('button', { name: 'Create one-time link' }).click();
    const notice = owner.getByRole('status').filter({ hasText: 'One-time link for pia@example.com' });
    const url = await notice.getByRole('link').textContent();
    if (!url) throw new Error('no one-time URL shown');
    expect(url).toMatch(/\/public\/bookings\/[A-Za-z0-9_-]{43}$/);

    await owner.reload();
    const list = owner.getByRole('list', { name: 'One-time links' });
    const copy = list.getByRole('button', { name: 'Copy the address for pia@example.com' });
    await copy.click();
    await list.getByText('Copied').waitFor();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await isFocused(copy)).toBe(true);
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'one-time-links-copy-1280');
    await owner.context().close();
  });
});
