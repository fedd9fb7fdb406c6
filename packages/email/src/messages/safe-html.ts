const brand = Symbol('SafeHtml');

/** Markup that is already escaped; anything else interpolated into `html` is escaped. */
export interface SafeHtml {
  readonly [brand]: true;
  readonly markup: string;
}

type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | undefined;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function trust(markup: string): SafeHtml {
  return { [brand]: true, markup };
}

function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && brand in value;
}

function renderValue(value: HtmlValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isSafeHtml(value)) return value.markup;
  return value.map((item) => item.markup).join('');
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += renderValue(value) + (strings[index + 1] ?? '');
  });
  return trust(markup);
}

/** Keeps line breaks of multi-line user text (answers, descriptions) visible in HTML. */
export function multiline(value: string): SafeHtml {
  return trust(
    value
      .split(/\r\n?|\n/)
      .map(escapeHtml)
      .join('<br>'),
  );
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Only http(s) URLs become links, so user-supplied `javascript:` URLs stay inert text. */
export function link(url: string, label: string = url): SafeHtml {
  if (!isWebUrl(url)) return html`${label}`;
  return html`<a href="${url}" style="color:#2554c7">${label}</a>`;
}

export function renderDocument(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f5f6f8;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1c1e21">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;line-height:1.5">
${body}
</div>
</body>
</html>
`.markup;
}
