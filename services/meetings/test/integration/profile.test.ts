import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type OwnerSession, useOwnerSession } from '../factories/owner-session';
import { createPublicLink } from '../factories/public-links';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp({ env: { BOT_PROTECTION: 'false' } });
const ann = useOwnerSession(t, 'ann@example.com');

/** A real photo: a JPEG of the given size, as the data URL a browser's FileReader makes. */
async function jpegDataUrl(width: number, height: number, noise = false): Promise<string> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let i = 0; i < pixels.length; i += 1)
    pixels[i] = noise ? Math.floor(Math.random() * 256) : (i * 7) % 256;
  const jpeg = await sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 100 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

const patchMe = (body: Record<string, unknown>, session: OwnerSession = ann) =>
  session.api.PATCH('/bookings/me', { body: body as never });

describe('PATCH /bookings/me', () => {
  it('changes only the fields sent, canonicalizing the zone and the language tag', async () => {
    const { data, response } = await patchMe({
      name: '  Ann Example ',
      timeZone: 'Asia/Calcutta',
      locale: 'en-gb',
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      name: 'Ann Example',
      timeZone: 'Asia/Kolkata',
      locale: 'en-GB',
      avatarUrl: null,
    });
    const again = await patchMe({ locale: null });
    expect(again.data).toMatchObject({ name: 'Ann Example', timeZone: 'Asia/Kolkata', locale: null });
    expect((await ann.api.GET('/bookings/me')).data).toEqual(again.data);
  });

  it('names every bad field at once', async () => {
    const { error, response } = await patchMe({ name: ' ', timeZone: 'Mars/Olympus', locale: 'not a tag!' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(error?.errors?.map((e) => e.path).sort()).toEqual(['locale', 'name', 'timeZone']);
  });

  it('re-encodes a photo to a small square WebP, served with long caching and shown on booking pages', async () => {
    const { data } = await patchMe({ avatar: await jpegDataUrl(640, 400) });
    expect(data?.avatarUrl).toMatch(/^http:\/\/bookings\.test\/bookings\/public\/avatars\/[0-9a-f]{32}$/);
    const path = new URL(data?.avatarUrl ?? '').pathname;
    const served = await fetch(`${t.baseUrl}${path}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const image = Buffer.from(await served.arrayBuffer());
    expect(await sharp(image).metadata()).toMatchObject({ format: 'webp', width: 256, height: 256 });
    expect(image.length).toBeLessThan(20_000);

    const { token } = await createPublicLink(ann);
    const page = await t.anonymous.GET('/bookings/public/{token}', { params: { path: { token } } });
    expect(page.data?.ownerAvatarUrl).toBe(data?.avatarUrl);

    const removed = await patchMe({ avatar: null });
    expect(removed.data?.avatarUrl).toBeNull();
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
  });

  it('refuses a photo over 256 kB (413) and bytes that are no image (422), with problem documents', async () => {
    const big = await jpegDataUrl(480, 480, true);
    expect(Buffer.from(big.split(',')[1] ?? '', 'base64').length).toBeGreaterThan(256 * 1024);
    const tooLarge = await patchMe({ avatar: big });
    expect(tooLarge.response.status).toBe(413);
    expect(tooLarge.error?.code).toBe('avatar_too_large');

    const notImage = await patchMe({
      avatar: `data:image/png;base64,${Buffer.from('hello').toString('base64')}`,
    });
    expect(notImage.response.status).toBe(422);
    expect(notImage.error?.code).toBe('avatar_unreadable');

    const notDataUrl = await patchMe({ avatar: 'https://example.com/me.png' });
    expect(notDataUrl.response.status).toBe(400);
    expect(notDataUrl.error?.errors).toEqual([
      { path: 'avatar', message: 'must be a data:image/...;base64, URL' },
    ]);
  });

  it('needs a signed-in owner', async () => {
    const { response } = await t.anonymous.PATCH('/bookings/me', { body: { name: 'X' } });
    expect(response.status).toBe(401);
  });
});

describe('time zone on first sign-in', () => {
  async function signInWithBrowserZone(email: string, timeZone: string) {
    await t.anonymous.POST('/bookings/auth/magic-link', { body: { email } });
    const mail = await t.mailbox.lastTo(email);
    const token = /sign-in\?token=([\w-]+)/.exec(mail.text ?? '')?.[1] ?? '';
    return t.anonymous.POST('/bookings/auth/verify', { body: { token, timeZone } });
  }

  it('takes the browser’s zone on the first sign-in and keeps a chosen zone afterwards', async () => {
    const first = await signInWithBrowserZone('bea@example.com', 'Asia/Calcutta');
    expect(first.data?.owner.timeZone).toBe('Asia/Kolkata');
    const second = await signInWithBrowserZone('bea@example.com', 'America/New_York');
    expect(second.data?.owner.timeZone).toBe('Asia/Kolkata');

    const chosen = await signInWithBrowserZone('cid@example.com', 'Europe/Paris');
    expect(chosen.data?.owner.timeZone).toBe('Europe/Paris');
  });

  it('ignores a zone that is not one', async () => {
    const signedIn = await signInWithBrowserZone('dot@example.com', 'Nowhere/Special');
    expect(signedIn.data?.owner.timeZone).toBe('UTC');
  });
});
