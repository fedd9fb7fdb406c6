import type { Address, EmailMessage } from '../email-port';
import { toSafeAddress, toSingleLine } from '../sanitize';
import { html, link, renderDocument } from './safe-html';

export interface WebhookDisabledNotice {
  to: Address;
  /** The endpoint's URL, as the owner saved it. */
  endpointUrl: string;
  /** Why the service switched it off, in a sentence. */
  reason: string;
  /** The dashboard page where the owner sees its deliveries and turns it back on. */
  manageUrl: string;
}

/** Tells the owner that the service stopped sending to one of their webhook endpoints. */
export function webhookDisabledEmail(notice: WebhookDisabledNotice): EmailMessage {
  const subject = toSingleLine(`Webhook endpoint disabled: ${notice.endpointUrl}`);
  const text = [
    `Bookings stopped sending events to ${notice.endpointUrl}.`,
    '',
    notice.reason,
    '',
    `See its deliveries and turn it back on: ${notice.manageUrl}`,
  ].join('\n');
  const body = html`<h2 style="font-size:20px;margin:0 0 16px">Webhook endpoint disabled</h2>
<p>Bookings stopped sending events to <span style="word-break:break-all">${notice.endpointUrl}</span>.</p>
<p>${notice.reason}</p>
<p>${link(notice.manageUrl, 'See its deliveries and turn it back on')}</p>`;
  return { to: toSafeAddress(notice.to), subject, text, html: renderDocument(subject, body) };
}
