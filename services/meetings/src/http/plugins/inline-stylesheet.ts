import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\bhref="\/assets\/([\w.-]+\.css)"[^>]*>/;

/**
 * index.html with its stylesheet written into the page, and the hash a policy lists to allow it: the booking
 * page then paints its header from the HTML alone, without a request for the stylesheet first (a round trip on a
 * phone). Null when the page links no stylesheet of the build, or one that could close the element.
 */
export function inlineStylesheet(
  indexHtml: string,
  staticDir: string,
): { html: string; styleHash: string } | null {
  const link = STYLESHEET_LINK.exec(indexHtml);
  const file = link?.[1] ? join(staticDir, 'assets', link[1]) : null;
  if (!link || !file || !existsSync(file)) return null;
  const css = readFileSync(file, 'utf8');
  if (/<\/style/i.test(css)) return null;
  return {
    html: indexHtml.replace(link[0], () => `<style>${css}</style>`),
    styleHash: `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`,
  };
}
