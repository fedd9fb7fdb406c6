import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { CancelMeetingDialog } from '../../../components/ui/cancel-meeting-dialog';
import { CenteredCard } from '../../../components/ui/centered-card';
import { MonthCalendar } from '../../../components/ui/month-calendar';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useApiClient } from '../../../lib/api-client-context';
import { describeError, isApiError } from '../../../lib/api-error';
import { formatMonth } from '../../../lib/calendar';
import { formatMinutes } from '../../../lib/format-minutes';
import { formatDateTime, formatTime, prefersTwelveHours } from '../../../lib/format-time';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  getManagedBookingQueryOptions,
  type ManagedBooking,
  manageAvailabilitySource,
  TIME_GONE,
  useCancelManagedBooking,
  useRescheduleManagedBooking,
} from '../api/manage-booking';
import type { Slot } from '../api/public-booking';
import { useBookingWindow } from '../model/use-booking-window';
import { DayTimes } from './day-times';
import { ManagePageSkeleton } from './public-page-skeleton';

const UNKNOWN_TOKEN = new Set(['manage_token_not_found', 'booking_not_found', 'not_found']);
const TOO_LATE = 'too_late_to_change';

/** The attendee's page behind the link in their emails: see the meeting, move it or cancel it. */
export function ManageBookingPage({ token }: { token: string }) {
  const api = useApiClient();
  const booking = useQuery(getManagedBookingQueryOptions(api, token));
  if (booking.isPending) return <ManagePageSkeleton />;
  if (booking.isError) {
    const isUnknown = isApiError(booking.error) && UNKNOWN_TOKEN.has(booking.error.code);
    return <ManageProblem isUnknown={isUnknown} message={describeError(booking.error)} />;
  }
  return <ManageFlow token={token} booking={booking.data} />;
}

function ManageProblem({ isUnknown, message }: { isUnknown: boolean; message: string }) {
  const title = isUnknown ? 'We could not find this booking' : 'This page could not be opened';
  useDocumentTitle(title);
  return (
    <CenteredCard labelledBy="manage-problem-title">
      <div className="stack">
        <h1 id="manage-problem-title">{title}</h1>
        <p>
          {isUnknown
            ? 'The link may be incomplete: open it again from your confirmation email, or contact the person you booked with.'
            : message}
        </p>
      </div>
    </CenteredCard>
  );
}

type Outcome = { kind: 'cancelled' } | { kind: 'moved'; start: string } | null;

function ManageFlow({ token, booking }: { token: string; booking: ManagedBooking }) {
  const [isRescheduling, setIsRescheduling] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isTooLate, setIsTooLate] = useState(false);
  const pageTitle = `${booking.title} · ${booking.ownerName}`;
  useDocumentTitle(booking.status === 'cancelled' ? `Cancelled: ${pageTitle}` : pageTitle);

  const canChange =
    booking.status === 'confirmed' && !isTooLate && Date.parse(booking.changeableUntil) > Date.now();
  const onRefused = (code: string) => {
    if (code === TOO_LATE) {
      setIsTooLate(true);
      setIsRescheduling(false);
    }
  };

  if (isRescheduling && canChange) {
    return (
      <RescheduleFlow
        token={token}
        booking={booking}
        onBack={() => setIsRescheduling(false)}
        onMoved={(start) => {
          setOutcome({ kind: 'moved', start });
          setIsRescheduling(false);
        }}
        onRefused={onRefused}
      />
    );
  }

  return (
    <main className="booking-page">
      <div className="booking-card booking-card--done">
        <MeetingSummary booking={booking} />
        <section className="booking-card__done stack" aria-labelledby="manage-title">
          <ManageState
            token={token}
            booking={booking}
            outcome={outcome}
            canChange={canChange}
            isTooLate={isTooLate}
            onReschedule={() => {
              setOutcome(null);
              setIsRescheduling(true);
            }}
            onCancelled={() => setOutcome({ kind: 'cancelled' })}
            onRefused={onRefused}
          />
        </section>
      </div>
    </main>
  );
}

