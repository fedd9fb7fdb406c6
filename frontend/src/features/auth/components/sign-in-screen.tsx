import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { CenteredCard } from '../../../components/ui/centered-card';
import type { SignInLinkSent } from '../api/request-sign-in-link';
import { CheckMailNotice } from './check-mail-notice';
import { SignInForm } from './sign-in-form';

type Step = { kind: 'form'; email: string } | { kind: 'sent'; email: string; sent: SignInLinkSent };

export interface SignInScreenProps {
  /** Shown above the form when an emailed link could not be used. */
  linkProblem?: string | null;
}

export function SignInScreen({ linkProblem = null }: SignInScreenProps) {
  const [step, setStep] = useState<Step>({ kind: 'form', email: '' });

  if (step.kind === 'sent') {
    return (
      <CenteredCard labelledBy="check-mail-title">
        <CheckMailNotice
          email={step.email}
          expiresInMinutes={step.sent.expiresInMinutes}
          delivery={step.sent.delivery}
          onUseAnotherEmail={() => setStep({ kind: 'form', email: step.email })}
        />
      </CenteredCard>
    );
  }

  return (
    <CenteredCard labelledBy="sign-in-title">
      <div className="stack">
        <h1 id="sign-in-title">Sign in to Bookings</h1>
        <p className="muted">We email you a link; no password to remember.</p>
        {linkProblem ? <Alert tone="error">{linkProblem}</Alert> : null}
        <SignInForm
          initialEmail={step.email}
          onSent={(email, sent) => setStep({ kind: 'sent', email, sent })}
        />
      </div>
    </CenteredCard>
  );
}
