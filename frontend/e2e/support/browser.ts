import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What Chromium reported refusing under a Content-Security-Policy since the last take (see no-policy-violations.ts). */
const policyViolations: string[] = [];

export function takePolicyViolations(): string[] {
  return policyViolations.splice(0);
}

function watchPolicyViolations(context: BrowserContext): void {
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) policyViolations.push(message.text());
  });
}

/**
 * Debian's Chromium (never a downloaded browser), found by run-e2e.mjs. Every context it opens reports what the
 * service's Content-Security-Policy refused, so a page the policy breaks fails its test.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: HEADLESS_ARGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watchPolicyViolations(context);
    return context;
  };
  return browser;
}

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export interface PageOptions {
  /** The browser's time zone (IANA); the machine's when absent. */
  timeZone?: string;
}

export async function openPage(
  browser: Browser,
  viewport: keyof typeof VIEWPORTS = 'desktop',
  options: PageOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'en-GB',
    ...(options.timeZone ? { timezoneId: options.timeZone } : {}),
  });
  return context.newPage();
}
