import { formatMinutes } from '@bookings/wording';
import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { MonthCalendar } from '../../../components/ui/month-calendar';
import { useApiClient } from '../../../lib/api-client-context';
import { describeError, isApiError, problemCodes } from '../../../lib/api-error';
import { formatMonth } from '../../../lib/calendar';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/field-errors';
import { formatDateTime, prefersTwelveHours } from '../../../lib/format-time';
import { detectTimeZone } from '../../../lib/time-zones';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { SLOT_GONE, useBookSlot } from '../api/book-slot';
import {
  getPublicLinkQueryOptions,
  linkAvailabilitySource,
  type PublicLink,
  type Slot,
} from '../api/public-booking';
import { type BookingFormValues, emptyBookingForm } from '../model/booking-form';
import { useBookingWindow } from '../model/use-booking-window';
import { BookingConfirmation } from './booking-confirmation';
import { BookingForm } from './booking-form';
import { DayTimes } from './day-times';
import { HostCard } from './host-card';
import { describeLinkProblem, LinkProblemScreen } from './link-problem-screen';
import { PublicPageSkeleton } from './public-page-skeleton';
import { TimeZonePicker } from './time-zone-picker';

const LINK_PROBLEMS = problemCodes('link_not_found', 'link_inactive', 'link_expired', 'link_used');

export function PublicBookingPage({ token }: { token: string }) {
  const api = useApiClient();
  const link = useQuery(getPublicLinkQueryOptions(api, token));
  if (link.isPending) return <PublicPageSkeleton />;
  if (link.isError) {
    const code =
      isApiError(link.error) && LINK_PROBLEMS.has(link.error.code) ? link.error.code : 'unexpected';
    return <ProblemPage code={code} />;
  }
  return <BookingFlow token={token} link={link.data} />;
}

/** True once the first free times are on screen and the browser has a quiet moment after. */
function useHasShownTimes(isLoading: boolean): boolean {
  const [hasShown, setHasShown] = useState(false);
  useEffect(() => {
    if (isLoading || hasShown) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    // A transition: re-rendering the whole card is split into short tasks, so a slow phone keeps answering.
    const handle = idle(() => startTransition(() => setHasShown(true)), { timeout: 2000 });
    return () => cancel(handle);
  }, [isLoading, hasShown]);
  return hasShown;
}

function ProblemPage({ code }: { code: string }) {
  useDocumentTitle(describeLinkProblem(code).title);
  return <LinkProblemScreen code={code} />;
}

