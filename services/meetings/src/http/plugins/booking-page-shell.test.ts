import { describe, expect, it } from 'vitest';
import {
  type BookingPageHeader,
  escapeHtml,
  renderBookingCardOutline,
  withBookingPageShell,
} from './booking-page-shell';

const INDEX_HTML =
  '<!doctype html><html><head><title>Bookings</title><script>early()</script></head>' +
  '<body><div id="root"><p class="boot">Loading…</p></div><script type="module" src="/assets/index.js"></script></body></html>';

const header = (overrides: Partial<BookingPageHeader> = {}): BookingPageHeader => ({
  kind: 'evergreen',
  title: 'Intro call',
  description: '',
  ownerName: 'Ann Example',
  ownerAvatarUrl: null,
  durations: [30],
  defaultDuration: 30,
  ...overrides,
});

describe('withBookingPageShell', () => {
  it('puts the card outline in #root and names the tab after the link and its host', () => {
    const html = withBookingPageShell(INDEX_HTML, header());
    expect(html).toContain('<title>Intro call · Ann Example</title>');
    expect(html).toContain(
      '<div id="root"><main class="booking-page" aria-busy="true"><div class="booking-card">',
    );
    expect(html).toContain('<h1 id="public-title" class="host-card__title">Intro call</h1>');
    expect(html).not.toContain('Loading…');
    // Everything around #root is the page as built: its scripts (and their policy hashes) are untouched.
    expect(html).toContain('<script>early()</script>');
    expect(
      html.endsWith('</main></div><script type="module" src="/assets/index.js"></script></body></html>'),
    ).toBe(true);
  });

  it('escapes whatever the owner typed, in text and in the title', () => {
    const html = withBookingPageShell(
      INDEX_HTML,
      header({
        title: '</title><script>alert(1)</script>',
        ownerName: 'Ann "the host" <b>',
        description: "Bring notes & questions.\n<img src=x onerror='alert(2)'>",
      }),
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '<title>&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; · Ann &#34;the host&#34; &#60;b&#62;</title>',
    );
    expect(html).toContain(
      '<p class="host-card__description">Bring notes &#38; questions.\n&#60;img src=x onerror=&#39;alert(2)&#39;&#62;</p>',
    );
  });

  it('leaves a one-time link’s page as built: its header depends on the visitor’s zone', () => {
    expect(withBookingPageShell(INDEX_HTML, header({ kind: 'one_time' }))).toBe(INDEX_HTML);
  });

  it('leaves a page without a #root as it is', () => {
    const page = '<html><title>Bookings</title><body></body></html>';
    expect(withBookingPageShell(page, header())).toBe(page);
  });
});

describe('renderBookingCardOutline', () => {
  it('shows the one meeting length as a fact, and several as the app’s choice with the default checked', () => {
    expect(renderBookingCardOutline(header({ durations: [45], defaultDuration: 45 }))).toContain(
      '<p class="host-card__fact"><span aria-hidden="true">◷ </span>45 min</p>',
    );
    const choice = renderBookingCardOutline(header({ durations: [30, 60, 90], defaultDuration: 60 }));
    expect(choice).toContain('<legend class="duration-choice__legend">Meeting length</legend>');
    expect(choice).toContain(
      '<label class="duration-choice__option"><input type="radio" name="duration">30 min</label>' +
        '<label class="duration-choice__option"><input type="radio" name="duration" checked>1 h</label>' +
        '<label class="duration-choice__option"><input type="radio" name="duration">1 h 30 min</label>',
    );
  });

  it('shows the photo, or the initials, with no inline style (the page’s policy refuses them)', () => {
    const withPhoto = renderBookingCardOutline(
      header({ ownerAvatarUrl: 'https://bookings.example/bookings/public/avatars/abc?v="1"' }),
    );
    expect(withPhoto).toContain(
      '<img class="avatar" src="https://bookings.example/bookings/public/avatars/abc?v=&#34;1&#34;" alt="Photo of Ann Example" width="56" height="56" decoding="async">',
    );
    const initials = renderBookingCardOutline(header());
    expect(initials).toContain('<span class="avatar avatar--initials" aria-hidden="true">AE</span>');
    expect(initials).not.toContain('style=');
  });

  it('has no description paragraph when there is no description', () => {
    expect(renderBookingCardOutline(header())).not.toContain('host-card__description');
  });
});

describe('HTML escaping', () => {
  it('escapes the five characters that can open or close markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});
