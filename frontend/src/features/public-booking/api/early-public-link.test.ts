import { afterEach, describe, expect, it } from 'vitest';
import { readEarlyAvailabilityWindow, takeEarlyAvailability, takeEarlyPublicLink } from './early-public-link';

const origin = window.location.origin;

function startEarly(token: string, response: Response) {
  window.__bookingsEarlyLink = { token, response: Promise.resolve(response) };
}

describe('takeEarlyPublicLink', () => {
  afterEach(() => {
    window.__bookingsEarlyLink = undefined;
  });

  it('hands over the request index.html started, once', async () => {
    startEarly('tok', new Response(JSON.stringify({ title: 'Intro call' }), { status: 200 }));
    await expect(takeEarlyPublicLink('tok', origin)).resolves.toMatchObject({ title: 'Intro call' });
    expect(takeEarlyPublicLink('tok', origin)).toBeNull();
  });

  it('turns a problem answer into the ApiError the page branches on', async () => {
    startEarly(
      'tok',
      new Response(
        JSON.stringify({
          type: 'x',
          title: 'Gone',
          status: 410,
          detail: 'off',
          code: 'link_inactive',
          requestId: 'r',
        }),
        { status: 410 },
      ),
    );
    await expect(takeEarlyPublicLink('tok', origin)).rejects.toMatchObject({
      status: 410,
      code: 'link_inactive',
    });
  });

  it('is not used for another token or an API on another origin', () => {
    startEarly('tok', new Response('{}'));
    expect(takeEarlyPublicLink('other', origin)).toBeNull();
    expect(takeEarlyPublicLink('tok', 'https://api.example.com')).toBeNull();
  });
});

describe('takeEarlyAvailability', () => {
  afterEach(() => {
    window.__bookingsEarlyLink = undefined;
  });

  const window35 = { from: '2026-06-01T08:00:00.000Z', to: '2026-07-06T08:00:00.000Z' };

  it('hands over the free times once, and keeps their window for the windows that follow', async () => {
    const answer = { duration: 30, days: [] };
    window.__bookingsEarlyLink = {
      token: 'tok',
      availability: {
        ...window35,
        timeZone: 'Asia/Calcutta',
        response: Promise.resolve(new Response(JSON.stringify(answer))),
      },
    };
    const wanted = { ...window35, timeZone: 'Asia/Kolkata', duration: 30 };
    await expect(takeEarlyAvailability('tok', origin, wanted)).resolves.toEqual(answer);
    expect(takeEarlyAvailability('tok', origin, wanted)).toBeNull();
    expect(readEarlyAvailabilityWindow('tok', origin)).toEqual(window35);
  });

  it('is not used for another window', () => {
    window.__bookingsEarlyLink = {
      token: 'tok',
      availability: { ...window35, timeZone: 'UTC', response: Promise.resolve(new Response('{}')) },
    };
    const later = { from: window35.to, to: '2026-08-10T08:00:00.000Z', timeZone: 'UTC', duration: 30 };
    expect(takeEarlyAvailability('tok', origin, later)).toBeNull();
  });
});