/** Who, what, when: the meeting as it stands. */
function MeetingSummary({ booking }: { booking: ManagedBooking }) {
  const minutes = Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000);
  const isCancelled = booking.status === 'cancelled';
  return (
    <section className="booking-card__host host-card" aria-labelledby="manage-meeting-title">
      <div className="host-card__person">
        <Avatar name={booking.ownerName} url={booking.ownerAvatarUrl} />
        <p className="host-card__name">{booking.ownerName}</p>
      </div>
      <h1 id="manage-meeting-title" className="host-card__title">
        {booking.title}
      </h1>
      <p>
        <StatusBadge tone={isCancelled ? 'neutral' : 'success'}>
          {isCancelled ? 'Cancelled' : 'Confirmed'}
        </StatusBadge>
      </p>
      <p className={isCancelled ? 'host-card__fact manage-card__time--cancelled' : 'host-card__fact'}>
        <time dateTime={booking.start}>{formatDateTime(booking.start, booking.timeZone)}</time> –{' '}
        <time dateTime={booking.end}>{formatTime(booking.end, booking.timeZone)}</time>
      </p>
      <p className="muted">
        {formatMinutes(minutes)} · {booking.timeZone.replace(/_/g, ' ')}
      </p>
      {booking.joinUrl && !isCancelled ? (
        <p>
          <a href={booking.joinUrl} target="_blank" rel="noopener noreferrer">
            Join the video call
          </a>
        </p>
      ) : null}
    </section>
  );
}

interface ManageStateProps {
  token: string;
  booking: ManagedBooking;
  outcome: Outcome;
  canChange: boolean;
  isTooLate: boolean;
  onReschedule: () => void;
  onCancelled: () => void;
  onRefused: (code: string) => void;
}

/** What the attendee can still do: everything, nothing any more (too late, past, cancelled), with why. */
function ManageState({
  token,
  booking,
  outcome,
  canChange,
  isTooLate,
  onReschedule,
  onCancelled,
  onRefused,
}: ManageStateProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancel = useCancelManagedBooking(token);
  const [isCancelOpen, setIsCancelOpen] = useState(false);
  useEffect(() => {
    // After a change, the heading that says what happened takes the focus (and a screen reader reads it).
    if (outcome) headingRef.current?.focus();
  }, [outcome]);

  if (booking.status === 'cancelled') {
    return (
      <>
        <h2 id="manage-title" ref={headingRef} tabIndex={-1}>
          {outcome?.kind === 'cancelled' ? 'Your meeting is cancelled' : 'This meeting was cancelled'}
        </h2>
        <p>
          {booking.cancelledBy === 'owner'
            ? `${booking.ownerName} cancelled it.`
            : outcome?.kind === 'cancelled'
              ? `${booking.ownerName} has been told, and a cancellation is on its way to your inbox.`
              : 'You cancelled it.'}
        </p>
        {booking.cancelReason ? (
          <p>
            Reason: <q>{booking.cancelReason}</q>
          </p>
        ) : null}
        <p className="muted">To meet after all, ask {booking.ownerName} for a new time.</p>
      </>
    );
  }

  if (Date.parse(booking.end) <= Date.now()) {
    return (
      <>
        <h2 id="manage-title">This meeting has already taken place</h2>
        <p className="muted">There is nothing left to change.</p>
      </>
    );
  }

  if (!canChange) {
    return (
      <>
        <h2 id="manage-title">It is too late to change this meeting here</h2>
        <p>
          {isTooLate
            ? 'The meeting is too close to change online.'
            : `Changes online were possible until ${formatDateTime(booking.changeableUntil, booking.timeZone)}.`}{' '}
          To move or cancel it now, please contact {booking.ownerName} directly, for example by replying to
          your confirmation email.
        </p>
      </>
    );
  }

  return (
    <>
      <h2 id="manage-title" ref={headingRef} tabIndex={-1}>
        {outcome?.kind === 'moved' ? 'Your meeting has moved' : 'Need a different time?'}
      </h2>
      {outcome?.kind === 'moved' ? (
        <Alert tone="success">
          It is now on {formatDateTime(outcome.start, booking.timeZone)}. {booking.ownerName} has been told,
          and an updated invitation is on its way to your inbox.
        </Alert>
      ) : null}
      <p>You can reschedule or cancel until {formatDateTime(booking.changeableUntil, booking.timeZone)}.</p>
      <div className="row">
        <Button onClick={onReschedule}>Reschedule</Button>
        <Button variant="danger" onClick={() => setIsCancelOpen(true)}>
          Cancel meeting
        </Button>
      </div>
      <CancelMeetingDialog
        isOpen={isCancelOpen}
        notice={`${booking.ownerName} gets an email saying you cancelled, with your reason if you give one.`}
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
              onCancelled();
            },
            onError: (error) => {
              if (isApiError(error) && error.code === TOO_LATE) {
                setIsCancelOpen(false);
                onRefused(error.code);
              }
            },
          })
        }
      />
    </>
  );
}

