import type { Address } from './email-port';

// Line breaks and other control characters in a header value would let user text start a new header.
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]+/gu;

/** Turns user text into one safe line for a header (subject, display name). */
export function toSingleLine(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim();
}

export function toSafeAddress(address: Address): Address {
  const email = address.email.replace(CONTROL_CHARACTERS, '').trim();
  const name = address.name === undefined ? '' : toSingleLine(address.name);
  return name === '' ? { email } : { email, name };
}

export function displayName(address: Address): string {
  const name = address.name === undefined ? '' : toSingleLine(address.name);
  return name === '' ? address.email : name;
}
