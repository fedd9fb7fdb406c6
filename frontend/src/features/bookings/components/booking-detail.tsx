import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CancelMeetingDialog } from '../../../components/ui/cancel-meeting-dialog';
import { StatusBadge } from '../../../components/ui/status-badge';
import { paths } from '../../../config/paths';
import { describeError } from '../../../lib/api-error';
import { formatDateTime, formatTime } from '../../../lib/format-time';
import { useCancelBooking, useRescheduleBooking } from '../api/change-booking';
import type { BookingDetail } from '../api/get-booking';
import { useRescheduleSlots } from '../api/get-reschedule-slots';
import { useRetrySideEffect } from '../api/retry-side-effect';
import { formatAnswer } from './booking-card';
import { RescheduleForm } from './reschedule-form';
import { SideEffectList } from './side-effect-list';

type Notice = { kind: 'cancelled' } | { kind: 'moved'; start: string } | null;

/** One meeting for its owner: who, when, the answers, what followed, and cancel or move it. */
export function BookingDetailView({ detail, timeZone }: { detail: BookingDetail; timeZone: string }) {
  const { booking, sideEffects } = detail;
  const cancel = useCancelBooking(booking.id);
  const reschedule = useRescheduleBooking(booking.id);
  const retry = useRetrySideEffect(booking.id);
  const minutes = Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000);
  const [isCancelOpen, setIsCancelOpen] = useState(false);
  const [isRescheduling, setIsRescheduling] = useState(false);
  const freeTimes = useRescheduleSlots(booking.id, minutes, timeZone, isRescheduling);
  const [notice, setNotice] = useState<Notice>(null);
  const isConfirmed = booking.status === 'confirmed';
  const answers = Object.entries(booking.answers);
  const recipient = booking.recipient.name;

  return (
    <div className="stack booking-detail">
      <p>
        <Link to={paths.meetings}>← All bookings</Link>
      </p>
      <div aria-live="polite">
        {notice?.kind === 'cancelled' ? (
          <Alert tone="success">The meeting is cancelled. {recipient} gets an email saying so.</Alert>
        ) : null}
        {notice?.kind === 'moved' ? (
          <Alert tone="success">
            The meeting is moved to {formatDateTime(notice.start, timeZone)}. {recipient} gets an updated
            invitation.
          </Alert>
        ) : null}
      </div>

      <section className="card stack" aria-labelledby="meeting-when">
        <div className="link-card__head">
          <h2 id="meeting-when" className={isConfirmed ? undefined : 'booking-detail__time--cancelled'}>
            <time dateTime={booking.start}>{formatDateTime(booking.start, timeZone)}</time> –{' '}
            <time dateTime={booking.end}>{formatTime(booking.end, timeZone)}</time>
          </h2>
          <StatusBadge tone={isConfirmed ? 'success' : 'neutral'}>
            {isConfirmed ? 'Confirmed' : 'Cancelled'}
          </StatusBadge>
        </div>
        {!isConfirmed ? (
          <p>
            Cancelled
            {booking.cancelledAt ? ` on ${formatDateTime(booking.cancelledAt, timeZone)}` : ''}
            {booking.cancelledBy === 'attendee'
              ? ` by ${recipient}`
              : booking.cancelledBy === 'owner'
                ? ' by you'
                : ''}
            {booking.cancelReason ? (
              <>
                : <q>{booking.cancelReason}</q>
              </>
            ) : (
              '.'
            )}
          </p>
        ) : null}
        <dl className="booking-card__facts">
          <div>
            <dt>With</dt>
            <dd>
              {recipient} (<a href={`mailto:${booking.recipient.email}`}>{booking.recipient.email}</a>)
            </dd>
          </div>
          <div>
            <dt>Link</dt>
            <dd>{booking.linkTitle}</dd>
          </div>
          <div>
            <dt>Their time zone</dt>
            <dd>{booking.recipient.timeZone}</dd>
          </div>
          {booking.joinUrl ? (
            <div>
              <dt>Video call</dt>
              <dd>
                <a href={booking.joinUrl} target="_blank" rel="noopener noreferrer">
                  {booking.joinUrl}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {isConfirmed && !isRescheduling ? (
          <div className="row">
            <Button
              onClick={() => {
                reschedule.reset();
                setNotice(null);
                setIsRescheduling(true);
              }}
            >
              Reschedule
            </Button>
            <Button variant="danger" onClick={() => setIsCancelOpen(true)}>
              Cancel meeting
            </Button>
          </div>
        ) : null}
      </section>

      {isConfirmed && isRescheduling ? (
        <RescheduleForm
          freeDays={freeTimes.data}
          linkTitle={booking.linkTitle}
          start={booking.start}
          end={booking.end}
          timeZone={timeZone}
          isBusy={reschedule.isPending}
          error={reschedule.error}
          onClose={() => setIsRescheduling(false)}
          onSubmit={(change) =>
            reschedule.mutate(change, {
              onSuccess: (moved) => {
                setIsRescheduling(false);
                setNotice({ kind: 'moved', start: moved.start });
              },
            })
          }
        />
      ) : null}

      <section className="card stack" aria-labelledby="answers-title">
        <h2 id="answers-title">Answers</h2>
        {answers.length === 0 ? (
          <p className="muted">The link asked no questions.</p>
        ) : (
          <dl className="booking-card__facts">
            {answers.map(([question, value]) => (
              <div key={question}>
                <dt>{question}</dt>
                <dd>{formatAnswer(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="card stack" aria-labelledby="follow-ups-title">
        <h2 id="follow-ups-title">Follow-ups</h2>
        {retry.error ? <Alert tone="error">{describeError(retry.error)}</Alert> : null}
        <SideEffectList
          effects={sideEffects}
          onRetry={(effect) => retry.mutate(effect.id)}
          retryingId={retry.isPending ? (retry.variables ?? null) : null}
        />
      </section>

      <CancelMeetingDialog
        isOpen={isCancelOpen}
        notice={`${recipient} gets an email with the cancellation, and your reason if you give one. The time becomes free again.`}
        isBusy={cancel.isPending}
        error={cancel.error ? describeError(cancel.error) : null}
        onClose={() => {
          cancel.reset();
          setIsCancelOpen(false);
        }}
        onConfirm={(reason) =>
          cancel.mutate(reason, {
            onSuccess: () => {
              setIsCancelOpen(false);
              setNotice({ kind: 'cancelled' });
            },
          })
        }
      />
    </div>
  );
}
