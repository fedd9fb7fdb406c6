import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ZoneOption } from '../model/time-zone-search';

/** Long lists stay quick to render and to read; typing narrows them. */
const MAX_SHOWN = 60;

type SearchModule = typeof import('../model/time-zone-search');

export interface TimeZonePickerProps {
  value: string;
  /** The zone the browser reported: listed first. */
  detected: string;
  onChange: (zone: string) => void;
}

/**
 * The visitor's zone, changeable through a searchable list: city, country, abbreviation or offset ("Kolkata",
 * "India", "IST", "+5:30"), each with its current offset and local time. The zone data is built only when
 * the list first opens, so it costs the page nothing before.
 */
export function TimeZonePicker({ value, detected, onChange }: TimeZonePickerProps) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [search, setSearch] = useState<{ module: SearchModule; options: ZoneOption[] } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const [isComplete, setIsComplete] = useState(false);
  useEffect(() => {
    if (!isOpen || isComplete) return;
    const abort = new AbortController();
    void import('../model/time-zone-search').then((module) =>
      module
        .buildZoneOptionsGradually(
          new Date(),
          navigator.language,
          [detected, value],
          (options) => setSearch({ module, options }),
          abort.signal,
        )
        .then(() => setIsComplete(!abort.signal.aborted)),
    );
    return () => abort.abort();
  }, [isOpen, isComplete, detected, value]);

  useEffect(() => {
    if (!isOpen) return;
    inputRef.current?.focus();
    // A click or tap anywhere else closes the list, as a native select would.
    const closeOutside = (event: PointerEvent) => {
      if (rootRef.current?.contains(event.target as Node)) return;
      setIsOpen(false);
      setQuery('');
      setActive(0);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [isOpen]);

  const results = useMemo(
    () => (search ? search.module.searchZones(search.options, query, detected).slice(0, MAX_SHOWN) : []),
    [search, query, detected],
  );
  const timeFormat = useMemo(
    () => (zone: string) =>
      new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(
        new Date(),
      ),
    [],
  );

  function close(restoreFocus: boolean) {
    setIsOpen(false);
    setQuery('');
    setActive(0);
    if (restoreFocus) buttonRef.current?.focus();
  }

  function choose(zone: string) {
    onChange(zone);
    close(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(Math.max(current + step, 0), Math.max(results.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = results[active];
      if (option) choose(option.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  }

  useEffect(() => {
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  return (
    <div className="zone-picker" ref={rootRef}>
      <p className="zone-picker__label" id={`${id}-label`}>
        Time zone
      </p>
      <button
        ref={buttonRef}
        type="button"
        className="zone-picker__button"
        aria-haspopup="listbox"
        aria-expanded={isOpen}
        aria-labelledby={`${id}-label ${id}-value`}
        onClick={() => (isOpen ? close(true) : setIsOpen(true))}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor">
          <circle cx="8" cy="8" r="6.5" />
          <path d="M1.5 8h13M8 1.5c2 2 2.6 4 2.6 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.4 5.5 5.4 8S6 12.5 8 14.5" />
        </svg>
        <span id={`${id}-value`}>{describeZone(value)}</span>
      </button>
      {isOpen ? (
        <div className="zone-picker__panel">
          <input
            ref={inputRef}
            className="field__input"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={results[active] ? `${id}-option-${active}` : undefined}
            aria-label="Search time zones"
            placeholder="City, country, IST or +5:30"
            autoComplete="off"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onBlur={(event) => {
              if (!rootRef.current?.contains(event.relatedTarget as Node | null)) close(false);
            }}
          />
          <div className="zone-picker__list" role="listbox" id={`${id}-list`} aria-label="Time zones">
            {!search ? (
              <p className="zone-picker__note">Loading time zones…</p>
            ) : results.length === 0 ? (
              <p className="zone-picker__note">No time zone matches “{query}”.</p>
            ) : (
              results.map((option, index) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant)
                <div
                  key={option.id}
                  tabIndex={-1}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={option.id === value}
                  className={['zone-picker__option', index === active ? 'zone-picker__option--active' : '']
                    .filter(Boolean)
                    .join(' ')}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option.id)}
                >
                  <span className="zone-picker__place">
                    {option.city}
                    {option.region !== option.city ? <span className="muted">, {option.region}</span> : null}
                    {option.id === detected ? <span className="muted"> (detected)</span> : null}
                  </span>
                  <span className="zone-picker__time">
                    {option.offsetLabel} · {timeFormat(option.id)}
                  </span>
                </div>
              ))
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** "Asia/Kolkata (GMT+5:30)": the zone and its offset right now, with no data to load. */
export function describeZone(zone: string): string {
  try {
    const offset =
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(new Date())
        .find((part) => part.type === 'timeZoneName')?.value ?? '';
    return `${zone.replace(/_/g, ' ')} (${offset})`;
  } catch {
    return zone;
  }
}
