import { isApiError, normalisePath } from './api-error';

/** Messages keyed by dotted field path (`settings.durations.0`), from client checks or the server. */
export type FieldErrors = Record<string, string>;

/** The server's per-field errors of a failed call, keyed like client-side ones; empty for anything else. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!isApiError(error)) return errors;
  for (const fieldError of error.fieldErrors) errors[normalisePath(fieldError.path)] = fieldError.message;
  return errors;
}
