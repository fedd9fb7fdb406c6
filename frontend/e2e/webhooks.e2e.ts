import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { VIEWPORTS } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { useBrowser } from './support/use-browser';
import { startWebhookReceiver } from './support/webhook-receiver';

const OWNER_EMAIL = 'demo@bookings.local';

async function expectNoViolations(page: Page) {
  expect(await findAccessibilityViolations(page)).toEqual([]);
}

describe('webhooks in a real browser', () => {
  const { baseUrl, dataDir, openPage } = useBrowser();
  const receiverPromise = startWebhookReceiver();
  afterAll(async () => (await receiverPromise).close());

  it('adds an endpoint, sends it a signed test ping and shows the delivery', async () => {
    const receiver = await receiverPromise;
    const page = await openPage('desktop');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await signIn(page, baseUrl, dataDir, OWNER_EMAIL);

    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByRole('textbox', { name: /Endpoint URL/ }).fill(receiver.url);
    await page.getByRole('textbox', { name: /Description/ }).fill('Browser test receiver');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Add endpoint' }).click();

    // The secret, shown once: it is what verifies the signatures below.
    const secretHeading = page.getByRole('heading', { level: 2, name: `Signing secret for ${receiver.url}` });
    await secretHeading.waitFor();
    expect(await secretHeading.evaluate((element) => element === document.activeElement)).toBe(true);
    const secret = (await page.getByText(/^whsec_/).textContent()) ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await page.getByRole('button', { name: 'Copy the signing secret' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await expectNoViolations(page);
    await saveScreenshot(page, 'webhooks-secret-1280');
    await page.getByRole('button', { name: 'I have stored the secret' }).click();

    const card = page.getByRole('article', { name: receiver.url });
    await card.getByText('Enabled').waitFor();
    await card.getByRole('link', { name: `Settings and deliveries of ${receiver.url}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook endpoint' }).waitFor();
    await page.getByText(/Nothing sent yet/).waitFor();

    await page.getByRole('button', { name: 'Send test ping' }).click();
    const table = page.getByRole('table', { name: 'Deliveries, newest first' });
    const pingRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Test ping/ }) });
    // The page follows the log by itself: no reload between sending and seeing it delivered.
    await pingRow.getByText('Delivered').waitFor({ timeout: 30_000 });
    expect(await pingRow.getByRole('cell', { name: '204' }).count()).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [ping] = receiver.received;
    const verified = new Webhook(secret).verify(ping?.body ?? '', {
      'webhook-id': String(ping?.headers['webhook-id']),
      'webhook-timestamp': String(ping?.headers['webhook-timestamp']),
      'webhook-signature': String(ping?.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({ type: 'ping' });

    await expectNoViolations(page);
    await saveScreenshot(page, 'webhook-deliveries-1280');

    // Rotating shows the new secret once, with focus on it; for a day the next requests carry both signatures.
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await dialog.getByRole('button', { name: 'Rotate secret' }).click();
    const newSecretHeading = page.getByRole('heading', { level: 3, name: 'New signing secret' });
    await newSecretHeading.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'New signing secret');
    const newSecret = (await page.getByText(/^whsec_/).textContent()) ?? '';
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'I have stored the secret' }).click();

    await page.getByRole('button', { name: 'Send test ping' }).click();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
    const second = receiver.received[1];
    const headers = {
      'webhook-id': String(second?.headers['webhook-id']),
      'webhook-timestamp': String(second?.headers['webhook-timestamp']),
      'webhook-signature': String(second?.headers['webhook-signature']),
    };
    expect(new Webhook(newSecret).verify(second?.body ?? '', headers)).toMatchObject({ type: 'ping' });
    expect(new Webhook(secret).verify(second?.body ?? '', headers)).toMatchObject({ type: 'ping' });
    await expect.poll(() => table.getByText('Delivered').count(), { timeout: 30_000 }).toBe(2);

    // On a phone the page keeps to the screen's width; the log scrolls sideways inside its own region.
    await page.setViewportSize(VIEWPORTS.phone);
    await page.reload();
    await pingRow.first().getByText('Delivered').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      VIEWPORTS.phone.width,
    );
    await expectNoViolations(page);
    await page.context().close();
  });
});
