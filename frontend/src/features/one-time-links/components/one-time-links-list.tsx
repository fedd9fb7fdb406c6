import { type ReactNode, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../components/ui/copy-button';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { LoadMore } from '../../../components/ui/load-more';
import { type BadgeTone, StatusBadge } from '../../../components/ui/status-badge';
import { describeError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format-time';
import { type OneTimeLink, useOneTimeLinks, useRevokeOneTimeLink } from '../api/one-time-links';

const STATUS: Record<OneTimeLink['status'], { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'success' },
  booked: { label: 'Booked', tone: 'info' },
  expired: { label: 'Expired', tone: 'neutral' },
  revoked: { label: 'Revoked', tone: 'danger' },
};

export function OneTimeLinksList({ linkId, timeZone }: { linkId: string; timeZone: string }) {
  const links = useOneTimeLinks(linkId);
  const revoke = useRevokeOneTimeLink(linkId);
  const [pending, setPending] = useState<OneTimeLink | null>(null);

  let body: ReactNode;
  if (links.isPending) body = <ListSkeleton label="Loading one-time links…" rowHeight="4.5rem" />;
  else if (links.isError) body = <Alert tone="error">{describeError(links.error)}</Alert>;
  else {
    const items = links.data.pages.flatMap((page) => page.items);
    body =
      items.length === 0 ? (
        <p className="muted">No one-time links yet.</p>
      ) : (
        <>
          <ul className="row-list" aria-label="One-time links">
            {items.map((item) => (
              <li key={item.id} className="row-list__item">
                <div>
                  <p className="row-list__title">
                    {item.recipientName ? `${item.recipientName} · ` : ''}
                    {item.recipientEmail}
                  </p>
                  <p className="muted">
                    {item.status === 'active' ? 'Expires' : 'Expiry'}{' '}
                    {formatDateTime(item.expiresAt, timeZone)}
                  </p>
                  {item.status === 'active' ? <OneTimeUrl item={item} /> : null}
                </div>
                <div className="row">
                  <StatusBadge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</StatusBadge>
                  {item.status === 'active' ? (
                    <Button
                      variant="danger"
                      onClick={() => {
                        revoke.reset();
                        setPending(item);
                      }}
                      aria-label={`Revoke the link for ${item.recipientEmail}`}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <LoadMore
            hasMore={links.hasNextPage}
            isLoading={links.isFetchingNextPage}
            onLoad={() => links.fetchNextPage()}
          />
        </>
      );
  }

  return (
    <section className="stack" aria-labelledby="one-time-list-title">
      <h2 id="one-time-list-title">Sent one-time links</h2>
      {body}
      <ConfirmDialog
        isOpen={pending !== null}
        title="Revoke this one-time link?"
        confirmLabel="Revoke"
        isBusy={revoke.isPending}
        error={revoke.isError ? describeError(revoke.error) : null}
        onConfirm={() => {
          if (pending) revoke.mutate(pending.id, { onSuccess: () => setPending(null) });
        }}
        onClose={() => setPending(null)}
      >
        <p>{pending?.recipientEmail} can no longer book with it.</p>
      </ConfirmDialog>
    </section>
  );
}

/** The address to send again; links created before addresses were kept only have a hash of it. */
function OneTimeUrl({ item }: { item: OneTimeLink }) {
  if (!item.url)
    return (
      <p className="muted">
        Created before one-time addresses were kept, so its address cannot be shown again. It still works; to
        send a new one, revoke it and create another.
      </p>
    );
  return (
    <div className="link-card__url">
      <a className="link-card__url-text" href={item.url} target="_blank" rel="noreferrer">
        {item.url}
      </a>
      <CopyButton text={item.url} label={`Copy the address for ${item.recipientEmail}`} />
    </div>
  );
}
