import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { describeError } from '../../../lib/api-error';
import { type PublicHoliday, useHolidayCountries, useHolidays } from '../api/get-holidays';
import { type DateOverride, type ExcludedDate, formatLocalDate } from '../model/link-draft';

interface HolidaysPickerProps {
  /** The link's zone: "the next 12 months" start on its today. */
  timeZone: string;
  excludedDates: ExcludedDate[];
  dateOverrides: DateOverride[];
  onAdd: (holidays: PublicHoliday[]) => void;
  onCancel: () => void;
}

/** Choose a country (and region), preview the next 12 months' public holidays by name, add them as days off. */
export function HolidaysPicker({
  timeZone,
  excludedDates,
  dateOverrides,
  onAdd,
  onCancel,
}: HolidaysPickerProps) {
  const countries = useHolidayCountries();
  const [country, setCountry] = useState('');
  const [region, setRegion] = useState('');
  const countrySelect = useRef<HTMLSelectElement>(null);
  const headingId = useId();
  const [range] = useState(() => nextTwelveMonths(timeZone));
  const chosen = countries.data?.countries.find((entry) => entry.code === country);
  const holidays = useHolidays(country ? { country, region, ...range } : null);

  useEffect(() => {
    if (countries.data) countrySelect.current?.focus();
  }, [countries.data]);

  const excluded = new Set(excludedDates.map((entry) => entry.date));
  const overridden = new Set(dateOverrides.map((entry) => entry.date));
  const list = holidays.data?.holidays ?? [];
  const toAdd = list.filter((holiday) => !excluded.has(holiday.date) && !overridden.has(holiday.date));

  return (
    <section className="holidays-picker stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Add public holidays</h3>
      {countries.isPending ? <p className="muted">Loading countries…</p> : null}
      {countries.isError ? <Alert tone="error">{describeError(countries.error)}</Alert> : null}
      {countries.data ? (
        <div className="row">
          <SelectField
            ref={countrySelect}
            label="Country"
            value={country}
            options={[
              { value: '', label: 'Choose a country' },
              ...countries.data.countries.map((entry) => ({ value: entry.code, label: entry.name })),
            ]}
            onChange={(event) => {
              setCountry(event.target.value);
              setRegion('');
            }}
          />
          {chosen && chosen.regions.length > 0 ? (
            <SelectField
              label="Region"
              value={region}
              options={[
                { value: '', label: 'Whole country (national holidays)' },
                ...chosen.regions.map((entry) => ({ value: entry.code, label: entry.name })),
              ]}
              onChange={(event) => setRegion(event.target.value)}
            />
          ) : null}
        </div>
      ) : null}
      {country && holidays.isPending ? <p className="muted">Loading holidays…</p> : null}
      {holidays.isError ? <Alert tone="error">{describeError(holidays.error)}</Alert> : null}
      {chosen && holidays.data ? (
        list.length === 0 ? (
          <p className="muted">No public holidays in the next 12 months.</p>
        ) : (
          <ul
            className="holiday-preview"
            aria-label={`Public holidays in ${chosen.name}, ${formatLocalDate(range.from)} to ${formatLocalDate(range.to)}`}
          >
            {list.map((holiday) => (
              <li key={holiday.date}>
                <span>{formatLocalDate(holiday.date)}</span> <strong>{holiday.name}</strong>
                {excluded.has(holiday.date) ? <span className="muted"> (already a day off)</span> : null}
                {overridden.has(holiday.date) ? (
                  <span className="muted"> (has its own hours, not added)</span>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
      <div className="row">
        <Button onClick={() => onAdd(toAdd)} disabled={toAdd.length === 0}>
          {toAdd.length === 1 ? 'Add 1 holiday to days off' : `Add ${toAdd.length} holidays to days off`}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

/** Today in the link's zone and the day before the same date next year. */
function nextTwelveMonths(timeZone: string): { from: string; to: string } {
  const from = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const next = new Date(`${from}T00:00:00Z`);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  next.setUTCDate(next.getUTCDate() - 1);
  return { from, to: next.toISOString().slice(0, 10) };
}
