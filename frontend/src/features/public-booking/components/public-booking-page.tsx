import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/skeleton';
import { useApiClient } from '../../../lib/api-client-context';
import { describeError, isApiError } from '../../../lib/api-error';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/field-errors';
import { formatMinutes } from '../../../lib/format-minutes';
import { formatDateTime } from '../../../lib/format-time';
import { detectTimeZone } from '../../../lib/time-zones';
import { addDays, localDateOf } from '../../../lib/zoned-time';
import {
  availabilityQueryKey,
  bookSlot,
  type BookingConfirmation as Confirmation,
  getAvailabilityQueryOptions,
  getPublicLinkQueryOptions,
  type PublicLink,
  type Slot,
} from '../api/public-booking';
import { answersToSend, type BookingFormValues } from '../model/booking-form';
import { useProofOfWork } from '../model/use-proof-of-work';
import { BookingConfirmation } from './booking-confirmation';
import { BookingForm } from './booking-form';
import { LinkProblemScreen } from './link-problem-screen';
import { PublicPageSkeleton } from './public-page-skeleton';
import { SlotPicker } from './slot-picker';
import { TimeZoneField } from './time-zone-field';

const WINDOW_DAYS = 28;
const LINK_PROBLEMS = new Set(['link_not_found', 'link_inactive', 'link_expired', 'link_used']);
const SLOT_GONE = new Set(['slot_unavailable', 'slot_not_offered', 'outside_window', 'off_grid']);

export function PublicBookingPage({ token }: { token: string }) {
  const api = useApiClient();
  const link = useQuery(getPublicLinkQueryOptions(api, token));
  if (link.isPending) return <PublicPageSkeleton />;
  if (link.isError) {
    const code = isApiError(link.error) ? link.error.code : 'unexpected';
    return <LinkProblemScreen code={LINK_PROBLEMS.has(code) ? code : 'unexpected'} />;
  }
  return <BookingFlow token={token} link={link.data} />;
}

