import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, openPage, type PageOptions, type VIEWPORTS } from './browser';

export interface BrowserHarness {
  /** A new page in a context of its own (no shared cookies or storage), on the block's Chromium. */
  openPage(viewport?: keyof typeof VIEWPORTS, options?: PageOptions): Promise<Page>;
  /** The service global-setup started (API and SPA on one origin). */
  baseUrl: string;
  /** Its data directory, where mail lands as .eml files. */
  dataDir: string;
}

/**
 * The one setup of a browser test block: Chromium launched before its first test and closed after its last.
 *
 *     const { baseUrl, dataDir, openPage } = useBrowser();
 */
export function useBrowser(): BrowserHarness {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    openPage: (viewport, options) => {
      if (!browser) throw new Error('the browser is launched in beforeAll');
      return openPage(browser, viewport, options);
    },
    baseUrl: inject('baseUrl'),
    dataDir: inject('dataDir'),
  };
}
