import { createHash } from 'node:crypto';
import { canonicalTimeZone, checkSlot, isValidTimeZone } from '@bookings/availability';
import { buildInvite } from '@bookings/email';
import { type Answers, validateAnswers } from '../../domain/booking/answers';
import { slotRejectionError } from '../../domain/booking/slot-rejection';
import { DomainError } from '../../domain/shared/domain-error';
import type { BookingRecord, BookingUnitOfWork, NewBookingWithId } from '../../ports/booking-transaction';
import type { CalendarBusyPort } from '../../ports/calendar-busy-time';
import type { Clock } from '../../ports/clock';
import type { Sealer, TokenGenerator } from '../../ports/secrets';
import type { SideEffectKind } from '../../ports/side-effects';
import { assembleAvailabilityInput, widenForAvailability } from '../availability/load-availability-input';
import { manageBookingUrl, unsealManageUrl } from '../bookings/manage-url';
import { newBookingView, presentBooking } from '../bookings/present-booking';
import { assertOneTimeOpen, type PublicLink, type ResolvePublicLink } from './resolve-public-link';

export interface BookingRequest {
  start: Date;
  duration: number;
  name: string;
  email: string;
  timeZone: string;
  answers: Answers;
}

/** What comes with a booking request besides its body. */
export interface BookingRequestMeta {
  /** `Idempotency-Key` header: a retry with the same key and body gets the first answer. */
  idempotencyKey?: string | undefined;
  /** Hashed into the audit entry: who booked, without keeping the address. */
  ip: string;
}

export interface BookingConfirmation {
  booking: {
    id: string;
    status: 'confirmed';
    start: string;
    end: string;
    duration: number;
    timeZone: string;
    recipient: { name: string; email: string };
    answers: Answers;
  };
  title: string;
  ownerName: string;
  /** An iCalendar invite the visitor can add to their calendar at once. */
  calendarFile: string;
  /** The attendee's page to cancel or reschedule: it carries the booking's manage token. */
  manageUrl: string;
}

/** What an Idempotency-Key keeps: the answer without the manage token, which is never stored in clear. */
type StoredConfirmation = Omit<BookingConfirmation, 'manageUrl'>;

export interface BookSlotDeps {
  resolvePublicLink: ResolvePublicLink;
  /**
   * Calendar busy time, read before the transaction: no provider call holds the owner's lock. The owner's own
   * bookings are read inside it, under that lock.
   */
  calendarBusy: CalendarBusyPort;
  bookingTransaction: BookingUnitOfWork;
  clock: Clock;
  /** Makes each booking's manage token (256 bits, base64url) and its hash. */
  tokens: Pick<TokenGenerator, 'generate'>;
  /** Seals the manage token, so the emails sent later can carry it; only its hash is looked up. */
  sealer: Pick<Sealer, 'seal' | 'unseal'>;
  publicBaseUrl: string;
  /** A new booking's id (a UUID). */
  newId: () => string;
  /** Told after commit, e.g. to run the side effects now and drop cached busy time. */
  onBooked?: (booking: { id: string; ownerId: string }) => void;
}

/**
 * Books one slot. Every rule is checked again inside one transaction that holds the owner's lock, so of
 * several requests for one slot exactly one wins; the exclusion constraint backs this up in the database.
 */
