import { formatMinutes } from '@bookings/wording';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { CancelMeetingDialog } from '../../../components/ui/cancel-meeting-dialog';
import { CenteredCard } from '../../../components/ui/centered-card';
import { MonthCalendar } from '../../../components/ui/month-calendar';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useApiClient } from '../../../lib/api-client-context';
import { describeError, isApiError, problemCodes } from '../../../lib/api-error';
import { formatMonth } from '../../../lib/calendar';
import { formatDateTime, formatTime, prefersTwelveHours } from '../../../lib/format-time';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  getManageChallenge,
  getManagedBookingQueryOptions,
  type ManagedBooking,
  manageAvailabilitySource,
  type TakeSolution,
  TIME_GONE,
  useCancelManagedBooking,
  useRescheduleManagedBooking,
} from '../api/manage-booking';
import type { Slot } from '../api/public-booking';
import { useBookingWindow } from '../model/use-booking-window';
import { useProofOfWork } from '../model/use-proof-of-work';
import { DayTimes } from './day-times';
import { ManagePageSkeleton } from './public-page-skeleton';

const UNKNOWN_TOKEN = problemCodes('not_found');
/** Refusals after which the page shows the booking as it now stands (too close, cancelled meanwhile). */
const STALE = problemCodes('too_late_to_change', 'booking_cancelled', 'link_inactive');

/** The attendee's page behind the link in their emails: see the meeting, move it or cancel it. */
export function ManageBookingPage({ token }: { token: string }) {
  const api = useApiClient();
  const managed = useQuery(getManagedBookingQueryOptions(api, token));
  if (managed.isPending) return <ManagePageSkeleton />;
  if (managed.isError) {
    const isUnknown = isApiError(managed.error) && UNKNOWN_TOKEN.has(managed.error.code);
    return <ManageProblem isUnknown={isUnknown} message={describeError(managed.error)} />;
  }
  return <ManageFlow token={token} managed={managed.data} />;
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

function ManageFlow({ token, managed }: { token: string; managed: ManagedBooking }) {
  const api = useApiClient();
  const [isRescheduling, setIsRescheduling] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { booking } = managed;
  const pageTitle = `${managed.title} · ${managed.ownerName}`;
  useDocumentTitle(booking.status === 'cancelled' ? `Cancelled: ${pageTitle}` : pageTitle);
  // Solved while the attendee reads the page, so a change rarely waits for it.
  const takeSolution = useProofOfWork(
    () => getManageChallenge(api, token),
    managed.botProtection,
    managed.canCancel,
  );

  if (isRescheduling && managed.canReschedule) {
    return (
      <RescheduleFlow
        token={token}
        managed={managed}
        takeSolution={takeSolution}
        onBack={() => setIsRescheduling(false)}
        onMoved={(start) => {
          setOutcome({ kind: 'moved', start });
          setIsRescheduling(false);
        }}
      />
    );
  }

  return (
    <main className="booking-page">
      <div className="booking-card booking-card--done">
        <MeetingSummary managed={managed} />
        <section className="booking-card__done stack" aria-labelledby="manage-title">
          <ManageState
            token={token}
            managed={managed}
            outcome={outcome}
            takeSolution={takeSolution}
            onReschedule={() => {
              setOutcome(null);
              setIsRescheduling(true);
            }}
            onCancelled={() => setOutcome({ kind: 'cancelled' })}
          />
        </section>
      </div>
    </main>
  );
}

/** Who, what, when: the meeting as it stands, in the attendee's zone (and what the page adds below it). */
function MeetingSummary({ managed, children }: { managed: ManagedBooking; children?: ReactNode }) {
  const { booking } = managed;
  const isCancelled = booking.status === 'cancelled';
  return (
    <section className="booking-card__host host-card" aria-labelledby="manage-meeting-title">
      <div className="host-card__person">
        <Avatar name={managed.ownerName} url={managed.ownerAvatarUrl} />
        <p className="host-card__name">{managed.ownerName}</p>
      </div>
      <h1 id="manage-meeting-title" className="host-card__title">
        {managed.title}
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
        {formatMinutes(booking.duration)} · {booking.timeZone.replace(/_/g, ' ')}
      </p>
      {booking.joinUrl && !isCancelled ? (
        <p>
          <a href={booking.joinUrl} target="_blank" rel="noopener noreferrer">
            Join the video call
          </a>
        </p>
      ) : null}
      {children}
    </section>
  );
}

interface ManageStateProps {
  token: string;
  managed: ManagedBooking;
  outcome: Outcome;
  takeSolution: TakeSolution;
  onReschedule: () => void;
  onCancelled: () => void;
}

/** What the attendee can still do: cancel and move, only cancel, or nothing any more (and why). */
function ManageState({ token, managed, outcome, takeSolution, onReschedule, onCancelled }: ManageStateProps) {
  const { booking, ownerName } = managed;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancel = useCancelManagedBooking(token, takeSolution);
  const [isCancelOpen, setIsCancelOpen] = useState(false);
  useEffect(() => {
    // After a change, the heading that says what happened takes the focus (and a screen reader reads it).
    if (outcome) headingRef.current?.focus();
  }, [outcome]);

  if (booking.status === 'cancelled') {
    const isJustNow = outcome?.kind === 'cancelled';
    return (
      <>
        <h2 id="manage-title" ref={headingRef} tabIndex={-1}>
          {isJustNow ? 'Your meeting is cancelled' : 'This meeting was cancelled'}
        </h2>
        <p>
          {booking.cancelledBy === 'owner'
            ? `${ownerName} cancelled it.`
            : isJustNow
              ? `${ownerName} has been told, and a cancellation is on its way to your inbox.`
              : 'You cancelled it.'}
        </p>
        {booking.cancelReason ? (
          <p>
            Reason: <q>{booking.cancelReason}</q>
          </p>
        ) : null}
        <p className="muted">To meet after all, ask {ownerName} for a new time.</p>
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

  const moved =
    outcome?.kind === 'moved' ? (
      <Alert tone="success">
        It is now on {formatDateTime(outcome.start, booking.timeZone)}. {ownerName} has been told, and an
        updated invitation is on its way to your inbox.
      </Alert>
    ) : null;

  if (!managed.canCancel) {
    // A move into the change window (closer than the link's notice) is confirmed first; only then does the page
    // say that any further change is for the owner.
    return (
      <>
        <h2 id="manage-title" ref={headingRef} tabIndex={-1}>
          {moved ? 'Your meeting has moved' : 'It is too late to change this meeting here'}
        </h2>
        {moved}
        <p>
          {moved ? 'Further changes online were possible only until' : 'Changes online were possible until'}{' '}
          {formatDateTime(managed.changeableUntil, booking.timeZone)}. To move or cancel it now, please
          contact {ownerName} directly, for example by replying to your confirmation email.
        </p>
      </>
    );
  }

  return (
    <>
      <h2 id="manage-title" ref={headingRef} tabIndex={-1}>
        {moved ? 'Your meeting has moved' : 'Need a different time?'}
      </h2>
      {moved}
      <p>
        You can {managed.canReschedule ? 'reschedule or cancel' : 'cancel'} until{' '}
        {formatDateTime(managed.changeableUntil, booking.timeZone)}.
        {managed.canReschedule
          ? ''
          : ` To move it, please ask ${ownerName}: the booking page is switched off.`}
      </p>
      <div className="row">
        {managed.canReschedule ? <Button onClick={onReschedule}>Reschedule</Button> : null}
        <Button variant="danger" onClick={() => setIsCancelOpen(true)}>
          Cancel meeting
        </Button>
      </div>
      <CancelMeetingDialog
        isOpen={isCancelOpen}
        notice={`${ownerName} gets an email saying you cancelled, with your reason if you give one.`}
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
              // The page refetches the booking: it now says why nothing can be changed.
              if (isApiError(error) && STALE.has(error.code)) setIsCancelOpen(false);
            },
          })
        }
      />
    </>
  );
}

