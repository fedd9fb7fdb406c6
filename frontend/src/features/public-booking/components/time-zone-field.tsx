import { useId, useState } from 'react';
import { listTimeZones } from '../../../lib/time-zones';

/** The visitor's zone, detected and changeable: type to search the list; slots follow once it is a real zone. */
export function TimeZoneField({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [zones] = useState(listTimeZones);
  const isKnown = zones.includes(text);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Your time zone
      </label>
      <input
        id={id}
        className="field__input"
        list={`${id}-zones`}
        autoComplete="off"
        value={text}
        aria-invalid={!isKnown || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          if (zones.includes(event.target.value)) onChange(event.target.value);
        }}
        onBlur={() => {
          if (!zones.includes(text)) setText(value);
        }}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {isKnown ? 'Times are shown in this zone.' : 'Pick a zone from the list, e.g. Europe/Paris.'}
      </p>
      <datalist id={`${id}-zones`}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
