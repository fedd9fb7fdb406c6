import { useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClassName } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { LoadMore } from '../../../components/ui/load-more';
import { paths } from '../../../config/paths';
import { describeError } from '../../../lib/api-error';
import { type Link, useLinks } from '../api/get-links';
import { useDeleteLink, useDuplicateLink, useToggleLink } from '../api/link-actions';
import { LinkCard } from './link-card';

/** The owner's links, newest first, each with its address and quick actions. */
export function LinksList() {
  const links = useLinks();
  const toggle = useToggleLink();
  const duplicate = useDuplicateLink();
  const remove = useDeleteLink();
  const [pendingDelete, setPendingDelete] = useState<Link | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  if (links.isPending) return <ListSkeleton label="Loading your links…" rowHeight="11rem" />;
  if (links.isError) {
    return (
      <Alert tone="error" title="Your links could not be loaded">
        <p>{describeError(links.error)}</p>
        <Button variant="secondary" onClick={() => links.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }

  function handleToggle(link: Link) {
    setProblem(null);
    setNotice(null);
    toggle.mutate(link.id, {
      onSuccess: (saved) =>
        setNotice(`${saved.title} ${saved.isActive ? 'takes bookings again' : 'no longer takes bookings'}.`),
      onError: (error) =>
        setProblem(
          `${link.title} could not be ${link.isActive ? 'turned off' : 'turned on'}: ${describeError(error)}`,
        ),
    });
  }

  function handleDuplicate(link: Link) {
    setProblem(null);
    setNotice(null);
    duplicate.mutate(link.id, {
      onSuccess: (copy) => setNotice(`Added “${copy.title}”. It starts with the same settings.`),
      onError: (error) => setProblem(`${link.title} could not be duplicated: ${describeError(error)}`),
    });
  }

  function confirmDelete() {
    if (!pendingDelete) return;
    const { title } = pendingDelete;
    remove.mutate(pendingDelete.id, {
      onSuccess: () => {
        setPendingDelete(null);
        setNotice(`Deleted “${title}”. Its bookings stay in your list.`);
        // The dialog hands focus back to its opener, which went with the card: the list takes it instead (the
        // page's title when that was the last link, as the list then hides).
        const wasLast = items.length === 1;
        requestAnimationFrame(() =>
          (wasLast ? document.querySelector<HTMLElement>('#owner-main h1') : list.current)?.focus(),
        );
      },
    });
  }

  const items = links.data.pages.flatMap((page) => page.items);
  return (
    <div className="stack">
      <div aria-live="polite" className="live-slot">
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {items.length === 0 ? (
        <EmptyState
          title="No booking links yet"
          action={
            <RouterLink className={buttonClassName('primary')} to={paths.newLink}>
              Create your first link
            </RouterLink>
          }
        >
          <p>Create a link, share its address, and people book a time with you.</p>
        </EmptyState>
      ) : null}
      <ul
        ref={list}
        tabIndex={-1}
        className="card-list"
        aria-label="Booking links"
        hidden={items.length === 0}
      >
        {items.map((link) => (
          <li key={link.id}>
            <LinkCard
              link={link}
              isDuplicating={duplicate.isPending && duplicate.variables === link.id}
              onToggle={handleToggle}
              onDuplicate={handleDuplicate}
              onDelete={(target) => {
                remove.reset();
                setPendingDelete(target);
              }}
            />
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={links.hasNextPage}
        isLoading={links.isFetchingNextPage}
        onLoad={() => links.fetchNextPage()}
        label="Show more links"
      />
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={`Delete “${pendingDelete?.title ?? ''}”?`}
        confirmLabel="Delete link"
        isBusy={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={confirmDelete}
        onClose={() => setPendingDelete(null)}
      >
        <p>Its address stops working at once. Meetings already booked through it stay in your bookings.</p>
      </ConfirmDialog>
    </div>
  );
}
