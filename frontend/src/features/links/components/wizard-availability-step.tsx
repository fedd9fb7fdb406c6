import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { type TimeRange, WEEKDAY_NAMES, WEEKDAYS, type Weekday } from '../model/link-draft';
import { DateOverridesEditor } from './date-overrides-editor';
import { DaysOffEditor } from './days-off-editor';
import type { StepProps } from './wizard-step-props';

export function WizardAvailabilityStep({ draft, errors, onChange }: StepProps) {
  function setRanges(day: Weekday, ranges: TimeRange[]) {
    onChange({ weeklyHours: { ...draft.weeklyHours, [day]: ranges } });
  }

  return (
    <div className="stack">
      <fieldset className="fieldset">
        <legend>Business hours ({draft.timeZone})</legend>
        {errors['settings.weeklyHours'] ? (
          <p className="field__error" role="alert">
            {errors['settings.weeklyHours']}
          </p>
        ) : null}
        {WEEKDAYS.map((day) => {
          const ranges = draft.weeklyHours[day];
          return (
            <div key={day} className="weekday">
              <h3 className="weekday__name">{WEEKDAY_NAMES[day]}</h3>
              {ranges.length === 0 ? <p className="muted">Unavailable</p> : null}
              {ranges.map((range, index) => {
                const error = errors[`settings.weeklyHours.${day}.${index}`];
                const label = `${WEEKDAY_NAMES[day]} range ${index + 1}`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a range has no identity beyond its position
                  <div key={index} className="weekday__range">
                    <TextField
                      label={`${label} from`}
                      type="text"
                      inputMode="numeric"
                      placeholder="09:00"
                      value={range.start}
                      error={error}
                      onChange={(event) =>
                        setRanges(
                          day,
                          ranges.map((item, at) =>
                            at === index ? { ...item, start: event.target.value } : item,
                          ),
                        )
                      }
                    />
                    <TextField
                      label={`${label} until`}
                      type="text"
                      inputMode="numeric"
                      placeholder="17:00"
                      value={range.end}
                      onChange={(event) =>
                        setRanges(
                          day,
                          ranges.map((item, at) =>
                            at === index ? { ...item, end: event.target.value } : item,
                          ),
                        )
                      }
                    />
                    <Button
                      variant="ghost"
                      aria-label={`Remove ${label}`}
                      onClick={() =>
                        setRanges(
                          day,
                          ranges.filter((_item, at) => at !== index),
                        )
                      }
                    >
                      Remove
                    </Button>
                  </div>
                );
              })}
              <Button
                variant="secondary"
                onClick={() => setRanges(day, [...ranges, nextRange(ranges)])}
                aria-label={`Add hours on ${WEEKDAY_NAMES[day]}`}
              >
                Add hours
              </Button>
            </div>
          );
        })}
      </fieldset>

      <DateOverridesEditor
        draft={draft}
        errors={errors}
        onChange={(dateOverrides) => onChange({ dateOverrides })}
      />

      <DaysOffEditor
        draft={draft}
        errors={errors}
        onChange={(excludedDates) => onChange({ excludedDates })}
      />
    </div>
  );
}

/** A new range starts where the last one ended (an hour long), or at 09:00–17:00 on an empty day. */
function nextRange(ranges: TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  if (!last) return { start: '09:00', end: '17:00' };
  const [hours = 0, minutes = 0] = last.end.split(':').map(Number);
  const startMinutes = Math.min(hours * 60 + minutes, 23 * 60);
  const endMinutes = Math.min(startMinutes + 60, 24 * 60);
  return { start: clock(startMinutes), end: clock(endMinutes) };
}

function clock(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