export function makeBookSlot(deps: BookSlotDeps) {
  return async function bookSlot(token: string, sent: BookingRequest, meta: BookingRequestMeta) {
    // `Asia/Calcutta` from a browser is stored, mailed and shown as `Asia/Kolkata`.
    const request = { ...sent, timeZone: canonicalTimeZone(sent.timeZone) };
    const publicLink = await deps.resolvePublicLink(token);
    const { link, oneTime, owner, template } = publicLink;
    const answers = checkRequest(publicLink, request);
    const start = request.start.getTime();
    const end = start + request.duration * 60_000;
    const window = widenForAvailability({ start, end });
    const calendarBusy = await deps.calendarBusy.getBusy(link.ownerId, {
      start: new Date(window.start),
      end: new Date(window.end),
    });
    const busy = calendarBusy.map((block) => ({ start: block.start.getTime(), end: block.end.getTime() }));
    const requestHash = hashRequest(request);
    const scope = `book:${publicLink.tokenHash}`;
    // What needs no lock is made before taking it (the booking's id, its manage token, the calendar file): every
    // booking of this owner waits while the lock is held.
    const bookingId = deps.newId();
    const manage = deps.tokens.generate();
    const manageTokenSealed = deps.sealer.seal(manage.token);
    const calendarFile = buildInvite(
      {
        bookingId,
        sequence: 0,
        title: link.title,
        description: link.description,
        start: new Date(start),
        end: new Date(end),
        owner: { email: owner.email, name: owner.name, timeZone: link.settings.timeZone },
        recipient: { email: request.email.trim(), name: request.name.trim(), timeZone: request.timeZone },
        answers: answerLines(template?.questions ?? [], answers),
        issuedAt: deps.clock.now(),
      },
      // A file to keep, not an invitation: the attendee's one invitation is the email's REQUEST (ADR 007).
      'PUBLISH',
    );

    const outcome = await deps.bookingTransaction.run(async (tx) => {
      // The owner's lock, and what the slot is checked against as it is once the lock is held, in one round trip:
      // everything under the lock costs every waiting booking of this owner its time. The link may have been
      // switched off or the one-time link used while this request waited.
      const { link: current, meetings } = await tx.lockOwnerAndFindLinkAndMeetings(
        link.ownerId,
        link.id,
        window,
      );
      if (meta.idempotencyKey) {
        const earlier = await tx.findResponse(scope, meta.idempotencyKey);
        if (earlier) {
          if (earlier.requestHash !== requestHash) {
            throw new DomainError(
              'idempotency_key_reused',
              'This Idempotency-Key was used for a different booking.',
            );
          }
          const stored = earlier.body as StoredConfirmation;
          const booked = await tx.findBooking(stored.booking.id);
          const manageUrl = unsealManageUrl(
            deps.publicBaseUrl,
            deps.sealer,
            booked?.manageTokenSealed ?? null,
          );
          if (!manageUrl) throw new Error(`booking ${stored.booking.id} has no manage token`);
          return { replayed: true as const, body: { ...stored, manageUrl } };
        }
      }
      const now = deps.clock.now();
      if (!current?.isActive) throw new DomainError('link_inactive', 'This booking page is switched off.');
      const currentOneTime = oneTime ? await tx.findOneTimeLink(oneTime.ownerId, oneTime.id) : null;
      if (currentOneTime) assertOneTimeOpen(currentOneTime, now);

      const input = assembleAvailabilityInput(
        {
          link: current,
          duration: request.duration,
          now,
          range: window,
          pickedSlots: currentOneTime?.pickedSlots?.map((s) => ({
            start: s.start.getTime(),
            end: s.end.getTime(),
          })),
        },
        busy,
        meetings,
      );
      const verdict = checkSlot(input, start);
      if (!verdict.ok) throw slotRejectionError(verdict.reason);

      // Its id and creation time are chosen here, so the booking and every record of it are one statement.
      const newBooking: NewBookingWithId = {
        id: bookingId,
        createdAt: now,
        ownerId: link.ownerId,
        linkId: link.id,
        oneTimeLinkId: currentOneTime?.id ?? null,
        startsAt: new Date(start),
        endsAt: new Date(end),
        bufferBeforeMinutes: current.settings.bufferBeforeMinutes,
        bufferAfterMinutes: current.settings.bufferAfterMinutes,
        recipientName: request.name.trim(),
        recipientEmail: request.email.trim(),
        recipientTimeZone: request.timeZone,
        answers,
        manageTokenHash: manage.hash,
        manageTokenSealed,
      };
      // As the database stores it: confirmed, at the first version of its calendar file.
      const booking: BookingRecord = { ...newBooking, status: 'confirmed', icsSequence: 0 };
      const body: StoredConfirmation = {
        booking: {
          id: booking.id,
          status: 'confirmed',
          start: booking.startsAt.toISOString(),
          end: booking.endsAt.toISOString(),
          duration: request.duration,
          timeZone: request.timeZone,
          recipient: { name: booking.recipientName, email: booking.recipientEmail },
          answers,
        },
        title: link.title,
        ownerName: owner.name || owner.email,
        calendarFile,
      };
      // The booking and everything it writes besides, in one statement under the lock (analytics, audit, side
      // effects, the webhook event carrying the booking as the owner API shows it, the idempotent answer).
      await tx.insertBookingWithRecords(newBooking, {
        analytics: { linkId: link.id, kind: 'booked', occurredAt: now },
        audit: {
          ownerId: link.ownerId,
          actor: `public:${createHash('sha256').update(meta.ip).digest('hex')}`,
          action: 'booking.created',
          targetType: 'booking',
          targetId: booking.id,
          summary: `${booking.recipientName} <${booking.recipientEmail}> booked "${link.title}" for ${booking.startsAt.toISOString()}`,
          occurredAt: now,
        },
        sideEffects: sideEffectsFor(template?.emailFollowupEnabled ?? false, now, booking.endsAt),
        webhookEvent: {
          ownerId: link.ownerId,
          type: 'booking.created',
          subjectId: booking.id,
          data: presentBooking(newBookingView(booking, current.title)),
          occurredAt: now,
        },
        ...(meta.idempotencyKey
          ? {
              idempotentResponse: {
                scope,
                key: meta.idempotencyKey,
                response: { requestHash, status: 201, body },
              },
            }
          : {}),
      });
      if (currentOneTime && !(await tx.consumeOneTimeLink(currentOneTime.id, booking.id, now))) {
        throw new DomainError('link_used', 'This personal link has already been used to book.');
      }
      const confirmation: BookingConfirmation = {
        ...body,
        manageUrl: manageBookingUrl(deps.publicBaseUrl, manage.token),
      };
      return { replayed: false as const, body: confirmation, booking };
    });

    if (!outcome.replayed) deps.onBooked?.({ id: outcome.booking.id, ownerId: link.ownerId });
    return outcome.body;
  };
}

