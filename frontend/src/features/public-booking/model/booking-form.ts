import type { FieldErrors } from '../../../lib/field-errors';
import type { PublicLink } from '../api/public-booking';

export type AnswerValue = string | string[] | boolean;

export interface BookingFormValues {
  name: string;
  email: string;
  answers: Record<string, AnswerValue>;
  /** The honeypot: people never see it, some bots fill it in. */
  website: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+()\d\s./-]{5,32}$/;

export function emptyBookingForm(link: PublicLink): BookingFormValues {
  return {
    name: link.recipient?.name ?? '',
    email: link.recipient?.email ?? '',
    answers: Object.fromEntries(
      link.questions.map((question) => [
        question.id,
        question.kind === 'checkbox' ? false : question.kind === 'multi_choice' ? [] : '',
      ]),
    ),
    website: '',
  };
}

/** Errors keyed like the service's paths (`name`, `answers.company`), so server errors land in the same place. */
export function validateBookingForm(link: PublicLink, values: BookingFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.name.trim() === '') errors.name = 'Enter your name.';
  const email = values.email.trim();
  if (email === '') errors.email = 'Enter your email address.';
  else if (!EMAIL.test(email)) errors.email = 'Enter an email address like name@example.com.';
  for (const question of link.questions) {
    const value = values.answers[question.id];
    const path = `answers.${question.id}`;
    const isEmpty =
      value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
    if (isEmpty) {
      if (question.required)
        errors[path] =
          question.kind === 'checkbox' ? 'Tick this box to continue.' : 'This question needs an answer.';
      continue;
    }
    if (typeof value === 'string') {
      if (question.kind === 'email' && !EMAIL.test(value.trim())) errors[path] = 'Enter an email address.';
      if (question.kind === 'phone' && !PHONE.test(value.trim())) errors[path] = 'Enter a phone number.';
      if (value.length > 5000) errors[path] = 'Keep the answer under 5,000 characters.';
    }
  }
  return errors;
}

/** Only the answered questions are sent; strings are trimmed. */
export function answersToSend(values: BookingFormValues): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(values.answers)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') answers[id] = value.trim();
    } else if (Array.isArray(value)) {
      if (value.length > 0) answers[id] = value;
    } else if (value) answers[id] = value;
  }
  return answers;
}
