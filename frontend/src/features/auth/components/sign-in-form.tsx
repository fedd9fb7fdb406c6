import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { describeError, fieldErrorFor } from '../../../lib/api-error';
import { type SignInLinkSent, useRequestSignInLink } from '../api/request-sign-in-link';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value: string): string | undefined {
  const email = value.trim();
  if (email === '') return 'Enter your email address.';
  if (!EMAIL_PATTERN.test(email)) return 'Enter an email address like name@example.com.';
  return undefined;
}

export interface SignInFormProps {
  initialEmail?: string;
  onSent: (email: string, sent: SignInLinkSent) => void;
}

export function SignInForm({ initialEmail = '', onSent }: SignInFormProps) {
  const [email, setEmail] = useState(initialEmail);
  const [clientError, setClientError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const request = useRequestSignInLink();

  const serverFieldError = fieldErrorFor(request.error, 'email');
  const error = clientError ?? serverFieldError;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = validateEmail(email);
    setClientError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    const trimmed = email.trim();
    request.mutate(trimmed, { onSuccess: (sent) => onSent(trimmed, sent) });
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-label="Sign in">
      <TextField
        ref={inputRef}
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        value={email}
        error={error}
        onChange={(event) => setEmail(event.target.value)}
      />
      {request.isError && !serverFieldError ? (
        <Alert tone="error">{describeError(request.error)}</Alert>
      ) : null}
      <Button type="submit" isBusy={request.isPending}>
        {request.isPending ? 'Sending…' : 'Email me a sign-in link'}
      </Button>
    </form>
  );
}
