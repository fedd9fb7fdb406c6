import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe';
import { confirmBooking, freeTimes } from './support/book-slot';
import { launchBrowser, openPage } from './support/browser';
import { createLinkThroughWizard } from './support/create-link';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

const OWNER_EMAIL = 'demo@bookings.local';
const HOST_NAME = 'Dana Demo';
/** One unbroken word as long as a pasted tracking URL: it must wrap, never widen the page. */
const LONG_WORD = 'x'.repeat(300);
const DESCRIPTION = `Line one of the agenda.\nSee https://example.com/agenda for details.\n${LONG_WORD}`;

const LAYOUTS = [
  { name: '360', viewport: { width: 360, height: 740 } },
  { name: '390', viewport: { width: 390, height: 844 } },
  { name: '1280', viewport: { width: 1280, height: 800 } },
] as const;

async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Berlin', ...options });
  return context.newPage();
}

/** Every free time of the shown day is on screen (or reachable by scrolling the page) and takes a click. */
async function expectEveryTimeClickable(page: Page) {
  const times = freeTimes(page);
  const count = await times.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    // A trial click fails if anything covers the button or it is outside the page.
    await times.nth(index).click({ trial: true, timeout: 5_000 });
  }
}

describe('the public booking page in a real browser', () => {
  let browser: Browser;
  let url: string;
  let title: string;
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');

  beforeAll(async () => {
    browser = await launchBrowser();
    const owner = await openPage(browser, 'desktop');
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    await setUpProfile(owner);
    title = `Planning ${Date.now().toString(36)}`;
    url = await createLinkThroughWizard(owner, baseUrl, title, { description: DESCRIPTION });
    await owner.context().close();
  });

  /** The owner's name and photo, through the profile screen: the booking page shows both. */
  async function setUpProfile(owner: Page) {
    await owner.goto(`${baseUrl}/bookings/dashboard/profile`);
    await owner.getByLabel(/^Name/).fill(HOST_NAME);
    await owner.getByRole('button', { name: 'Save profile' }).click();
    await owner.getByText('Profile saved.').waitFor();
    // A real photo, drawn by the browser: 480×320, so the service has to crop it square.
    const photo = await owner.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 480;
      canvas.height = 320;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      const gradient = context.createLinearGradient(0, 0, 480, 320);
      gradient.addColorStop(0, '#1f5fbf');
      gradient.addColorStop(1, '#f2a900');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 480, 320);
      context.fillStyle = '#ffffff';
      context.beginPath();
      context.arc(240, 130, 70, 0, Math.PI * 2);
      context.fill();
      context.fillRect(150, 210, 180, 110);
      return canvas.toDataURL('image/png');
    });
    await owner.getByLabel('Add a photo').setInputFiles({
      name: 'dana.png',
      mimeType: 'image/png',
      buffer: Buffer.from(photo.split(',')[1] ?? '', 'base64'),
    });
    await owner.getByText('Photo saved.').waitFor();
    expect(await owner.getByRole('img', { name: 'Your photo' }).getAttribute('src')).toMatch(
      /\/bookings\/public\/avatars\/[0-9a-f]{32}$/,
    );
    expect(await findAccessibilityViolations(owner)).toEqual([]);
    await saveScreenshot(owner, 'profile-1280');
  }

  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const layout of LAYOUTS) {
      it(`fits ${layout.name} px wide in ${colorScheme}: no sideways scroll, every time clickable, no axe violation`, async () => {
        const page = await newPage(browser, { viewport: layout.viewport, colorScheme });
        await page.goto(url);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await freeTimes(page).first().waitFor();
        expect(await page.title()).toBe(`${title} · ${HOST_NAME}`);
        expect(
          await page
            .getByRole('region', { name: title })
            .getByRole('img', { name: `Photo of ${HOST_NAME}` })
            .evaluate((image) => (image as HTMLImageElement).naturalWidth),
        ).toBe(256);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
        await expectEveryTimeClickable(page);
        expect(await page.getByRole('link', { name: 'https://example.com/agenda' }).getAttribute('rel')).toBe(
          'noopener noreferrer nofollow',
        );
        expect(await findAccessibilityViolations(page)).toEqual([]);
        if (layout.name === '1280') {
          // The whole card (its host, calendar and times sections), every time of the day included, is above the
          // fold on a laptop.
          const bottoms = await page
            .getByRole('main')
            .getByRole('region')
            .evaluateAll((sections) => sections.map((section) => section.getBoundingClientRect().bottom));
          expect(bottoms).toHaveLength(3);
          expect(Math.max(...bottoms)).toBeLessThanOrEqual(layout.viewport.height);
        }
        await saveScreenshot(page, `public-${layout.name}-${colorScheme}`);
        await page.context().close();
      });
    }
  }

  it('paints the header from the HTML alone, in the very boxes the app then fills, with no layout shift', async () => {
    /** Where the header's parts and the calendar sit: the app must take over the same boxes. */
    const boxesOf = (page: Page) =>
      page.evaluate(() =>
        [
          '.host-card',
          '#public-title',
          '.host-card__name',
          '.host-card__description',
          '.booking-card__calendar',
        ].map((selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          const round = (value = Number.NaN) => Math.round(value * 2) / 2;
          const size = selector === '.booking-card__calendar' ? {} : { height: round(box?.height) };
          return {
            selector,
            left: round(box?.left),
            top: round(box?.top),
            width: round(box?.width),
            ...size,
          };
        }),
      );
    for (const layout of [LAYOUTS[1], LAYOUTS[2]]) {
      const htmlOnly = await newPage(browser, { viewport: layout.viewport, javaScriptEnabled: false });
      await htmlOnly.goto(url);
      expect(await htmlOnly.title()).toBe(`${title} · ${HOST_NAME}`);
      await htmlOnly.getByRole('heading', { level: 1, name: title }).waitFor();
      const painted = await boxesOf(htmlOnly);
      await htmlOnly.context().close();

      const page = await newPage(browser, { viewport: layout.viewport });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url);
      await freeTimes(page).first().waitFor();
      // The app's own card (its description's address is a link only the app makes), not the server's outline.
      await page.getByRole('link', { name: 'https://example.com/agenda' }).waitFor();
      expect(await boxesOf(page)).toEqual(painted);
      expect(
        await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts),
      ).toEqual([]);
      await page.context().close();
    }
  });

  it('reads an Asia/Calcutta browser as Asia/Kolkata and finds Kolkata by city, IST and +5:30', async () => {
    const page = await newPage(browser, {
      viewport: { width: 1280, height: 800 },
      timezoneId: 'Asia/Calcutta',
    });
    const answer = page.waitForResponse((response) => response.url().includes('/availability?'));
    await page.goto(url);
    const availability = (await (await answer).json()) as {
      timeZone: string;
      days: { slots: { start: string }[] }[];
    };
    expect(availability.timeZone).toBe('Asia/Kolkata');
    const zoneButton = page.getByRole('button', { name: /^Time zone/ });
    expect(await zoneButton.textContent()).toContain('Asia/Kolkata (GMT+5:30)');
    const first = availability.days.find((day) => day.slots.length > 0)?.slots[0]?.start ?? '';
    const expected = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Kolkata',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(first));
    expect(await freeTimes(page).first().textContent()).toBe(expected);

    for (const search of ['Kolkata', 'IST', '+5:30']) {
      await zoneButton.click();
      await page.getByRole('combobox', { name: 'Search time zones' }).fill(search);
      const option = page.getByRole('option', { name: /^Kolkata, India/ });
      await option.waitFor();
      expect(await option.textContent()).toContain('GMT+5:30');
      if (search === 'IST') await saveScreenshot(page, 'public-time-zone-1280');
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('shows Hebrew week headers starting on Sunday for a he-IL browser', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, locale: 'he-IL' });
    await page.goto(url);
    await freeTimes(page).first().waitFor();
    // The week headers are abbreviations whose titles are the full Hebrew day names ("יום ...").
    const headers = await page
      .getByTitle(/^יום /)
      .evaluateAll((cells) =>
        cells.map((cell) => ({ text: cell.textContent, title: cell.getAttribute('title') })),
      );
    expect(headers).toHaveLength(7);
    expect(headers[0]?.title).toBe('יום ראשון');
    expect(headers[6]?.title).toBe('יום שבת');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the name and email typed when someone else takes the time first', async () => {
    const first = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    const second = await newPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    for (const page of [first, second]) {
      await page.goto(url);
      await freeTimes(page).first().waitFor();
    }
    // Both pick the same time (the last one of the first day, so other tests' bookings do not interfere).
    await freeTimes(second).last().click();
    await second.getByLabel('Your name').fill('Sam Second');
    await second.getByLabel('Your email').fill('sam@example.com');
    await freeTimes(first).last().click();
    await first.getByLabel('Your name').fill('Fay First');
    await first.getByLabel('Your email').fill('fay@example.com');
    await confirmBooking(first);

    await second.getByRole('button', { name: 'Confirm booking' }).click();
    await second.getByText(/that time was just taken/).waitFor();
    expect(await findAccessibilityViolations(second)).toEqual([]);
    await saveScreenshot(second, 'public-slot-taken-390-dark');
    await freeTimes(second).first().click();
    expect(await second.getByLabel('Your name').inputValue()).toBe('Sam Second');
    expect(await second.getByLabel('Your email').inputValue()).toBe('sam@example.com');
    await confirmBooking(second);
    expect(await second.title()).toBe(`Booked: ${title} · ${HOST_NAME}`);
    expect(await second.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href')).toContain(
      'https://calendar.google.com/calendar/render?action=TEMPLATE',
    );
    await saveScreenshot(second, 'public-confirmation-390-dark');
    await first.context().close();
    await second.context().close();
  });

  it('embeds through the snippet on a page of another local origin and grows to the page’s height', async () => {
    const owner = await openPage(browser, 'desktop');
    await signIn(owner, baseUrl, dataDir, OWNER_EMAIL);
    const card = owner.getByRole('article', { name: title });
    await card.getByText('Embed on your website').click();
    const snippet = await card.getByText('/bookings/embed.js').first().textContent();
    expect(snippet).toContain(`${baseUrl}/bookings/embed.js`);
    await saveScreenshot(owner, 'links-embed-1280');
    await owner.context().close();

    const port = inject('embedHostPort');
    const host = await serveHtml(
      port,
      `<!doctype html><html lang="en"><head><title>Partner site</title></head><body><h1>Book a call with us</h1>${snippet}<p id="after">Footer of the partner site</p></body></html>`,
    );
    try {
      const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frameLocator('iframe[title]');
      await frame.getByRole('heading', { level: 1, name: title }).waitFor();
      await frame.getByRole('list', { name: /Free times on/ }).waitFor();
      // The frame is resized to its content: nothing inside scrolls and nothing is cut off.
      const frameFitsContent = async () => {
        const frameHeight = await page.locator('iframe[title]').evaluate((element) => element.clientHeight);
        const contentHeight = await frame
          .locator('#root')
          .evaluate((root) => root.getBoundingClientRect().height);
        return Math.abs(frameHeight - Math.ceil(contentHeight));
      };
      await expect.poll(frameFitsContent).toBeLessThanOrEqual(1);
      const wide = await page.locator('iframe[title]').evaluate((element) => element.clientHeight);
      await saveScreenshot(page, 'public-embedded-1280');
      // On a phone the card stacks (host, calendar, times): much taller, and the frame follows.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect
        .poll(() => page.locator('iframe[title]').evaluate((element) => element.clientHeight))
        .toBeGreaterThan(wide + 200);
      await expect.poll(frameFitsContent).toBeLessThanOrEqual(1);
      await page.locator('#after').scrollIntoViewIfNeeded();
      expect(await page.locator('#after').isVisible()).toBe(true);
      await saveScreenshot(page, 'public-embedded-390');
      await page.context().close();
    } finally {
      await new Promise((done) => host.close(done));
    }
  });
});

function serveHtml(port: number, html: string): Promise<Server> {
  return new Promise((resolveServer) => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    server.listen(port, '127.0.0.1', () => resolveServer(server));
  });
}
