import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { NumberField } from '../../../components/ui/number-field';
import { TextField } from '../../../components/ui/text-field';
import { describeError, isApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format-time';
import { formatLocalDate, localDateOf } from '../../../lib/zoned-time';
import { instantOfLocalTime, localTimeOf } from '../model/local-time';

export interface RescheduleFormProps {
  start: string;
  end: string;
  /** The owner's zone: the date and time fields are read in it. */
  timeZone: string;
  isBusy: boolean;
  error: unknown;
  onSubmit: (change: { start: string; duration: number }) => void;
  onClose: () => void;
}

const MESSAGES: Record<string, string> = {
  slot_unavailable:
    'That time is busy in your calendar or overlaps another meeting (buffers included). Pick another time.',
};

/**
 * Any time the owner likes: a date, a start time (in the owner's zone) and a length. The owner may step outside
 * the link's hours and notice; the service still refuses busy time and other meetings.
 */
export function RescheduleForm({
  start,
  end,
  timeZone,
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
        Any free time works, also outside the link’s hours. Times are in your time zone, {timeZone}.
      </p>
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
