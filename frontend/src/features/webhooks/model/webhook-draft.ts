import type { FieldErrors } from '../../../lib/field-errors';
import type { CreateWebhookInput, Webhook } from '../api/webhooks';
import type { WebhookEventType } from './webhook-events';

/** The endpoint form's state: `allEvents` stands for the API's `events: null` (also types added later). */
export interface WebhookDraft {
  url: string;
  description: string;
  allEvents: boolean;
  events: WebhookEventType[];
}

const DESCRIPTION_MAX = 500;

export function emptyWebhookDraft(): WebhookDraft {
  return { url: '', description: '', allEvents: true, events: [] };
}

export function draftFromWebhook(webhook: Webhook): WebhookDraft {
  return {
    url: webhook.url,
    description: webhook.description,
    allEvents: webhook.events === null,
    events: webhook.events ?? [],
  };
}

/** What the browser can tell before asking the service; the service still decides which hosts are allowed. */
export function validateWebhookDraft(draft: WebhookDraft): FieldErrors {
  const errors: FieldErrors = {};
  const url = draft.url.trim();
  if (url === '') errors.url = 'Enter the address that receives the events.';
  else if (!isHttpUrl(url)) errors.url = 'Enter a full http:// or https:// address.';
  if (!draft.allEvents && draft.events.length === 0) errors.events = 'Choose at least one event.';
  if (draft.description.length > DESCRIPTION_MAX)
    errors.description = `Keep the description under ${DESCRIPTION_MAX} characters.`;
  return errors;
}

export function webhookRequestFromDraft(draft: WebhookDraft): Required<Omit<CreateWebhookInput, 'enabled'>> {
  return {
    url: draft.url.trim(),
    description: draft.description.trim(),
    events: draft.allEvents ? null : draft.events,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
