import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import {
  type AnalyticsRange,
  FIRST_DATE,
  LAST_DATE,
  MAX_RANGE_DAYS,
  type RangeErrors,
  shiftDate,
  validateAnalyticsRange,
} from '../model/analytics-range';

/**
 * First and last day of the analytics, applied together when submitted (a half-changed range is never asked
 * for); the date fields are bounded by what the service accepts.
 */
export function RangePicker({
  range,
  onChange,
}: {
  range: AnalyticsRange;
  onChange: (next: AnalyticsRange) => void;
}) {
  const [draft, setDraft] = useState(range);
  const [shown, setShown] = useState(range);
  const [errors, setErrors] = useState<RangeErrors>({});
  // A new range from outside (the answer, Back): the fields show it.
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setDraft(range);
    setErrors({});
  }

  const edit = (patch: Partial<AnalyticsRange>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Errors already shown clear as soon as the value is right; new ones wait for the submit.
    if (errors.from || errors.to) setErrors(validateAnalyticsRange(next));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateAnalyticsRange(draft);
    setErrors(found);
    if (found.from || found.to) {
      event.currentTarget.querySelector<HTMLInputElement>(found.from ? '[name=from]' : '[name=to]')?.focus();
      return;
    }
    onChange(draft);
  };
  const span = MAX_RANGE_DAYS - 1;

  return (
    <form className="range-picker" aria-label="Date range" onSubmit={submit} noValidate>
      <div className="row row--fields row--end">
        <TextField
          label="From"
          type="date"
          name="from"
          value={draft.from}
          min={draft.to ? maxOf(FIRST_DATE, shiftDate(draft.to, -span)) : FIRST_DATE}
          max={draft.to || LAST_DATE}
          error={errors.from}
          onChange={(event) => edit({ from: event.target.value })}
        />
        <TextField
          label="To"
          type="date"
          name="to"
          value={draft.to}
          min={draft.from || FIRST_DATE}
          max={draft.from ? minOf(LAST_DATE, shiftDate(draft.from, span)) : LAST_DATE}
          error={errors.to}
          onChange={(event) => edit({ to: event.target.value })}
        />
        <Button type="submit" variant="secondary">
          Show these days
        </Button>
      </div>
      <p className="muted">Up to {MAX_RANGE_DAYS} days, first and last included.</p>
    </form>
  );
}

const maxOf = (a: string, b: string) => (a > b ? a : b);
const minOf = (a: string, b: string) => (a < b ? a : b);
