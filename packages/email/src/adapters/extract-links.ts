const WEB_URL = /https?:\/\/[^\s<>"'`]+/g;

/** The http(s) links in plain text, in order, without duplicates or trailing sentence punctuation. */
export function extractLinks(text: string): string[] {
  const links = (text.match(WEB_URL) ?? []).map((url) => url.replace(/[.,;:!?)\]]+$/, ''));
  return [...new Set(links)];
}
