import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyPublicLink } from './early-public-link';

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
