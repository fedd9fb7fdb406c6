import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { createLinkThroughWizard } from './support/create-link';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';

const OWNER_EMAIL = 'demo@bookings.local';

describe('every owner screen in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();

  it('passes axe (headings in order included) and takes focus to something meaningful after each move', async () => {
    const page = await openPage('desktop');
    await signIn(page, baseUrl, dataDir, OWNER_EMAIL);
    const title = `Screens ${Date.now().toString(36)}`;
    await createLinkThroughWizard(page, baseUrl, title);
    await page.goto(`${baseUrl}/bookings`);
    const card = page.getByRole('article', { name: title });
    await card.waitFor();

    const screens: { open: () => Promise<unknown>; heading: RegExp }[] = [
      {
        open: () => page.getByRole('link', { name: 'Bookings', exact: true }).click(),
        heading: /^Bookings$/,
      },
      {
        open: () => page.getByRole('link', { name: 'Templates', exact: true }).click(),
        heading: /^Templates$/,
      },
      {
        open: () => page.getByRole('link', { name: 'Connections', exact: true }).click(),
        heading: /^Connections$/,
      },
      { open: () => page.getByRole('link', { name: 'Profile', exact: true }).click(), heading: /^Profile$/ },
      { open: () => page.getByRole('link', { name: 'Links', exact: true }).click(), heading: /^Links$/ },
      {
        open: () => card.getByRole('link', { name: `One-time link for ${title}` }).click(),
        heading: /one-time/i,
      },
      { open: () => page.goBack(), heading: /^Links$/ },
      {
        open: () => card.getByRole('link', { name: `Analytics of ${title}` }).click(),
        heading: /analytics/i,
      },
    ];
    const outcomes: string[] = [];
    for (const screen of screens) {
      await screen.open();
      const heading = page.getByRole('heading', { level: 1, name: screen.heading });
      await heading.waitFor();
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element
          ? `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40)}`
          : 'none';
      });
      outcomes.push(`${await heading.textContent()}: focus on ${focused}`);
      expect(focused, 'focus is never left on <body> after a move').not.toMatch(/^body/);
      expect(await findAccessibilityViolations(page), `${await heading.textContent()}`).toEqual([]);
    }
    console.log(outcomes.join('\n'));
    await page.context().close();
  });
});
