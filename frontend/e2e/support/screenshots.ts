import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Saves a full-page screenshot under e2e/screenshots (the owner guide uses some of them). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(inject('screenshotDir'), `${name}.png`), fullPage: true });
}
