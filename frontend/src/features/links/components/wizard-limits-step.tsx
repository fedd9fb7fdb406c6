import { NumberField } from '../../../components/ui/number-field';
import type { StepProps } from './wizard-step-props';

export function WizardLimitsStep({ draft, errors, onChange }: StepProps) {
  return (
    <div className="stack">
      <fieldset className="fieldset">
        <legend>How many meetings</legend>
        <div className="row">
          <NumberField
            label="At most per day"
            hint="Empty: no cap."
            value={draft.maxPerDay}
            error={errors['settings.maxPerDay']}
            onChange={(event) => onChange({ maxPerDay: event.target.value })}
          />
          <NumberField
            label="At most per week"
            hint="Empty: no cap."
            value={draft.maxPerWeek}
            error={errors['settings.maxPerWeek']}
            onChange={(event) => onChange({ maxPerWeek: event.target.value })}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>When people can book</legend>
        <NumberField
          label="Minimum notice (minutes)"
          hint="No slot starts sooner than this after the moment of booking. 240 = 4 hours."
          value={draft.minNoticeMinutes}
          error={errors['settings.minNoticeMinutes']}
          onChange={(event) => onChange({ minNoticeMinutes: event.target.value })}
        />
        <div className="row">
          <NumberField
            label="Earliest day (days from today)"
            value={draft.minAdvanceDays}
            error={errors['settings.minAdvanceDays']}
            onChange={(event) => onChange({ minAdvanceDays: event.target.value })}
          />
          <NumberField
            label="Furthest day (days from today)"
            value={draft.maxAdvanceDays}
            error={errors['settings.maxAdvanceDays']}
            onChange={(event) => onChange({ maxAdvanceDays: event.target.value })}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Changes by the people who book</legend>
        <NumberField
          label="They can cancel or reschedule until (minutes before)"
          hint="Closer to the meeting, their page asks them to contact you. You can always change it. 1440 = a day."
          value={draft.minChangeNoticeMinutes}
          error={errors.minChangeNoticeMinutes}
          onChange={(event) => onChange({ minChangeNoticeMinutes: event.target.value })}
        />
      </fieldset>
    </div>
  );
}
