import { describe, expect, it } from 'vitest';
import { embedIframeSnippet, embedScriptSnippet } from './embed-snippet';

describe('embed snippets', () => {
  const url = 'https://book.example.com/public/bookings/tok_1';

  it('loads the service’s script from the page’s own origin', () => {
    expect(embedScriptSnippet(url)).toBe(
      '<div data-bookings-embed="https://book.example.com/public/bookings/tok_1"></div>\n' +
        '<script async src="https://book.example.com/bookings/embed.js"></script>',
    );
  });

  it('frames the page in embed mode with a title, escaping what it quotes', () => {
    const snippet = embedIframeSnippet(url, 'Intro "call" & more');
    expect(snippet).toContain('src="https://book.example.com/public/bookings/tok_1?embed=1"');
    expect(snippet).toContain('title="Book: Intro &quot;call&quot; &amp; more"');
  });
});
