/**
 * What an owner pastes into another site to show a booking page: the service's script (inserts the iframe
 * and keeps it as tall as the page), or a plain iframe for sites that allow no scripts.
 */
export function embedScriptSnippet(pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return `<div data-bookings-embed="${escapeAttribute(pageUrl)}"></div>\n<script async src="${origin}/bookings/embed.js"></script>`;
}

export function embedIframeSnippet(pageUrl: string, title: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  return `<iframe src="${escapeAttribute(url.toString())}" title="${escapeAttribute(`Book: ${title}`)}" style="width: 100%; height: 760px; border: 0" loading="lazy"></iframe>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
