import { type FormEvent, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';
import { NumberField } from '../../../components/ui/number-field';
import { TextField } from '../../../components/ui/text-field';
import { describeError, isApiError } from '../../../lib/api-error';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/field-errors';
import { type CreatedOneTimeLink, useCreateOneTimeLink } from '../api/one-time-links';
import { useContactSuggestions } from '../api/search-contacts';
import {
  EMPTY_ONE_TIME_LINK_FORM,
  type OneTimeLinkFormValues,
  toCreateOneTimeLinkInput,
  validateOneTimeLinkForm,
} from '../model/one-time-link-form';
import { SlotPicker } from './slot-picker';

/** A link for one recipient: it offers the link's rules (or only the times picked) until it is booked once or expires. */
export interface OneTimeLinkFormProps {
  linkId: string;
  /** The link's public URL: its free times are read through it. */
  linkUrl: string;
  /** The owner's zone, in which picked times are shown. */
  timeZone: string;
}

export function OneTimeLinkForm({ linkId, linkUrl, timeZone }: OneTimeLinkFormProps) {
  const create = useCreateOneTimeLink(linkId);
  const [values, setValues] = useState<OneTimeLinkFormValues>(EMPTY_ONE_TIME_LINK_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedOneTimeLink | null>(null);
  const suggestionsId = useId();
  const createdRef = useRef<HTMLDivElement>(null);
  const suggestions = useContactSuggestions(values.recipientEmail);

  function change(patch: Partial<OneTimeLinkFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateOneTimeLinkForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.one-time-form [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    create.mutate(toCreateOneTimeLinkInput(values), {
      onSuccess: (link) => {
        setCreated(link);
        setValues(EMPTY_ONE_TIME_LINK_FORM);
        // The new address is what the owner came for: focus lands on it, not on the emptied form.
        requestAnimationFrame(() => createdRef.current?.focus());
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    });
  }

  const hasFieldErrors = isApiError(create.error) && create.error.fieldErrors.length > 0;
  return (
    <section className="card stack" aria-labelledby="one-time-form-title">
      <h2 id="one-time-form-title">New one-time link</h2>
      {created ? (
        <div ref={createdRef} tabIndex={-1}>
          <Alert tone="success" title={`One-time link for ${created.recipientEmail}`}>
            <p>
              Send this address to the recipient. It works for one booking; the list below keeps it to copy
              again.
            </p>
            <div className="link-card__url">
              <a className="link-card__url-text" href={created.url} target="_blank" rel="noreferrer">
                {created.url}
              </a>
              <CopyButton text={created.url} label="Copy the one-time address" />
            </div>
          </Alert>
        </div>
      ) : null}
      <form className="stack one-time-form" onSubmit={handleSubmit} noValidate aria-label="New one-time link">
        <div className="row row--fields">
          <TextField
            label="Recipient email"
            type="email"
            inputMode="email"
            autoComplete="off"
            list={suggestionsId}
            hint="Type 3 letters to pick from your contacts."
            required
            value={values.recipientEmail}
            error={errors.recipientEmail}
            onChange={(event) => {
              const email = event.target.value;
              const contact = suggestions.data?.find((item) => item.email === email);
              const name =
                contact?.name && values.recipientName === '' ? { recipientName: contact.name } : {};
              change({ recipientEmail: email, ...name });
            }}
          />
          <TextField
            label="Recipient name (optional)"
            value={values.recipientName}
            error={errors.recipientName}
            onChange={(event) => change({ recipientName: event.target.value })}
          />
        </div>
        <datalist id={suggestionsId}>
          {(suggestions.data ?? []).map((contact) => (
            <option key={contact.email} value={contact.email}>
              {contact.name ? `${contact.name} (${contact.source})` : contact.source}
            </option>
          ))}
        </datalist>
        <NumberField
          label="Expires after (days)"
          hint="From 1 to 90 days. It also stops working once it is booked."
          value={values.expiresInDays}
          error={errors.expiresInDays}
          onChange={(event) => change({ expiresInDays: event.target.value })}
        />
        <label className="option option--block">
          <input
            type="checkbox"
            checked={values.isPickingSlots}
            onChange={(event) => change({ isPickingSlots: event.target.checked })}
          />
          Offer only times I pick
        </label>
        {values.isPickingSlots ? (
          <SlotPicker
            linkUrl={linkUrl}
            timeZone={timeZone}
            picked={values.pickedSlots}
            error={errors.pickedSlots}
            onChange={(pickedSlots) => change({ pickedSlots })}
          />
        ) : null}
        {create.isError && !hasFieldErrors ? <Alert tone="error">{describeError(create.error)}</Alert> : null}
        <div>
          <Button type="submit" isBusy={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create one-time link'}
          </Button>
        </div>
      </form>
    </section>
  );
}
