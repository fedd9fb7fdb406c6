import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { describeError, isApiError } from '../../../lib/api-error';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/field-errors';
import { validateWebhookDraft, type WebhookDraft } from '../model/webhook-draft';
import { eventLabel, WEBHOOK_EVENT_TYPES } from '../model/webhook-events';

export interface WebhookFormProps {
  /** Names the form for assistive technology ("Add an endpoint", "Endpoint settings"). */
  label: string;
  initial: WebhookDraft;
  submitLabel: string;
  isBusy: boolean;
  /** The last failed save: field errors (422 webhook_url_not_allowed names `url`) go beside their fields. */
  error: unknown;
  onSubmit: (draft: WebhookDraft) => void;
  onCancel?: () => void;
  /** Moves focus to the URL field on mount: the form was opened on purpose. */
  focusOnMount?: boolean;
}

/** The endpoint's address, description and events, for adding one and for changing it. */
export function WebhookForm({
  label,
  initial,
  submitLabel,
  isBusy,
  error,
  onSubmit,
  onCancel,
  focusOnMount = false,
}: WebhookFormProps) {
  const [draft, setDraft] = useState<WebhookDraft>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const eventsErrorId = useId();

  const errors: FieldErrors = { ...fieldErrorsOf(error), ...clientErrors };
  const hasFieldErrors = isApiError(error) && error.fieldErrors.length > 0;

  function change(patch: Partial<WebhookDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateWebhookDraft(draft);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(draft);
  }

  useEffect(() => {
    if (focusOnMount) urlRef.current?.focus();
  }, [focusOnMount]);

  // The server's verdict on the URL arrives after submit: bring the owner to the field it names.
  useEffect(() => {
    if (hasFieldErrors) focusFirstInvalid(formRef.current);
  }, [hasFieldErrors]);

  return (
    <form ref={formRef} className="stack" onSubmit={handleSubmit} noValidate aria-label={label}>
      <TextField
        ref={urlRef}
        label="Endpoint URL"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        required
        placeholder="https://crm.example.com/hooks/bookings"
        hint="Events are POSTed here, signed with the endpoint's secret."
        value={draft.url}
        error={errors.url}
        onChange={(event) => change({ url: event.target.value })}
      />
      <TextareaField
        label="Description"
        hint="Optional: what this endpoint is for."
        rows={2}
        value={draft.description}
        error={errors.description}
        onChange={(event) => change({ description: event.target.value })}
      />
      <fieldset
        className="fieldset"
        data-invalid={errors.events ? 'true' : undefined}
        aria-describedby={errors.events ? eventsErrorId : undefined}
      >
        <legend>Events</legend>
        <label className="option option--block">
          <input
            type="radio"
            name={`${label}-events`}
            checked={draft.allEvents}
            onChange={() => change({ allEvents: true })}
          />
          Every event, including types added later
        </label>
        <label className="option option--block">
          <input
            type="radio"
            name={`${label}-events`}
            checked={!draft.allEvents}
            onChange={() => change({ allEvents: false })}
          />
          Only the events chosen below
        </label>
        {draft.allEvents ? null : (
          <div className="option-grid">
            {WEBHOOK_EVENT_TYPES.map((event) => (
              <label key={event} className="option">
                <input
                  type="checkbox"
                  checked={draft.events.includes(event)}
                  aria-invalid={errors.events ? true : undefined}
                  onChange={(change_) =>
                    change({
                      events: change_.target.checked
                        ? WEBHOOK_EVENT_TYPES.filter((type) => type === event || draft.events.includes(type))
                        : draft.events.filter((type) => type !== event),
                    })
                  }
                />
                {eventLabel(event)} <code className="muted">{event}</code>
              </label>
            ))}
          </div>
        )}
        {errors.events ? (
          <p className="field__error" id={eventsErrorId}>
            {errors.events}
          </p>
        ) : null}
      </fieldset>
      {error && !hasFieldErrors ? <Alert tone="error">{describeError(error)}</Alert> : null}
      <div className="row">
        <Button type="submit" isBusy={isBusy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={isBusy}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** After a refused submit, the first field to fix (an event checkbox stands for the events fieldset). */
function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() =>
    form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus(),
  );
}
