import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { createLinkThroughWizard } from './support/create-link';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** What has focus, as a person would name it (its accessible name is enough to tell controls apart here). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '<body>';
    // The text of each labelling element without what it hides from assistive technology (aria-hidden).
    const spokenText = (node: Element) => {
      const copy = node.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent?.trim() ?? '';
    };
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(' ')
        .map((id) => {
          const node = document.getElementById(id);
          return node ? spokenText(node) : '';
        })
        .join(' ');
    const label =
      element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent;
    return `${element.tagName.toLowerCase()}: ${(label ?? element.textContent ?? '').trim()}`;
  });
}

/** The availability step's height (the panel between the step heading and the actions), the wizard's, the page's width. */
async function measureStep(page: Page) {
  const height = async (locator: Locator) =>
    (await locator.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
  // The form and its step panel (a region) are both named by the step's heading.
  const stepName = /^Step \d+ of \d+: Availability$/;
  return {
    step: await height(page.getByRole('region', { name: stepName })),
    wizard: await height(page.getByRole('form', { name: stepName })),
    pageWidth: await page.evaluate(() => document.documentElement.scrollWidth),
  };
}

/** Presses Tab until focus reaches `name` and returns how many presses it took. */
async function tabTo(page: Page, name: string, budget = 40): Promise<number> {
  for (let presses = 1; presses <= budget; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return presses;
  }
  throw new Error(`${name} not reached in ${budget} Tabs (focus on ${await focusedName(page)})`);
}

describe('editing a link in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('changes a link’s title from the links list in three interactions', async () => {
    const page = await openPage('desktop');
    await signIn(page, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Quick edit ${Date.now().toString(36)}`;
    const renamed = `${title} (renamed)`;
    await createLinkThroughWizard(page, baseUrl, title);
    await page.goto(`${baseUrl}/bookings`);
    await page.getByRole('article', { name: title }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // 1: Edit on the link's card.
    await page.getByRole('link', { name: `Edit ${title}` }).click();
    const titleField = page.getByLabel('Title');
    await titleField.waitFor();
    expect(await titleField.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'wizard-edit-basics-1280');
    // 2: the new title.
    await titleField.fill(renamed);
    // 3: Save, from the first step.
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByRole('heading', { name: `“${renamed}” is saved` }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to your links' }).click();
    await page.getByRole('article', { name: renamed }).waitFor();
    expect(await page.getByRole('article', { name: title, exact: true }).count()).toBe(0);

    // Every step is one click away, and each review section leads back to its step.
    await page.getByRole('link', { name: `Edit ${renamed}` }).click();
    const steps = page.getByRole('list', { name: 'Steps' });
    await steps.getByRole('link', { name: /Review/ }).click();
    await page.getByRole('heading', { level: 2, name: /: Review$/ }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit limits' }).click();
    await page.getByRole('heading', { level: 2, name: /: Limits$/ }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('sets Monday to 08:30–12:00 and copies it to the weekdays with the keyboard only', async () => {
    const page = await openPage('desktop');
    await signIn(page, baseUrl, dataDir, OWNER_EMAIL);
    await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
    const title = `Keyboard hours ${Date.now().toString(36)}`;

    // "New link" from the links page by keyboard: focus lands on the wizard's first field.
    await tabTo(page, 'a: New link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /: Basics$/ }).waitFor();
    expect(await focusedName(page)).toBe('input: Title *');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /: Availability$/ }).waitFor();

    // Typing into a closed select picks the first time that starts with what was typed.
    expect(await tabTo(page, 'Monday From')).toBe(1);
    await page.keyboard.type('08:3');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Monday To');
    await page.keyboard.type('12:0');
    const copyPresses = await tabTo(page, 'button: Copy Monday to weekdays');
    await page.keyboard.press('Enter');
    await page.getByText('Copied Monday’s hours (08:30–12:00) to Tuesday to Friday.').waitFor();

    for (const day of WEEKDAYS) {
      expect(await page.getByRole('combobox', { name: `${day} From`, exact: true }).inputValue()).toBe(
        '08:30',
      );
      expect(await page.getByRole('combobox', { name: `${day} To`, exact: true }).inputValue()).toBe('12:00');
    }
    expect(
      await page
        .getByRole('row', { name: /^Saturday/ })
        .getByText('Unavailable')
        .count(),
    ).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'wizard-2-availability-copied-1280');

    // On through the remaining steps with Tab and Enter; on the review, the link is created.
    for (const step of ['Duration and buffers', 'Limits', 'Template', 'Review']) {
      await tabTo(page, 'button: Next');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: new RegExp(`: ${step}$`) }).waitFor();
    }
    const review = page.getByRole('region', { name: 'Availability' });
    expect(await review.getByText('08:30–12:00').count()).toBe(5);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await tabTo(page, 'button: Create link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `“${title}” is ready to share` }).waitFor();
    console.log(
      `keyboard: Monday's "From" 1 Tab after the step heading, "Copy Monday to weekdays" ${copyPresses} Tabs after "To"`,
    );
    await page.context().close();
  });

  it('keeps the availability step compact on a phone (390 × 844), and within a 360 px screen', async () => {
    const page = await openPage('phone');
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, baseUrl, dataDir, OWNER_EMAIL);
    await page.getByRole('link', { name: 'New link' }).click();
    await page.getByLabel('Title').fill(`Phone ${Date.now().toString(36)}`);
    await page.getByRole('button', { name: 'Next' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /: Availability$/ });
    await heading.waitFor();

    const sizes = await measureStep(page);
    console.log(
      `phone 390x844: availability step ${Math.round(sizes.step)} px, whole wizard ${Math.round(sizes.wizard)} px`,
    );
    expect(sizes.step).toBeLessThanOrEqual(1250);
    expect(sizes.pageWidth).toBeLessThanOrEqual(390);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'wizard-2-availability-390');

    await page.setViewportSize({ width: 360, height: 740 });
    const narrow = await measureStep(page);
    console.log(`phone 360x740: availability step ${Math.round(narrow.step)} px`);
    expect(narrow.pageWidth).toBeLessThanOrEqual(360);
    expect(narrow.step).toBeLessThanOrEqual(1250);
    await page.context().close();
  });
});
