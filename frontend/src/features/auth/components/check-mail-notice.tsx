import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui/button';

export interface CheckMailNoticeProps {
  email: string;
  expiresInMinutes: number;
  onUseAnotherEmail: () => void;
}

export function CheckMailNotice({ email, expiresInMinutes, onUseAnotherEmail }: CheckMailNoticeProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form this replaces had focus: move it to the new heading so keyboard and screen-reader users follow.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="stack">
      <h1 id="check-mail-title" ref={headingRef} tabIndex={-1}>
        Check your email
      </h1>
      <p>
        We sent a sign-in link to <strong>{email}</strong>. It works once and for {expiresInMinutes} minutes.
        Open it on this device to continue.
      </p>
      <Button variant="secondary" onClick={onUseAnotherEmail}>
        Use a different email
      </Button>
    </div>
  );
}
