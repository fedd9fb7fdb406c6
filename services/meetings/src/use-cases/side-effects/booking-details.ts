import type { BookingAnswer, BookingDetails } from '@bookings/email';
import type { SideEffectBooking } from '../../ports/side-effects';
import { manageBookingUrl } from '../bookings/manage-url';

/** The answers as label/value pairs, in the template's question order; unknown keys keep their id as label. */
export function listAnswers(context: SideEffectBooking): BookingAnswer[] {
  const answers = context.booking.answers;
  const questions = context.template?.questions ?? [];
  const labelled = questions
    .filter((question) => question.id in answers)
    .map((question) => ({ label: question.label, value: formatAnswer(answers[question.id]) }));
  const known = new Set(questions.map((question) => question.id));
  const others = Object.entries(answers)
    .filter(([id]) => !known.has(id))
    .map(([id, value]) => ({ label: id, value: formatAnswer(value) }));
  return [...labelled, ...others].filter((answer) => answer.value !== '');
}

function formatAnswer(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatAnswer).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value === null || value === undefined) return '';
  return String(value);
}

export function toBookingDetails(context: SideEffectBooking, ownerUrlBase: string): BookingDetails {
  const { booking, owner, link } = context;
  return {
    bookingId: booking.id,
    sequence: booking.icsSequence,
    title: link.title,
    description: link.description || undefined,
    start: booking.startsAt,
    end: booking.endsAt,
    owner: { email: owner.email, name: owner.name || undefined, timeZone: owner.timeZone },
    recipient: {
      email: booking.recipientEmail,
      name: booking.recipientName,
      timeZone: booking.recipientTimeZone,
    },
    answers: listAnswers(context),
    status: booking.status === 'cancelled' ? 'cancelled' : 'confirmed',
    ownerUrl: `${ownerUrlBase}/bookings/meetings/${booking.id}`,
    ...(booking.manageToken ? { manageUrl: manageBookingUrl(ownerUrlBase, booking.manageToken) } : {}),
    ...(booking.conferenceUrl ? { conferenceUrl: booking.conferenceUrl } : {}),
    // A retried send must carry the very same invite: DTSTAMP is the booking's, not the retry's.
    issuedAt: booking.createdAt,
  };
}

/** What the owner's calendar event says: who booked, and every answer. */
export function describeEvent(context: SideEffectBooking): string {
  const { booking } = context;
  const lines = [`Booked by ${booking.recipientName} <${booking.recipientEmail}>`];
  const answers = listAnswers(context);
  if (answers.length > 0) lines.push('', ...answers.map((answer) => `${answer.label}: ${answer.value}`));
  if (context.link.description) lines.push('', context.link.description);
  return lines.join('\n');
}
