import { DateOverridesEditor } from './date-overrides-editor';
import { DaysOffEditor } from './days-off-editor';
import { WeeklyHoursEditor } from './weekly-hours-editor';
import type { StepProps } from './wizard-step-props';

export function WizardAvailabilityStep({ draft, errors, onChange }: StepProps) {
  return (
    <div className="stack">
      <WeeklyHoursEditor
        draft={draft}
        errors={errors}
        onChange={(weeklyHours) => onChange({ weeklyHours })}
      />

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
