import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { NumberField } from '../../../components/ui/number-field';
import { TextField } from '../../../components/ui/text-field';
import { describeError, isApiError, type ProblemCode } from '../../../lib/api-error';
import { formatCalendarDate, formatDateTime, formatTime } from '../../../lib/format-time';
import { formatLocalDate, localDateOf } from '../../../lib/zoned-time';
import type { FreeDay } from '../api/get-reschedule-slots';
import { instantOfLocalTime, localTimeOf } from '../model/local-time';

export interface RescheduleFormProps {
  start: string;
  end: string;
  /** The owner's zone: the date and time fields are read in it. */
  timeZone: string;
  /** The link's free times to pick from (undefined while loading, or when they could not be read). */
  freeDays: FreeDay[] | undefined;
  linkTitle: string;
  isBusy: boolean;
  error: unknown;
  onSubmit: (change: { start: string; duration: number }) => void;
  onClose: () => void;
}

/** Suggestions stay a glance: the first days and times; any other time can be typed. */
const MAX_DAYS = 5;
const MAX_TIMES = 12;

const MESSAGES: Record<string, string> = {
  slot_unavailable:
    'That time is busy in your calendar or overlaps another meeting (buffers included). Pick another time.',
} satisfies Partial<Record<ProblemCode, string>>;

/**
 * One of the link's free times, or any time the owner likes: a date, a start time (in the owner's zone) and a
 * length. The owner may step outside the link's hours and notice; the service still refuses busy time and other
 * meetings.
 */
export function RescheduleForm({
  start,
  end,
  timeZone,
  freeDays,
  linkTitle,
  isBusy,
  error,
  onSubmit,
  onClose,
}: RescheduleFormProps) {
  const [date, setDate] = useState(() => formatLocalDate(localDateOf(new Date(start), timeZone)));
  const [time, setTime] = useState(() => localTimeOf(new Date(start), timeZone));
  const [duration, setDuration] = useState(() =>
    String(Math.round((Date.parse(end) - Date.parse(start)) / 60_000)),
  );
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const isComplete = year > 0 && /^\d{2}:\d{2}$/.test(time) && Number(duration) >= 5;
  const newStart = isComplete ? instantOfLocalTime({ year, month, day }, time, timeZone).toISOString() : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (newStart) onSubmit({ start: newStart, duration: Number(duration) });
  }

  const problem = error ? (isApiError(error) && MESSAGES[error.code]) || describeError(error) : null;

  return (
    <form
      className="card stack reschedule-form"
      aria-labelledby="reschedule-title"
      onSubmit={submit}
      noValidate
    >
      <h2 id="reschedule-title">Move this meeting</h2>
      <p className="muted">
        Pick one of the link’s free times, or type any other: outside the link’s hours works too, as long as
        your calendar is free then. Times are in your time zone, {timeZone}.
      </p>
      {freeDays && freeDays.length > 0 ? (
        <section className="stack free-times" aria-labelledby="free-times-title">
          <h3 id="free-times-title">Free times on “{linkTitle}”</h3>
          {freeDays.slice(0, MAX_DAYS).map((day) => {
            const dayName = formatCalendarDate(day.date);
            return (
              <div key={day.date} className="free-times__day">
                <span className="free-times__name">{dayName}</span>
                <ul className="free-times__list" aria-label={`Free times on ${dayName}`}>
                  {day.slots.slice(0, MAX_TIMES).map((slot) => {
                    const slotTime = localTimeOf(new Date(slot.start), timeZone);
                    return (
                      <li key={slot.start}>
                        <button
                          type="button"
                          className="free-times__slot"
                          aria-pressed={date === day.date && time === slotTime}
                          onClick={() => {
                            setDate(day.date);
                            setTime(slotTime);
                          }}
                        >
                          {formatTime(slot.start, timeZone)}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </section>
      ) : null}
      <div className="reschedule-form__fields">
        <TextField
          label="Date"
          type="date"
          value={date}
          required
          onChange={(event) => setDate(event.target.value)}
        />
        <TextField
          label="Start time"
          type="time"
          value={time}
          required
          step={300}
          onChange={(event) => setTime(event.target.value)}
        />
        <NumberField
          label="Length (minutes)"
          value={duration}
          min={5}
          max={720}
          step={5}
          onChange={(event) => setDuration(event.target.value)}
        />
      </div>
      {newStart ? (
        <p>
          New time: <strong>{formatDateTime(newStart, timeZone)}</strong>
        </p>
      ) : null}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="row">
        <Button type="submit" isBusy={isBusy} disabled={!newStart || newStart === start}>
          Move meeting
        </Button>
        <Button variant="ghost" onClick={onClose} disabled={isBusy}>
          Keep the current time
        </Button>
      </div>
    </form>
  );
}
