import type { FieldErrors } from '../../../lib/field-errors';
import type { Slot } from '../api/get-link-slots';
import type { CreateOneTimeLinkInput } from '../api/one-time-links';

export interface OneTimeLinkFormValues {
  recipientEmail: string;
  recipientName: string;
  expiresInDays: string;
  /** Offer only `pickedSlots` instead of the link's rules. */
  isPickingSlots: boolean;
  pickedSlots: Slot[];
}

export const EMPTY_ONE_TIME_LINK_FORM: OneTimeLinkFormValues = {
  recipientEmail: '',
  recipientName: '',
  expiresInDays: '7',
  isPickingSlots: false,
  pickedSlots: [],
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Errors keyed by the request's field names, the same paths the server's problem+json uses. */
export function validateOneTimeLinkForm(values: OneTimeLinkFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const email = values.recipientEmail.trim();
  if (email === '') errors.recipientEmail = 'Enter the recipient’s email address.';
  else if (!EMAIL.test(email)) errors.recipientEmail = 'Enter an email address like name@example.com.';
  if (values.recipientName.trim().length > 200) errors.recipientName = 'Keep the name under 200 characters.';
  const days = values.expiresInDays.trim();
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 90)
    errors.expiresInDays = 'Enter a number of days from 1 to 90.';
  if (values.isPickingSlots && values.pickedSlots.length === 0)
    errors.pickedSlots = 'Pick at least one time, or offer the link’s usual times.';
  if (values.pickedSlots.length > 50) errors.pickedSlots = 'Pick at most 50 times.';
  return errors;
}

export function toCreateOneTimeLinkInput(values: OneTimeLinkFormValues): CreateOneTimeLinkInput {
  const name = values.recipientName.trim();
  return {
    recipientEmail: values.recipientEmail.trim(),
    ...(name ? { recipientName: name } : {}),
    expiresInDays: Number(values.expiresInDays.trim()),
    ...(values.isPickingSlots
      ? { pickedSlots: [...values.pickedSlots].sort((a, b) => a.start.localeCompare(b.start)) }
      : {}),
  };
}
