import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/adapters/db/client';
import { useOwnerSession } from '../factories/owner-session';
import { createPublicLink, tokenOf } from '../factories/public-links';
import { CSS, writeBuiltSpa } from '../support/built-spa';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp({ env: { STATIC_DIR: writeBuiltSpa() } });
const ann = useOwnerSession(t, 'ann@example.com');

async function getPage(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.baseUrl}${path}`, { headers });
  return Object.assign(response, { html: await response.text() });
}

const styleSources = (response: Response) =>
  (response.headers.get('content-security-policy') ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'style-src')
    ?.slice(1);

describe('a booking page’s HTML', () => {
  it('carries the link’s header, escaped, and its stylesheet inline under the policy’s hash', async () => {
    const { link, token } = await createPublicLink(ann, { title: 'Intro <call> & "chat"' });
    await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { description: 'Agenda: </p><script>alert(1)</script>' },
    });

    const page = await getPage(`/public/bookings/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.html).toContain('<title>Intro &#60;call&#62; &#38; &#34;chat&#34; · ann</title>');
    expect(page.html).toContain(
      '<h1 id="public-title" class="host-card__title">Intro &#60;call&#62; &#38; &#34;chat&#34;</h1>',
    );
    expect(page.html).toContain(
      '<p class="host-card__description">Agenda: &#60;/p&#62;&#60;script&#62;alert(1)&#60;/script&#62;</p>',
    );
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html).toContain(`<style>${CSS}</style>`);
    expect(page.html).not.toContain('rel="stylesheet"');
    const hash = `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`;
    expect(styleSources(page)).toEqual(["'self'", hash]);
  });

  it('records no view: the page’s own request for the link is the one view', async () => {
    const { link, token } = await createPublicLink(ann);
    await getPage(`/public/bookings/${token}`);
    await getPage(`/public/bookings/${token}`);
    await t.app.container.repositories.analytics.flush();
    const views = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM analytics_events WHERE link_id = ${link.id}`,
    );
    expect(views[0]?.n).toBe(0);
  });

  it('is compressed as the browser accepts (made once per link header)', async () => {
    const { token } = await createPublicLink(ann);
    const response = await fetch(`${t.baseUrl}/public/bookings/${token}`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toContain('accept-encoding');
    expect(await response.text()).toContain('class="host-card__title">Intro call</h1>');
  });

  it('of a one-time link shows nothing of its recipient: the page loads as built', async () => {
    const { link } = await createPublicLink(ann);
    const { data } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com', recipientName: 'Dana Secret' },
    });
    const page = await getPage(`/public/bookings/${tokenOf(data?.url ?? '')}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('dana@example.com');
    expect(page.html).not.toContain('Dana Secret');
    expect(page.html).toContain('<p class="boot">Loading…</p>');
    expect(page.html).toContain('<title>Bookings</title>');
  });

  it('of an unknown, malformed or switched-off token is the page as built; the API still answers problems', async () => {
    const { link, token } = await createPublicLink(ann);
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    for (const path of [
      '/public/bookings/no-such-token',
      `/public/bookings/${token}`,
      '/public/bookings/not%20a%20token',
      '/public/bookings/manage/some-token',
    ]) {
      const page = await getPage(path);
      expect(page.status).toBe(200);
      expect(page.html).toContain('<p class="boot">Loading…</p>');
      expect(page.html).not.toContain('<style>');
      expect(styleSources(page)).toEqual(["'self'"]);
    }
    const api = await fetch(`${t.baseUrl}/bookings/public/no-such-token`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(await api.json()).toMatchObject({ status: 404, code: 'link_not_found' });
  });
});
