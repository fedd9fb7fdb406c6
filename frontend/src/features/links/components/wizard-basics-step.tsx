import { useId } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { listTimeZones } from '../../../lib/time-zones';
import type { StepProps } from './wizard-step-props';

export function WizardBasicsStep({ draft, errors, onChange }: StepProps) {
  const zonesId = useId();
  const descriptionId = useId();
  return (
    <div className="stack">
      <TextField
        label="Title"
        name="title"
        required
        maxLength={200}
        value={draft.title}
        error={errors.title}
        hint="People see this on the booking page."
        onChange={(event) => onChange({ title: event.target.value })}
      />
      <div className="field">
        <label className="field__label" htmlFor={descriptionId}>
          Description
        </label>
        <textarea
          id={descriptionId}
          className="field__textarea"
          name="description"
          value={draft.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${descriptionId}-error` : undefined}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        {errors.description ? (
          <p className="field__error" id={`${descriptionId}-error`}>
            {errors.description}
          </p>
        ) : null}
      </div>
      <TextField
        label="Time zone"
        name="timeZone"
        required
        list={zonesId}
        autoComplete="off"
        value={draft.timeZone}
        error={errors['settings.timeZone']}
        hint="Business hours and days off are read in this zone."
        onChange={(event) => onChange({ timeZone: event.target.value })}
      />
      <datalist id={zonesId}>
        {listTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