interface RescheduleFlowProps {
  token: string;
  managed: ManagedBooking;
  takeSolution: TakeSolution;
  onBack: () => void;
  onMoved: (start: string) => void;
}

/** The booking page's month and times over this booking's free times; a chosen time is confirmed once more. */
function RescheduleFlow({ token, managed, takeSolution, onBack, onMoved }: RescheduleFlowProps) {
  const api = useApiClient();
  const { booking } = managed;
  const times = useBookingWindow(manageAvailabilitySource(api, token), {
    defaultDuration: booking.duration,
    initialTimeZone: booking.timeZone,
  });
  const reschedule = useRescheduleManagedBooking(token, takeSolution);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [twelveHours, setTwelveHours] = useState(() => prefersTwelveHours());
  const monthName = formatMonth(times.month, undefined);
  const isCurrentTime = slot?.start === booking.start && times.duration === booking.duration;
  const canChooseLength = managed.durations.length > 1;

  function move() {
    if (!slot) return;
    reschedule.mutate(
      { start: slot.start, duration: times.duration },
      {
        onSuccess: (moved) => onMoved(moved.booking.start),
        onError: (error) => {
          if (isApiError(error) && TIME_GONE.has(error.code)) {
            setSlot(null);
            setNotice(
              'Sorry, that time was just taken. The free times shown are up to date: please pick another.',
            );
          } else if (isApiError(error) && STALE.has(error.code)) onBack();
        },
      },
    );
  }

  return (
    <main className="booking-page">
      <div className={['booking-card', slot ? 'booking-card--form' : ''].filter(Boolean).join(' ')}>
        <MeetingSummary managed={managed}>
          {canChooseLength ? (
            <fieldset className="duration-choice">
              <legend className="duration-choice__legend">Meeting length</legend>
              <div className="duration-choice__options">
                {managed.durations.map((minutes) => (
                  <label key={minutes} className="duration-choice__option">
                    <input
                      type="radio"
                      name="duration"
                      checked={times.duration === minutes}
                      onChange={() => {
                        times.setDuration(minutes);
                        setSlot(null);
                      }}
                    />
                    {formatMinutes(minutes)}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <p>
            <Button variant="secondary" onClick={onBack}>
              Keep the current time
            </Button>
          </p>
        </MeetingSummary>
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
              ? `No free times in ${monthName}. Try the next month, or ask ${managed.ownerName} for another time.`
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
              <strong>{formatDateTime(slot.start, times.timeZone)}</strong> ({formatMinutes(times.duration)}).
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