/** The booking card: host, month, the day's times, then the visitor's details; the confirmation after. */
function BookingFlow({ token, link }: { token: string; link: PublicLink }) {
  const api = useApiClient();
  const booking = useBookingWindow(linkAvailabilitySource(api, token), {
    defaultDuration: link.defaultDuration,
  });
  const hasShownTimes = useHasShownTimes(booking.isLoading);
  const book = useBookSlot(token, link, { canStart: hasShownTimes });
  const [slot, setSlot] = useState<Slot | null>(null);
  const [values, setValues] = useState<BookingFormValues>(() => emptyBookingForm(link));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [twelveHours, setTwelveHours] = useState(() => prefersTwelveHours());
  const [detected] = useState(detectTimeZone);
  const formRef = useRef<HTMLElement>(null);
  const pageTitle = `${link.title} · ${link.ownerName}`;
  useDocumentTitle(book.data ? `Booked: ${pageTitle}` : pageTitle);

  useEffect(() => {
    // On a phone the form is below the times: bring it into view once a time is chosen.
    if (!slot) return;
    formRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    // The next thing to do is typing a name: focus goes there (the chosen time's button stays pressed).
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, [slot]);

  if (book.data) {
    return (
      <main className="booking-page">
        <div className="booking-card booking-card--done">
          <HostCard link={link} duration={book.data.booking.duration} timeZone={booking.timeZone} />
          <BookingConfirmation confirmation={book.data} timeZone={booking.timeZone} />
        </div>
      </main>
    );
  }
  if (isApiError(book.error) && LINK_PROBLEMS.has(book.error.code))
    return <ProblemPage code={book.error.code} />;
  if (isApiError(booking.error) && LINK_PROBLEMS.has(booking.error.code))
    return <ProblemPage code={booking.error.code} />;

  const bookProblem =
    book.isError &&
    !(isApiError(book.error) && (SLOT_GONE.has(book.error.code) || book.error.fieldErrors.length > 0))
      ? describeError(book.error)
      : null;
  const monthName = formatMonth(booking.month, undefined);

  function submit(formValues: BookingFormValues) {
    if (!slot) return;
    setServerErrors({});
    book.mutate(
      { slot, duration: booking.duration, timeZone: booking.timeZone, values: formValues },
      {
        onError: (error) => {
          if (isApiError(error) && SLOT_GONE.has(error.code)) {
            setSlot(null);
            setNotice(
              'Sorry, that time was just taken. The free times shown are up to date: please pick another.',
            );
            return;
          }
          setServerErrors(fieldErrorsOf(error));
        },
      },
    );
  }

  return (
    <main className="booking-page">
      <div className={['booking-card', slot ? 'booking-card--form' : ''].filter(Boolean).join(' ')}>
        <HostCard
          link={link}
          duration={booking.duration}
          timeZone={booking.timeZone}
          onDurationChange={(minutes) => {
            booking.setDuration(minutes);
            setSlot(null);
          }}
        />
        <section className="booking-card__calendar" aria-labelledby="calendar-title">
          <h2 id="calendar-title" className="booking-card__heading">
            Pick a day
          </h2>
          <div aria-live="polite">{notice ? <Alert tone="info">{notice}</Alert> : null}</div>
          {booking.error ? (
            <Alert tone="error" title="Free times could not be loaded">
              <p>{describeError(booking.error)}</p>
              <Button variant="secondary" onClick={() => booking.refetch()}>
                Try again
              </Button>
            </Alert>
          ) : null}
          <MonthCalendar
            month={booking.month}
            today={booking.today}
            firstMonth={booking.firstMonth}
            lastMonth={booking.lastMonth}
            isBusy={booking.isLoading}
            isSelectable={(date) => booking.slotsByDate.has(date)}
            describeDay={(date) => {
              const count = booking.slotsByDate.get(date)?.length ?? 0;
              return count === 0 ? 'no free times' : `${count} free ${count === 1 ? 'time' : 'times'}`;
            }}
            selectedDate={booking.selectedDate}
            onSelectDate={(date) => {
              booking.selectDate(date);
              setSlot(null);
            }}
            onMonthChange={(month) => {
              booking.showMonth(month);
              setSlot(null);
            }}
          />
          <TimeZonePicker
            value={booking.timeZone}
            detected={detected}
            onChange={(zone) => {
              booking.setTimeZone(zone);
              setSlot(null);
            }}
          />
        </section>
        <DayTimes
          date={booking.selectedDate}
          slots={booking.slotsOfSelectedDate}
          timeZone={booking.timeZone}
          twelveHours={twelveHours}
          onTwelveHoursChange={setTwelveHours}
          chosenStart={slot?.start ?? null}
          onChoose={(chosen) => {
            setNotice(null);
            setSlot(chosen);
          }}
          isLoading={booking.isLoading}
          emptyMessage={
            booking.openDates.length === 0
              ? `No free times in ${monthName}. Try the next month, or ask ${link.ownerName} for another time.`
              : 'Choose a day to see its free times.'
          }
        />
        {slot ? (
          <section className="booking-card__form" aria-labelledby="form-title" ref={formRef}>
            <h2 id="form-title" className="booking-card__heading">
              Your details
            </h2>
            <p className="chosen-slot">
              <strong>{formatDateTime(slot.start, booking.timeZone)}</strong>
              <span className="muted"> · {formatMinutes(booking.duration)}</span>
              <Button
                variant="ghost"
                onClick={() => {
                  setSlot(null);
                  // The form goes away: focus returns to the times to choose from.
                  requestAnimationFrame(() =>
                    document.querySelector<HTMLElement>('.day-times__slot')?.focus(),
                  );
                }}
              >
                Change time
              </Button>
            </p>
            <BookingForm
              link={link}
              values={values}
              onValuesChange={setValues}
              serverErrors={serverErrors}
              problem={bookProblem}
              isSubmitting={book.isPending}
              onSubmit={submit}
            />
          </section>
        ) : null}
      </div>
    </main>
  );
}
