import { type FormEvent, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import {
  type BookingsFilters,
  type BookingsStatus,
  type BookingsWhen,
  DEFAULT_FILTERS,
  dateRangeError,
  hasActiveFilters,
  MAX_SEARCH_LENGTH,
} from '../model/bookings-filters';

export interface LinkChoice {
  id: string;
  title: string;
}

const WHENS: { value: BookingsWhen; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'past', label: 'Past' },
  { value: 'all', label: 'Any time' },
];

const STATUSES: { value: BookingsStatus; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'confirmed', label: 'Confirmed' },
  { value: 'cancelled', label: 'Cancelled' },
];

// The dates the API accepts.
const FIRST_DATE = '1970-01-01';
const LAST_DATE = '2199-12-31';

/**
 * Search and filters of the bookings list. Choices apply at once; the search text applies when submitted, so
 * the list does not reload on every keystroke.
 */
export function BookingsFiltersForm({
  filters,
  links,
  onChange,
}: {
  filters: BookingsFilters;
  links: LinkChoice[];
  onChange: (next: BookingsFilters) => void;
}) {
  const [text, setText] = useState(filters.q);
  const [searchedFor, setSearchedFor] = useState(filters.q);
  const searchRef = useRef<HTMLInputElement>(null);
  // Back and Forward change the filters from outside: the box shows what the list is searching for.
  if (searchedFor !== filters.q) {
    setSearchedFor(filters.q);
    setText(filters.q);
  }

  const change = (patch: Partial<BookingsFilters>) => onChange({ ...filters, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change({ q: text.trim() });
  };
  const clear = () => {
    setText('');
    onChange(DEFAULT_FILTERS);
    searchRef.current?.focus();
  };
  const linkOptions = [
    { value: '', label: 'All links' },
    ...links.map((l) => ({ value: l.id, label: l.title })),
  ];
  if (filters.linkId && !links.some((link) => link.id === filters.linkId))
    linkOptions.push({ value: filters.linkId, label: 'The link in the address' });

  return (
    <search aria-label="Search and filter bookings">
      <form className="bookings-filters" onSubmit={submit}>
        <div className="bookings-filters__search">
          <TextField
            ref={searchRef}
            label="Name or email"
            type="search"
            name="q"
            value={text}
            maxLength={MAX_SEARCH_LENGTH}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
        <div className="row row--fields row--end">
          <SelectField
            label="Link"
            name="link"
            value={filters.linkId}
            options={linkOptions}
            onChange={(event) => change({ linkId: event.target.value })}
          />
          <TextField
            label="From"
            type="date"
            name="from"
            value={filters.from}
            min={FIRST_DATE}
            max={filters.to || LAST_DATE}
            onChange={(event) => change({ from: event.target.value })}
          />
          <TextField
            label="To"
            type="date"
            name="to"
            value={filters.to}
            min={filters.from || FIRST_DATE}
            max={LAST_DATE}
            error={dateRangeError(filters)}
            onChange={(event) => change({ to: event.target.value })}
          />
        </div>
        <div className="row">
          <fieldset className="segmented">
            <legend className="visually-hidden">When</legend>
            {WHENS.map((option) => (
              <label key={option.value} className="segmented__option">
                <input
                  type="radio"
                  name="bookings-when"
                  value={option.value}
                  checked={filters.when === option.value}
                  onChange={() => change({ when: option.value })}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="segmented">
            <legend className="visually-hidden">Status</legend>
            {STATUSES.map((option) => (
              <label key={option.value} className="segmented__option">
                <input
                  type="radio"
                  name="bookings-status"
                  value={option.value}
                  checked={filters.status === option.value}
                  onChange={() => change({ status: option.value })}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          {hasActiveFilters(filters) ? (
            <Button variant="ghost" onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}