function BookingFlow({ token, link }: { token: string; link: PublicLink }) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const [timeZone, setTimeZone] = useState(detectTimeZone);
  const [duration, setDuration] = useState(link.defaultDuration);
  const [windowStart, setWindowStart] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const [selectedDate, setSelectedDate] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const takeSolution = useProofOfWork(api, token, link.botProtection);

  const windowEnd = new Date(windowStart.getTime() + WINDOW_DAYS * 86_400_000);
  const range = { from: windowStart.toISOString(), to: windowEnd.toISOString(), duration, timeZone };
  const availability = useQuery(getAvailabilityQueryOptions(api, token, range));

  const book = useMutation({
    mutationFn: async (values: BookingFormValues) => {
      if (!slot) throw new Error('No time chosen');
      const altcha = await takeSolution();
      return bookSlot(
        api,
        token,
        {
          start: slot.start,
          duration,
          name: values.name.trim(),
          email: values.email.trim(),
          timezone: timeZone,
          answers: answersToSend(values),
          ...(altcha ? { altcha } : {}),
          ...(values.website ? { website: values.website } : {}),
        },
        idempotencyKey,
      );
    },
    onError: (error) => {
      // A different request from here on: a retry with changed answers must not replay the failed one.
      setIdempotencyKey(crypto.randomUUID());
      if (!isApiError(error)) return;
      if (SLOT_GONE.has(error.code)) {
        setSlot(null);
        setNotice(
          'Sorry, that time was just taken. The free times below are up to date: please pick another.',
        );
        void queryClient.invalidateQueries({ queryKey: availabilityQueryKey(token) });
        return;
      }
      setServerErrors(fieldErrorsOf(error));
    },
  });

  if (book.data) return <Done confirmation={book.data} timeZone={timeZone} />;
  if (isApiError(book.error) && LINK_PROBLEMS.has(book.error.code))
    return <LinkProblemScreen code={book.error.code} />;
  if (isApiError(availability.error) && LINK_PROBLEMS.has(availability.error.code))
    return <LinkProblemScreen code={availability.error.code} />;

  const firstDay = localDateOf(windowStart, timeZone);
  const lastDay = addDays(localDateOf(windowEnd, timeZone), -1);
  const hasNoSlots = availability.data?.days.every((day) => day.slots.length === 0) ?? false;
  const bookProblem =
    book.isError &&
    !(isApiError(book.error) && (SLOT_GONE.has(book.error.code) || book.error.fieldErrors.length > 0))
      ? describeError(book.error)
      : null;

  return (
    <main className="public-page" aria-labelledby="public-title">
      <div className="public-page__intro">
        <p className="muted">{link.ownerName}</p>
        <h1 id="public-title">{link.title}</h1>
        {link.description ? <p className="public-page__description">{link.description}</p> : null}
        {link.kind === 'one_time' && link.expiresAt ? (
          <p className="muted">
            This personal link works once, until {formatDateTime(link.expiresAt, timeZone)}.
          </p>
        ) : null}
        {link.durations.length > 1 ? (
          <fieldset className="fieldset">
            <legend>Meeting length</legend>
            <div className="option-grid">
              {link.durations.map((minutes) => (
                <label key={minutes} className="option">
                  <input
                    type="radio"
                    name="duration"
                    checked={duration === minutes}
                    onChange={() => {
                      setDuration(minutes);
                      setSlot(null);
                    }}
                  />
                  {formatMinutes(minutes)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <p>{formatMinutes(duration)}</p>
        )}
        <TimeZoneField
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            setSelectedDate(null);
            setSlot(null);
          }}
        />
      </div>

      <section className="public-page__picker stack" aria-labelledby="picker-title">
        {slot ? (
          <>
            <h2 id="picker-title">Your details</h2>
            <p className="chosen-slot">
              <strong>{formatDateTime(slot.start, timeZone)}</strong> · {formatMinutes(duration)}{' '}
              <Button variant="ghost" onClick={() => setSlot(null)}>
                Change time
              </Button>
            </p>
            <BookingForm
              link={link}
              serverErrors={serverErrors}
              problem={bookProblem}
              isSubmitting={book.isPending}
              onSubmit={(values) => {
                setServerErrors({});
                book.mutate(values);
              }}
            />
          </>
        ) : (
          <>
            <div className="section-head">
              <h2 id="picker-title">Pick a time</h2>
              <div className="row">
                <Button
                  variant="ghost"
                  disabled={windowStart.getTime() <= Date.now()}
                  onClick={() =>
                    setWindowStart(
                      new Date(Math.max(Date.now(), windowStart.getTime() - WINDOW_DAYS * 86_400_000)),
                    )
                  }
                >
                  Earlier
                </Button>
                <Button variant="ghost" onClick={() => setWindowStart(windowEnd)}>
                  Later
                </Button>
              </div>
            </div>
            <div aria-live="polite">{notice ? <Alert tone="info">{notice}</Alert> : null}</div>
            {availability.isPending ? (
              <div aria-busy="true">
                <output className="visually-hidden">Loading free times…</output>
                <Skeleton height="18rem" />
              </div>
            ) : availability.isError ? (
              <Alert tone="error" title="Free times could not be loaded">
                <p>{describeError(availability.error)}</p>
                <Button variant="secondary" onClick={() => availability.refetch()}>
                  Try again
                </Button>
              </Alert>
            ) : (
              <>
                {hasNoSlots ? (
                  <Alert tone="info" title="No free times in these weeks">
                    <p>Try later dates, or ask {link.ownerName} for another time.</p>
                  </Alert>
                ) : null}
                <SlotPicker
                  firstDay={firstDay}
                  lastDay={lastDay}
                  availability={availability.data}
                  timeZone={timeZone}
                  selectedDate={selectedDate}
                  onSelectDate={setSelectedDate}
                  onSelectSlot={(chosen) => {
                    setNotice(null);
                    setSlot(chosen);
                  }}
                />
              </>
            )}
          </>
        )}
      </section>
    </main>
  );
}

function Done({ confirmation, timeZone }: { confirmation: Confirmation; timeZone: string }) {
  return (
    <main className="public-page public-page--single" aria-label="Booking confirmed">
      <BookingConfirmation confirmation={confirmation} timeZone={timeZone} />
    </main>
  );
}
