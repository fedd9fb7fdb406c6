import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { describeError, isApiError, normalisePath } from '../../../lib/api-error';
import { draftToLinkInput, type FieldErrors, type LinkDraft, type LinkInput } from '../model/link-draft';
import {
  refreshErrors,
  STEP_TITLES,
  stepForPath,
  validateDraft,
  validateStep,
  WIZARD_STEPS,
  type WizardStep,
} from '../model/wizard-steps';
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
  /**
   * An existing link: every step is one click away in the stepper, and "Save" on any step saves the whole link, so a
   * one-field change needs no walk through the other steps.
   */
  isEditing?: boolean;
  /** Saves the link; a rejected ApiError's field errors are shown beside their fields. */
  onSave: (input: LinkInput) => Promise<unknown>;
}

/**
 * One step per screen; Back/Next keep what was typed; Next only moves on when the step is valid. Editing, the steps
 * are links and Save works from any step.
 */
export function LinkWizard({
  initialDraft,
  templates,
  saveLabel,
  isEditing = false,
  onSave,
}: LinkWizardProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [hasMoved, setHasMoved] = useState(false);
  const step = WIZARD_STEPS[stepIndex] ?? 'basics';

  const form = useRef<HTMLFormElement>(null);

  // The owner arrives to type: the first field takes focus (not the link they clicked, which is gone).
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);

  function change(patch: Partial<LinkDraft>) {
    const updated = { ...draft, ...patch };
    setDraft(updated);
    setErrors((shown) => refreshErrors(shown, draft, updated));
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

  /** Every step is checked; the first one with an error opens, its first invalid field focused. */
  async function save() {
    const allErrors = validateDraft(draft);
    const firstInvalid = WIZARD_STEPS.find(
      (candidate) => Object.keys(validateStep(candidate, draft)).length > 0,
    );
    if (firstInvalid) {
      setErrors(allErrors);
      setSaveError(null);
      if (firstInvalid !== step) goTo(firstInvalid);
      focusFirstInvalidField();
      return;
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
        const target = stepForPath(firstPath);
        if (target !== step) goTo(target);
        focusFirstInvalidField();
      } else {
        setSaveError(describeError(error));
      }
    } finally {
      setIsSaving(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step === 'review' || isEditing) void save();
    else next();
  }

  const stepProps = { draft, errors, onChange: change };
  return (
    <form
      ref={form}
      className="wizard stack"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="wizard-step-title"
    >
      <ol className="wizard__steps" aria-label="Steps">
        {WIZARD_STEPS.map((item, index) => {
          const isCurrent = index === stepIndex;
          const label = (
            <>
              <span className="wizard__step-number">{index + 1}</span> {STEP_TITLES[item]}
            </>
          );
          return (
            <li key={item} className="wizard__step" data-current={isCurrent || undefined}>
              {isEditing ? (
                <a
                  href={`#${item}`}
                  className="wizard__step-link"
                  aria-current={isCurrent ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(item);
                  }}
                >
                  {label}
                </a>
              ) : (
                <span aria-current={isCurrent ? 'step' : undefined}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
      <StepHeading key={step} shouldFocus={hasMoved}>
        Step {stepIndex + 1} of {WIZARD_STEPS.length}: {STEP_TITLES[step]}
      </StepHeading>
      {saveError ? <Alert tone="error">{saveError}</Alert> : null}
      <section className="wizard__panel" aria-labelledby="wizard-step-title">
        {step === 'basics' ? <WizardBasicsStep {...stepProps} /> : null}
        {step === 'availability' ? <WizardAvailabilityStep {...stepProps} /> : null}
        {step === 'duration' ? <WizardDurationStep {...stepProps} /> : null}
        {step === 'limits' ? <WizardLimitsStep {...stepProps} /> : null}
        {step === 'template' ? <WizardTemplateStep {...stepProps} templates={templates} /> : null}
        {step === 'review' ? <WizardReviewStep draft={draft} templates={templates} onEdit={goTo} /> : null}
      </section>
      <div className="wizard__actions">
        {stepIndex > 0 ? (
          <Button variant="secondary" onClick={back} disabled={isSaving}>
            Back
          </Button>
        ) : null}
        {isEditing && step !== 'review' ? (
          <Button variant="secondary" onClick={next} disabled={isSaving}>
            Next
          </Button>
        ) : null}
        <Button type="submit" isBusy={isSaving}>
          {step === 'review' || isEditing ? saveLabel : 'Next'}
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
