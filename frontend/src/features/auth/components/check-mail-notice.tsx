import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import type { SignInLinkSent } from '../api/request-sign-in-link';

export interface CheckMailNoticeProps {
  email: string;
  expiresInMinutes: number;
  /** server: this server has no SMTP, so the link was logged and filed instead of mailed. */
  delivery: SignInLinkSent['delivery'];
  onUseAnotherEmail: () => void;
}

export function CheckMailNotice({
  email,
  expiresInMinutes,
  delivery,
  onUseAnotherEmail,
}: CheckMailNoticeProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form this replaces had focus: move it to the new heading so keyboard and screen-reader users follow.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="stack">
      <h1 id="check-mail-title" ref={headingRef} tabIndex={-1}>
        {delivery === 'email' ? 'Check your email' : 'Find your sign-in link on the server'}
      </h1>
      {delivery === 'email' ? (
        <p>
          We sent a sign-in link to <strong>{email}</strong>. It works once and for {expiresInMinutes}{' '}
          minutes. Open it on this device to continue.
        </p>
      ) : (
        <>
          <p>
            This server has no mail server configured (<code>SMTP_URL</code> is not set), so the sign-in link
            for <strong>{email}</strong> was not emailed. It works once and for {expiresInMinutes} minutes.
          </p>
          <p>
            Find it in the service’s log, on the line “mail written to …” (the <code>links</code> field), or
            in the newest <code>.eml</code> file in the service’s <code>DATA_DIR/mail</code> folder (
            <code>./data/mail</code> from where the service was started, unless <code>DATA_DIR</code> is set).
            Open it in this browser to continue.
          </p>
        </>
      )}
      <Button variant="secondary" onClick={onUseAnotherEmail}>
        Use a different email
      </Button>
    </div>
  );
}