interface RescheduleFlowProps {
  token: string;
  booking: ManagedBooking;
  onBack: () => void;
  onMoved: (start: string) => void;
  onRefused: (code: string) => void;
}

/** The booking page's month and times over this booking's free times; a chosen time is confirmed once more. */
function RescheduleFlow({ token, booking, onBack, onMoved, onRefused }: RescheduleFlowProps) {
  const api = useApiClient();
  const minutes = Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000);
  const times = useBookingWindow(manageAvailabilitySource(api, token), {
    defaultDuration: minutes,
    initialTimeZone: booking.timeZone,
  });
  const reschedule = useRescheduleManagedBooking(token);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [twelveHours, setTwelveHours] = useState(() => prefersTwelveHours());
  const monthName = formatMonth(times.month, undefined);
  const isCurrentTime = slot?.start === booking.start;

  function move() {
    if (!slot) return;
    reschedule.mutate(
      { start: slot.start, duration: minutes },
      {
        onSuccess: (moved) => onMoved(moved.start),
        onError: (error) => {
          if (!isApiError(error)) return;
          if (TIME_GONE.has(error.code)) {
            setSlot(null);
            setNotice(
              'Sorry, that time was just taken. The free times shown are up to date: please pick another.',
            );
          } else onRefused(error.code);
        },
      },
    );
  }

  return (
    <main className="booking-page">
      <div className={['booking-card', slot ? 'booking-card--form' : ''].filter(Boolean).join(' ')}>
        <div className="booking-card__host stack">
          <MeetingSummary booking={booking} />
          <p>
            <Button variant="secondary" onClick={onBack}>
              Keep the current time
            </Button>
          </p>
        </div>
        <section className="booking-card__calendar" aria-labelledby="calendar-title">
          <h2 id="calendar-title" className="booking-card__heading">
            Pick a new day
          </h2>
          <div aria-live="polite">{notice ? <Alert tone="info">{notice}</Alert> : null}</div>
          {times.error ? (
            <Alert tone="error" title="Free times could not be loaded">
              <p>{describeError(times.error)}</p>
              <Button variant="secondary" onClick={() => times.refetch()}>
                Try again
              </Button>
            </Alert>
          ) : null}
          <MonthCalendar
            month={times.month}
            today={times.today}
            firstMonth={times.firstMonth}
            lastMonth={times.lastMonth}
            isBusy={times.isLoading}
            isSelectable={(date) => times.slotsByDate.has(date)}
            describeDay={(date) => {
              const count = times.slotsByDate.get(date)?.length ?? 0;
              return count === 0 ? 'no free times' : `${count} free ${count === 1 ? 'time' : 'times'}`;
            }}
            selectedDate={times.selectedDate}
            onSelectDate={(date) => {
              times.selectDate(date);
              setSlot(null);
            }}
            onMonthChange={(month) => {
              times.showMonth(month);
              setSlot(null);
            }}
          />
          <p className="muted">Times in {times.timeZone.replace(/_/g, ' ')}.</p>
        </section>
        <DayTimes
          date={times.selectedDate}
          slots={times.slotsOfSelectedDate}
          timeZone={times.timeZone}
          twelveHours={twelveHours}
          onTwelveHoursChange={setTwelveHours}
          chosenStart={slot?.start ?? null}
          onChoose={(chosen) => {
            setNotice(null);
            reschedule.reset();
            setSlot(chosen);
          }}
          isLoading={times.isLoading}
          emptyMessage={
            times.openDates.length === 0
              ? `No free times in ${monthName}. Try the next month, or ask ${booking.ownerName} for another time.`
              : 'Choose a day to see its free times.'
          }
        />
        {slot ? (
          <section className="booking-card__form" aria-labelledby="move-title">
            <h2 id="move-title" className="booking-card__heading">
              Move your meeting
            </h2>
            <p>
              From {formatDateTime(booking.start, times.timeZone)} to{' '}
              <strong>{formatDateTime(slot.start, times.timeZone)}</strong>.
            </p>
            {isCurrentTime ? <p className="muted">That is its current time: pick another one.</p> : null}
            {reschedule.isError && !(isApiError(reschedule.error) && TIME_GONE.has(reschedule.error.code)) ? (
              <Alert tone="error">{describeError(reschedule.error)}</Alert>
            ) : null}
            <div className="row">
              <Button onClick={move} isBusy={reschedule.isPending} disabled={isCurrentTime}>
                Move meeting
              </Button>
              <Button variant="ghost" onClick={() => setSlot(null)}>
                Change time
              </Button>
            </div>
          </section>
        ) : null}
      </div>
    </main>
  );
}
