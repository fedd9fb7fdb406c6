import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { describeError, type ProblemCode } from '../../../lib/api-error';
import {
  type CalendarConnection,
  type ProviderAvailability,
  useConnections,
  useDeleteConnection,
  useStartConnection,
} from '../api/connections';
import { ConnectionCard, PROVIDER_NAMES } from './connection-card';

const listing = new Intl.ListFormat('en', { type: 'conjunction' });

/** One sentence for the providers this server has no OAuth client for: what an administrator sets. */
export function describeUnconfigured(unconfigured: ProviderAvailability[]): string {
  const names = listing.format(unconfigured.map((entry) => PROVIDER_NAMES[entry.provider]));
  const settings = listing.format(unconfigured.flatMap((entry) => entry.settings));
  const several = unconfigured.length > 1;
  return `${names} ${several ? 'are' : 'is'} not available on this server: an administrator enables ${several ? 'them' : 'it'} by setting ${settings} in the service’s environment and restarting it.`;
}

/** Why the consent round trip failed, in the owner's words; the callback reports a problem code. */
const OUTCOME_ERRORS: Record<string, string> = {
  oauth_browser_mismatch:
    'The calendar was not connected: the connection was finished in another browser than the one that started it (or this browser lost its cookie). Start again here, in this browser.',
  oauth_state_invalid: 'The calendar was not connected: the connection attempt expired. Please start again.',
  connection_failed:
    'The calendar could not be connected: the provider did not grant access. Please try again.',
} satisfies Partial<Record<ProblemCode, string>>;

function describeOutcomeError(code: string): string {
  return OUTCOME_ERRORS[code] ?? `The calendar could not be connected (${code}). Please try again.`;
}

/** What the provider's consent round trip reported back (`?connected=` or `?error=` on this page). */
export interface ConnectOutcome {
  connected: string | null;
  error: string | null;
}

export function ConnectionsPanel({ outcome }: { outcome: ConnectOutcome }) {
  const connections = useConnections();
  const start = useStartConnection();
  const remove = useDeleteConnection();
  const [pending, setPending] = useState<CalendarConnection | null>(null);

  const connectedName =
    outcome.connected === 'google' || outcome.connected === 'microsoft'
      ? PROVIDER_NAMES[outcome.connected]
      : null;
  const providers = connections.data?.providers ?? [];
  const configured = providers.filter((entry) => entry.configured).map((entry) => entry.provider);
  const unconfigured = providers.filter((entry) => !entry.configured);
  let body = null;
  if (connections.isPending) body = <ListSkeleton label="Loading connections…" rowHeight="14rem" rows={1} />;
  else if (connections.isError) body = <Alert tone="error">{describeError(connections.error)}</Alert>;
  else if (connections.data.items.length === 0)
    body = (
      <EmptyState title="No calendar connected">
        <p>
          {configured.length > 0
            ? `Connect ${configured.map((provider) => PROVIDER_NAMES[provider]).join(' or ')} so busy times block slots and new bookings land in your calendar.`
            : 'This server cannot connect calendars yet.'}
        </p>
      </EmptyState>
    );
  else
    body = (
      <ul className="card-list" aria-label="Connected accounts">
        {connections.data.items.map((connection) => (
          <li key={connection.id}>
            <ConnectionCard
              connection={connection}
              onDisconnect={(target) => {
                remove.reset();
                setPending(target);
              }}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="stack">
      {connectedName ? <Alert tone="success">{connectedName} is connected.</Alert> : null}
      {outcome.error ? <Alert tone="error">{describeOutcomeError(outcome.error)}</Alert> : null}
      {configured.length > 0 ? (
        <div className="row">
          {configured.map((provider) => (
            <Button
              key={provider}
              variant="secondary"
              isBusy={start.isPending && start.variables === provider}
              onClick={() => start.mutate(provider, { onSuccess: (url) => window.location.assign(url) })}
            >
              Connect {PROVIDER_NAMES[provider]}
            </Button>
          ))}
        </div>
      ) : null}
      {unconfigured.length > 0 ? <p className="muted">{describeUnconfigured(unconfigured)}</p> : null}
      {start.isError ? <Alert tone="error">{describeError(start.error)}</Alert> : null}
      {body}
      <ConfirmDialog
        isOpen={pending !== null}
        title={`Disconnect ${pending?.accountEmail ?? ''}?`}
        confirmLabel="Disconnect"
        isBusy={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={() => {
          if (pending) remove.mutate(pending.id, { onSuccess: () => setPending(null) });
        }}
        onClose={() => setPending(null)}
      >
        <p>
          Its busy times stop blocking slots, and new bookings are no longer added to it.{' '}
          {pending?.provider === 'google'
            ? 'Bookings’ access is withdrawn at Google too.'
            : 'Bookings’ access is deleted here; remove it in your Microsoft account’s app permissions to withdraw it there.'}
        </p>
      </ConfirmDialog>
    </div>
  );
}
