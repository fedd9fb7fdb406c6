import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { describeError, isApiError, normalisePath } from '../../../lib/api-error';
import { draftToLinkInput, type FieldErrors, type LinkDraft, type LinkInput } from '../model/link-draft';
import { STEP_TITLES, stepForPath, validateStep, WIZARD_STEPS, type WizardStep } from '../model/wizard-steps';
import { WizardAvailabilityStep } from './wizard-availability-step';
import { WizardBasicsStep } from './wizard-basics-step';
import { WizardDurationStep } from './wizard-duration-step';
import { WizardLimitsStep } from './wizard-limits-step';
import { WizardReviewStep } from './wizard-review-step';
import { type TemplateChoice, WizardTemplateStep } from './wizard-template-step';

export interface LinkWizardProps {
  initialDraft: LinkDraft;
  templates: TemplateChoice[];
  saveLabel: string;
  /** Saves the link; a rejected ApiError's field errors are shown beside their fields. */
  onSave: (input: LinkInput) => Promise<unknown>;
}

/** One step per screen; Back/Next keep what was typed; Next only moves on when the step is valid. */
export function LinkWizard({ initialDraft, templates, saveLabel, onSave }: LinkWizardProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [hasMoved, setHasMoved] = useState(false);
  const step = WIZARD_STEPS[stepIndex] ?? 'basics';

  function change(patch: Partial<LinkDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  function goTo(target: WizardStep) {
    setHasMoved(true);
    setStepIndex(WIZARD_STEPS.indexOf(target));
  }

  function next() {
    const stepErrors = validateStep(step, draft);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) {
      focusFirstInvalidField();
      return;
    }
    setHasMoved(true);
    setStepIndex((index) => Math.min(index + 1, WIZARD_STEPS.length - 1));
  }

  function back() {
    setErrors({});
    setHasMoved(true);
    setStepIndex((index) => Math.max(index - 1, 0));
  }

  async function save() {
    for (const candidate of WIZARD_STEPS) {
      const stepErrors = validateStep(candidate, draft);
      if (Object.keys(stepErrors).length > 0) {
        setErrors(stepErrors);
        goTo(candidate);
        return;
      }
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      await onSave(draftToLinkInput(draft));
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const serverErrors: FieldErrors = {};
        for (const fieldError of error.fieldErrors)
          serverErrors[normalisePath(fieldError.path)] = fieldError.message;
        setErrors(serverErrors);
        const firstPath = Object.keys(serverErrors)[0] ?? '';
        setSaveError('The server did not accept some fields. They are marked below.');
        goTo(stepForPath(firstPath));
      } else {
        setSaveError(describeError(error));
      }
    } finally {
      setIsSaving(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step === 'review') void save();
    else next();
  }

  const stepProps = { draft, errors, onChange: change };
  return (
    <form className="wizard stack" onSubmit={handleSubmit} noValidate aria-labelledby="wizard-step-title">
      <ol className="wizard__steps" aria-label="Steps">
        {WIZARD_STEPS.map((item, index) => (
          <li key={item} aria-current={index === stepIndex ? 'step' : undefined} className="wizard__step">
            <span className="wizard__step-number">{index + 1}</span> {STEP_TITLES[item]}
          </li>
        ))}
      </ol>
      <StepHeading key={step} shouldFocus={hasMoved}>
        Step {stepIndex + 1} of {WIZARD_STEPS.length}: {STEP_TITLES[step]}
      </StepHeading>
      {saveError ? <Alert tone="error">{saveError}</Alert> : null}
      {step === 'basics' ? <WizardBasicsStep {...stepProps} /> : null}
      {step === 'availability' ? <WizardAvailabilityStep {...stepProps} /> : null}
      {step === 'duration' ? <WizardDurationStep {...stepProps} /> : null}
      {step === 'limits' ? <WizardLimitsStep {...stepProps} /> : null}
      {step === 'template' ? <WizardTemplateStep {...stepProps} templates={templates} /> : null}
      {step === 'review' ? <WizardReviewStep draft={draft} templates={templates} /> : null}
      <div className="wizard__actions">
        {stepIndex > 0 ? (
          <Button variant="secondary" onClick={back} disabled={isSaving}>
            Back
          </Button>
        ) : null}
        <Button type="submit" isBusy={isSaving}>
          {step === 'review' ? saveLabel : 'Next'}
        </Button>
      </div>
    </form>
  );
}

// After a failed Next, the first field marked invalid gets focus so the message is read out.
function focusFirstInvalidField() {
  requestAnimationFrame(() => {
    const invalid = document.querySelector<HTMLElement>('.wizard [aria-invalid="true"]');
    invalid?.focus();
  });
}

/** Each step's heading takes focus when the step opens (not on first load), so the change is announced. */
function StepHeading({ shouldFocus, children }: { shouldFocus: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldFocus) ref.current?.focus();
  }, [shouldFocus]);
  return (
    <h2 id="wizard-step-title" ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