/** Request checks that need no lock: name, zone, answers against the template's questions. */
function checkRequest({ template }: PublicLink, request: BookingRequest): Answers {
  const errors = [];
  if (!request.name.trim()) errors.push({ path: 'name', message: 'is required' });
  if (!isValidTimeZone(request.timeZone)) {
    errors.push({ path: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' });
  }
  const answers = validateAnswers(template?.questions ?? [], request.answers);
  if (!answers.ok) errors.push(...answers.errors);
  if (errors.length > 0 || !answers.ok) {
    throw new DomainError('validation_failed', 'Some answers need attention.', errors);
  }
  return answers.answers;
}

function sideEffectsFor(
  followUp: boolean,
  now: Date,
  meetingEnd: Date,
): { kind: SideEffectKind; runAfter: Date }[] {
  const effects: { kind: SideEffectKind; runAfter: Date }[] = [
    { kind: 'create_event', runAfter: now },
    { kind: 'send_confirmations', runAfter: now },
    { kind: 'create_contact', runAfter: now },
  ];
  if (followUp) effects.push({ kind: 'send_follow_up', runAfter: meetingEnd });
  return effects;
}

function answerLines(questions: { id: string; label: string }[], answers: Answers) {
  return questions
    .filter((question) => answers[question.id] !== undefined)
    .map((question) => {
      const value = answers[question.id];
      return {
        label: question.label,
        value: Array.isArray(value)
          ? value.join(', ')
          : typeof value === 'boolean'
            ? value
              ? 'Yes'
              : 'No'
            : String(value),
      };
    });
}

/** The same booking request gives the same hash, whatever the order of its keys. */
function hashRequest(request: BookingRequest): string {
  const canonical = JSON.stringify({
    start: request.start.toISOString(),
    duration: request.duration,
    name: request.name,
    email: request.email,
    timeZone: request.timeZone,
    answers: Object.fromEntries(Object.entries(request.answers).sort(([a], [b]) => a.localeCompare(b))),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
