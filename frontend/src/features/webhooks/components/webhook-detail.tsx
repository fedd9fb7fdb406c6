import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { StatusBadge } from '../../../components/ui/status-badge';
import { describeError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format-time';
import {
  useRotateWebhookSecret,
  useUpdateWebhook,
  type Webhook,
  type WebhookWithSecret,
} from '../api/webhooks';
import { webhookState } from '../model/describe-delivery';
import { draftFromWebhook, webhookRequestFromDraft } from '../model/webhook-draft';
import { DeliveriesSection } from './deliveries-section';
import { SecretPanel } from './secret-panel';
import { WebhookForm } from './webhook-form';

/** One endpoint: change it, switch it on or off, rotate its secret, test it and read its delivery log. */
export function WebhookDetail({ webhook, timeZone }: { webhook: Webhook; timeZone: string }) {
  const update = useUpdateWebhook();
  const toggle = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const [saved, setSaved] = useState(false);
  const [isConfirmingRotate, setIsConfirmingRotate] = useState(false);
  const [rotated, setRotated] = useState<WebhookWithSecret | null>(null);
  const state = webhookState(webhook);

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="webhook-settings-title">
        <div className="link-card__head">
          <h2 id="webhook-settings-title">Settings</h2>
          <StatusBadge tone={state.tone}>{state.label}</StatusBadge>
        </div>
        {state.reason ? <Alert tone="info">{state.reason} Switch it on again once it answers.</Alert> : null}
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={webhook.enabled}
            aria-checked={webhook.enabled}
            onChange={() => toggle.mutate({ id: webhook.id, changes: { enabled: !webhook.enabled } })}
          />
          Receives events
        </label>
        {toggle.isError ? <Alert tone="error">{describeError(toggle.error)}</Alert> : null}
        <WebhookForm
          // A fresh form when another endpoint is shown.
          key={webhook.id}
          label="Endpoint settings"
          initial={draftFromWebhook(webhook)}
          submitLabel="Save changes"
          isBusy={update.isPending}
          error={update.error}
          onSubmit={(draft) => {
            setSaved(false);
            update.mutate(
              { id: webhook.id, changes: webhookRequestFromDraft(draft) },
              { onSuccess: () => setSaved(true) },
            );
          }}
        />
        <div aria-live="polite" className="live-slot">
          {saved ? <p className="notice">Saved</p> : null}
        </div>
      </section>

      <section className="card stack" aria-labelledby="webhook-secret-title">
        <h2 id="webhook-secret-title">Signing secret</h2>
        <p className="muted">
          Every request carries <code>webhook-id</code>, <code>webhook-timestamp</code> and{' '}
          <code>webhook-signature</code> headers. Rotate the secret if it may have leaked: the previous one
          keeps signing beside the new one for 24 hours, so the receiver can switch over.
        </p>
        {webhook.previousSecretExpiresAt ? (
          <p className="muted">
            The previous secret signs too until {formatDateTime(webhook.previousSecretExpiresAt, timeZone)}.
          </p>
        ) : null}
        <div className="row">
          <Button
            variant="secondary"
            onClick={() => {
              rotate.reset();
              setIsConfirmingRotate(true);
            }}
          >
            Rotate secret
          </Button>
        </div>
        {rotated ? (
          <SecretPanel
            title="New signing secret"
            headingLevel={3}
            secret={rotated.secret}
            note={
              rotated.previousSecretExpiresAt
                ? `The previous secret keeps signing until ${formatDateTime(rotated.previousSecretExpiresAt, timeZone)}.`
                : undefined
            }
            onDone={() => setRotated(null)}
          />
        ) : null}
      </section>

      <DeliveriesSection webhook={webhook} timeZone={timeZone} />

      <ConfirmDialog
        isOpen={isConfirmingRotate}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        isBusy={rotate.isPending}
        error={rotate.isError ? describeError(rotate.error) : null}
        onConfirm={() =>
          rotate.mutate(webhook.id, {
            onSuccess: (answer) => {
              setIsConfirmingRotate(false);
              setRotated(answer);
            },
          })
        }
        onClose={() => setIsConfirmingRotate(false)}
      >
        <p>
          A new secret is made and shown once. For 24 hours requests are signed with both, then only with the
          new one.
        </p>
      </ConfirmDialog>
    </div>
  );
}
