import { Alert } from '../../../components/ui/alert';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/api-error';
import { formatCalendarDate, formatTime } from '../../../lib/format-time';
import { type Slot, useLinkSlots } from '../api/get-link-slots';

export interface SlotChecklistProps {
  linkUrl: string;
  timeZone: string;
  picked: Slot[];
  error: string | undefined;
  onChange: (picked: Slot[]) => void;
}

/** The link's free times for two weeks, one group per day; the ones ticked are all the recipient is offered. */
export function SlotChecklist({ linkUrl, timeZone, picked, error, onChange }: SlotChecklistProps) {
  const slots = useLinkSlots(linkUrl, timeZone, true);
  const pickedStarts = new Set(picked.map((slot) => slot.start));

  if (slots.isPending)
    return (
      <div aria-busy="true">
        <output className="visually-hidden">Loading free times…</output>
        <Skeleton height="12rem" />
      </div>
    );
  if (slots.isError) return <Alert tone="error">{describeError(slots.error)}</Alert>;
  const days = slots.data.days.filter((day) => day.slots.length > 0);
  if (days.length === 0) return <p className="muted">This link has no free times in the next two weeks.</p>;

  function toggle(slot: Slot, isOn: boolean) {
    onChange(isOn ? [...picked, slot] : picked.filter((item) => item.start !== slot.start));
  }

  return (
    <div className="stack slot-checklist">
      <p className="muted">
        {picked.length} picked · times in {timeZone}
      </p>
      {error ? <p className="field__error">{error}</p> : null}
      {days.map((day) => (
        <fieldset key={day.date} className="fieldset">
          <legend>{formatCalendarDate(day.date, { month: 'long' })}</legend>
          <div className="option-grid">
            {day.slots.map((slot) => (
              <label key={slot.start} className="option">
                <input
                  type="checkbox"
                  checked={pickedStarts.has(slot.start)}
                  onChange={(event) => toggle(slot, event.target.checked)}
                />
                {formatTime(slot.start, timeZone)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
