import type { Address, EmailMessage } from '../email-port';
import { toSafeAddress } from '../sanitize';
import { html, link, renderDocument } from './safe-html';

export function magicLinkEmail(input: { to: Address; link: string; expiresInMinutes: number }): EmailMessage {
  const subject = 'Your sign-in link for Bookings';
  const expiry = `This link expires in ${input.expiresInMinutes} minutes and can be used once.`;
  const text = [
    'Sign in to Bookings by opening this link:',
    '',
    input.link,
    '',
    expiry,
    'If you did not ask to sign in, ignore this email: nobody can sign in without the link.',
  ].join('\n');
  const body = html`<h2 style="font-size:20px;margin:0 0 16px">Sign in to Bookings</h2>
<p>${link(input.link, 'Sign in')}</p>
<p style="word-break:break-all;color:#5f6368">${input.link}</p>
<p>${expiry}</p>
<p style="color:#5f6368">If you did not ask to sign in, ignore this email: nobody can sign in without the link.</p>`;
  return { to: toSafeAddress(input.to), subject, text, html: renderDocument(subject, body) };
}
