import { useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { describeError } from '../../../lib/api-error';
import {
  useCreateWebhook,
  useDeleteWebhook,
  useUpdateWebhook,
  useWebhooks,
  type Webhook,
  type WebhookWithSecret,
} from '../api/webhooks';
import { emptyWebhookDraft, webhookRequestFromDraft } from '../model/webhook-draft';
import { SecretPanel } from './secret-panel';
import { WebhookCard } from './webhook-card';
import { WebhookForm } from './webhook-form';

/** The owner's endpoints: add one (its secret shown once), switch one on or off, delete one. */
export function WebhooksPanel() {
  const webhooks = useWebhooks();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const [isAdding, setIsAdding] = useState(false);
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Webhook | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  function startAdding() {
    create.reset();
    setCreated(null);
    setNotice(null);
    setIsAdding(true);
  }

  function handleToggle(webhook: Webhook) {
    setProblem(null);
    setNotice(null);
    update.mutate(
      { id: webhook.id, changes: { enabled: !webhook.enabled } },
      {
        onSuccess: (saved) =>
          setNotice(
            saved.enabled ? `${saved.url} receives events again.` : `${saved.url} no longer receives events.`,
          ),
        onError: (error) =>
          setProblem(
            `${webhook.url} could not be ${webhook.enabled ? 'switched off' : 'switched on'}: ${describeError(error)}`,
          ),
      },
    );
  }

  function confirmDelete() {
    if (!pendingDelete) return;
    const { url } = pendingDelete;
    remove.mutate(pendingDelete.id, {
      onSuccess: () => {
        setPendingDelete(null);
        if (created?.url === url) setCreated(null);
        setNotice(`Deleted ${url}. It receives nothing from now on.`);
        // Its card (and the button that opened the dialog) is gone: the list is the next sensible place.
        requestAnimationFrame(() => listHeadingRef.current?.focus());
      },
    });
  }

  let body = null;
  if (webhooks.isPending) body = <ListSkeleton label="Loading endpoints…" rowHeight="9rem" rows={2} />;
  else if (webhooks.isError)
    body = (
      <Alert tone="error" title="Endpoints could not be loaded">
        <p>{describeError(webhooks.error)}</p>
        <Button variant="secondary" onClick={() => webhooks.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  else if (webhooks.data.length === 0)
    body = (
      <EmptyState title="No endpoints yet">
        <p>
          Add the address of a service (a CRM, billing, a chat tool) and it is told the moment a booking is
          made, moved or cancelled, or a link changes.
        </p>
      </EmptyState>
    );
  else
    body = (
      <ul className="card-list" aria-label="Webhook endpoints">
        {webhooks.data.map((webhook) => (
          <li key={webhook.id}>
            <WebhookCard
              webhook={webhook}
              onToggle={handleToggle}
              onDelete={(target) => {
                remove.reset();
                setPendingDelete(target);
              }}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="stack">
      {isAdding ? (
        <section className="card stack" aria-labelledby="add-webhook-title">
          <h2 id="add-webhook-title">Add an endpoint</h2>
          <WebhookForm
            label="Add an endpoint"
            initial={emptyWebhookDraft()}
            submitLabel="Add endpoint"
            isBusy={create.isPending}
            error={create.error}
            focusOnMount
            onSubmit={(draft) =>
              create.mutate(webhookRequestFromDraft(draft), {
                onSuccess: (webhook) => {
                  setIsAdding(false);
                  setCreated(webhook);
                },
              })
            }
            onCancel={() => {
              setIsAdding(false);
              requestAnimationFrame(() => addButtonRef.current?.focus());
            }}
          />
        </section>
      ) : (
        <div className="row">
          <Button ref={addButtonRef} onClick={startAdding}>
            Add endpoint
          </Button>
        </div>
      )}
      {created ? (
        <SecretPanel
          title={`Signing secret for ${created.url}`}
          headingLevel={2}
          secret={created.secret}
          onDone={() => {
            setCreated(null);
            requestAnimationFrame(() => listHeadingRef.current?.focus());
          }}
        />
      ) : null}
      <section className="stack" aria-labelledby="webhooks-list-title">
        <h2 id="webhooks-list-title" ref={listHeadingRef} tabIndex={-1}>
          Endpoints
        </h2>
        <div aria-live="polite" className="live-slot">
          {notice ? <p className="notice">{notice}</p> : null}
        </div>
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {body}
      </section>
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={`Delete ${pendingDelete?.url ?? ''}?`}
        confirmLabel="Delete endpoint"
        isBusy={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={confirmDelete}
        onClose={() => setPendingDelete(null)}
      >
        <p>It stops receiving events at once, and its delivery log is deleted with it.</p>
      </ConfirmDialog>
    </div>
  );
}
