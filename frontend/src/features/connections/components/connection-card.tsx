import { useEffect, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/skeleton';
import { StatusBadge } from '../../../components/ui/status-badge';
import { describeError } from '../../../lib/api-error';
import {
  type CalendarConnection,
  useConnectionCalendars,
  useStartConnection,
  useUpdateConnection,
} from '../api/connections';

export const PROVIDER_NAMES = { google: 'Google', microsoft: 'Microsoft' } as const;

export interface ConnectionCardProps {
  connection: CalendarConnection;
  onDisconnect: (connection: CalendarConnection) => void;
}

/** One account: its status, which calendars count as busy, and whether new bookings land in it. */
export function ConnectionCard({ connection, onDisconnect }: ConnectionCardProps) {
  const calendars = useConnectionCalendars(connection.id);
  const update = useUpdateConnection(connection.id);
  const reconnect = useStartConnection();
  const [busyIds, setBusyIds] = useState<string[]>(connection.busyCalendarIds);
  const [receivesEvents, setReceivesEvents] = useState(connection.receivesEvents);
  const [eventCalendarId, setEventCalendarId] = useState(connection.eventCalendarId);
  const [saved, setSaved] = useState(false);
  const titleId = `connection-${connection.id}`;
  const provider = PROVIDER_NAMES[connection.provider];

  useEffect(() => {
    setBusyIds(connection.busyCalendarIds);
    setReceivesEvents(connection.receivesEvents);
    setEventCalendarId(connection.eventCalendarId);
  }, [connection]);

  function save() {
    setSaved(false);
    update.mutate(
      { busyCalendarIds: busyIds, receivesEvents, ...(eventCalendarId ? { eventCalendarId } : {}) },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <article className="card stack" aria-labelledby={titleId}>
      <div className="link-card__head">
        <h2 id={titleId} className="link-card__title">
          {provider}: {connection.accountEmail}
        </h2>
        <StatusBadge tone={connection.status === 'active' ? 'success' : 'warning'}>
          {connection.status === 'active' ? 'Connected' : 'Needs reconnecting'}
        </StatusBadge>
      </div>
      {connection.status === 'needs_reconnect' ? (
        <Alert tone="error" title={`${provider} stopped accepting our access`}>
          <p>
            {connection.statusReason ??
              'Connect the account again so busy times and new bookings keep flowing.'}
          </p>
          <Button
            variant="secondary"
            isBusy={reconnect.isPending}
            onClick={() =>
              reconnect.mutate(connection.provider, { onSuccess: (url) => window.location.assign(url) })
            }
          >
            Reconnect {provider}
          </Button>
          {reconnect.isError ? <p className="field__error">{describeError(reconnect.error)}</p> : null}
        </Alert>
      ) : null}
      {calendars.isPending ? (
        <Skeleton height="6rem" />
      ) : calendars.isError ? (
        <Alert tone="error">{describeError(calendars.error)}</Alert>
      ) : (
        <>
          <fieldset className="fieldset">
            <legend>Calendars that block times</legend>
            {calendars.data.map((calendar) => (
              <label key={calendar.id} className="option option--block">
                <input
                  type="checkbox"
                  checked={busyIds.includes(calendar.id)}
                  onChange={(event) =>
                    setBusyIds(
                      event.target.checked
                        ? [...busyIds, calendar.id]
                        : busyIds.filter((id) => id !== calendar.id),
                    )
                  }
                />
                {calendar.name}
                {calendar.primary ? <span className="muted"> (primary)</span> : null}
              </label>
            ))}
          </fieldset>
          <fieldset className="fieldset">
            <legend>New bookings</legend>
            <label className="option option--block">
              <input
                type="checkbox"
                checked={receivesEvents}
                onChange={(event) => setReceivesEvents(event.target.checked)}
              />
              Add new bookings to this account
            </label>
            {receivesEvents
              ? calendars.data
                  .filter((calendar) => calendar.canWrite)
                  .map((calendar) => (
                    <label key={calendar.id} className="option option--block">
                      <input
                        type="radio"
                        name={`event-calendar-${connection.id}`}
                        checked={
                          (eventCalendarId ?? calendars.data.find((item) => item.primary)?.id) === calendar.id
                        }
                        onChange={() => setEventCalendarId(calendar.id)}
                      />
                      Into {calendar.name}
                    </label>
                  ))
              : null}
          </fieldset>
        </>
      )}
      {update.isError ? <Alert tone="error">{describeError(update.error)}</Alert> : null}
      <div className="row">
        <Button onClick={save} isBusy={update.isPending} disabled={!calendars.data}>
          Save choices
        </Button>
        <Button variant="danger" onClick={() => onDisconnect(connection)}>
          Disconnect
        </Button>
        <span aria-live="polite" className="notice">
          {saved ? 'Saved' : null}
        </span>
      </div>
    </article>
  );
}
