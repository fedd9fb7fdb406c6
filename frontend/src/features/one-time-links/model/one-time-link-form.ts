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

const MS_PER_DAY = 86_400_000;

/**
 * Errors keyed by the request's field names, the same paths the server's problem+json uses. A picked time
 * must start before the link expires (`now` + the days given), as the server requires.
 */
export function validateOneTimeLinkForm(values: OneTimeLinkFormValues, now = new Date()): FieldErrors {
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
  else if (values.isPickingSlots && !errors.expiresInDays) {
    const expiresAt = now.getTime() + Number(days) * MS_PER_DAY;
    const late = values.pickedSlots.filter((slot) => Date.parse(slot.start) >= expiresAt).length;
    if (late > 0)
      errors.pickedSlots = `${late} picked ${late === 1 ? 'time starts' : 'times start'} after the link expires in ${days} ${Number(days) === 1 ? 'day' : 'days'}: let it last longer or remove ${late === 1 ? 'it' : 'them'}.`;
  }
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
