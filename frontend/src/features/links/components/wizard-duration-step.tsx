import { formatMinutes } from '@bookings/wording';
import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { NumberField } from '../../../components/ui/number-field';
import { DURATION_PRESETS } from '../model/link-draft';
import type { StepProps } from './wizard-step-props';

export function WizardDurationStep({ draft, errors, onChange }: StepProps) {
  const [custom, setCustom] = useState('');
  const [customError, setCustomError] = useState<string | undefined>();
  const lengths = useRef<HTMLDivElement>(null);
  const offered = [...new Set([...DURATION_PRESETS, ...draft.durations])].sort((a, b) => a - b);

  function toggle(minutes: number, isOn: boolean) {
    const durations = isOn
      ? [...draft.durations, minutes]
      : draft.durations.filter((item) => item !== minutes);
    const defaultDuration =
      draft.defaultDuration !== null && durations.includes(draft.defaultDuration)
        ? draft.defaultDuration
        : (durations[0] ?? null);
    onChange({ durations, defaultDuration });
  }

  function addCustom() {
    const minutes = Number(custom.trim());
    if (!isCustomLength(custom)) {
      setCustomError('Enter a length from 5 to 720 minutes.');
      return;
    }
    setCustomError(undefined);
    setCustom('');
    if (!draft.durations.includes(minutes)) toggle(minutes, true);
    // Focus goes to the added (or already offered) length, so the owner hears it is there and checked.
    requestAnimationFrame(() =>
      lengths.current?.querySelector<HTMLInputElement>(`input[value="${minutes}"]`)?.focus(),
    );
  }

  return (
    <div className="stack">
      <fieldset
        className="fieldset"
        aria-describedby={errors['settings.durations'] ? 'durations-error' : undefined}
      >
        <legend>Meeting lengths offered</legend>
        <div className="option-grid" ref={lengths}>
          {offered.map((minutes) => (
            <label key={minutes} className="option">
              <input
                type="checkbox"
                value={minutes}
                checked={draft.durations.includes(minutes)}
                onChange={(event) => toggle(minutes, event.target.checked)}
              />
              {formatMinutes(minutes)}
            </label>
          ))}
        </div>
        {errors['settings.durations'] ? (
          <p className="field__error" id="durations-error">
            {errors['settings.durations']}
          </p>
        ) : null}
        <div className="row row--end">
          <NumberField
            label="Custom length (minutes)"
            value={custom}
            error={customError}
            onChange={(event) => {
              setCustom(event.target.value);
              if (isCustomLength(event.target.value)) setCustomError(undefined);
            }}
          />
          <Button variant="secondary" onClick={addCustom}>
            Add length
          </Button>
        </div>
      </fieldset>

      {draft.durations.length > 1 ? (
        <fieldset
          className="fieldset"
          aria-describedby={errors['settings.defaultDuration'] ? 'default-duration-error' : undefined}
        >
          <legend>Offered first</legend>
          <div className="option-grid">
            {[...draft.durations]
              .sort((a, b) => a - b)
              .map((minutes) => (
                <label key={minutes} className="option">
                  <input
                    type="radio"
                    name="defaultDuration"
                    checked={draft.defaultDuration === minutes}
                    onChange={() => onChange({ defaultDuration: minutes })}
                  />
                  {formatMinutes(minutes)}
                </label>
              ))}
          </div>
          {errors['settings.defaultDuration'] ? (
            <p className="field__error" id="default-duration-error">
              {errors['settings.defaultDuration']}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      <fieldset className="fieldset">
        <legend>Video call</legend>
        <label className="option option--block">
          <input
            type="checkbox"
            checked={draft.videoCall}
            onChange={(event) => onChange({ videoCall: event.target.checked })}
          />
          Add a video call link to each meeting (Google Meet or Microsoft Teams, from your connected calendar)
        </label>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Buffers</legend>
        <p className="muted">Free time kept around each meeting, so meetings never sit back to back.</p>
        <div className="row">
          <NumberField
            label="Before (minutes)"
            value={draft.bufferBeforeMinutes}
            error={errors['settings.bufferBeforeMinutes']}
            onChange={(event) => onChange({ bufferBeforeMinutes: event.target.value })}
          />
          <NumberField
            label="After (minutes)"
            value={draft.bufferAfterMinutes}
            error={errors['settings.bufferAfterMinutes']}
            onChange={(event) => onChange({ bufferAfterMinutes: event.target.value })}
          />
        </div>
        <NumberField
          label="Start times every (minutes)"
          hint="Leave empty to start slots one meeting length apart."
          value={draft.slotStepMinutes}
          error={errors['settings.slotStepMinutes']}
          onChange={(event) => onChange({ slotStepMinutes: event.target.value })}
        />
      </fieldset>
    </div>
  );
}

function isCustomLength(text: string): boolean {
  const minutes = Number(text.trim());
  return /^\d+$/.test(text.trim()) && minutes >= 5 && minutes <= 720;
}
