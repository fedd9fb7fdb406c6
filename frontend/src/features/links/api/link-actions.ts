import type { ApiClient } from '@bookings/api-client';
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { getLinksQueryOptions, type Link, type LinkPage, linksQueryKey } from './get-links';

export function toggleLink(api: ApiClient, id: string): Promise<Link> {
  return unwrap(api.POST('/bookings/links/{id}:toggle', { params: { path: { id } } }));
}

export function duplicateLink(api: ApiClient, id: string): Promise<Link> {
  return unwrap(api.POST('/bookings/links/{id}:duplicate', { params: { path: { id } } }));
}

export async function deleteLink(api: ApiClient, id: string): Promise<void> {
  await unwrap(api.DELETE('/bookings/links/{id}', { params: { path: { id } } }));
}

type LinksData = InfiniteData<LinkPage, string | null>;

/** Flips the switch in the list at once; the server's answer (or a rollback on failure) follows. */
export function useToggleLink() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const listKey = getLinksQueryOptions(api).queryKey;
  return useMutation({
    mutationFn: (id: string) => toggleLink(api, id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<LinksData>(listKey);
      queryClient.setQueryData<LinksData>(listKey, (data) =>
        mapLinks(data, (link) => (link.id === id ? { ...link, isActive: !link.isActive } : link)),
      );
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(listKey, context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<LinksData>(listKey, (data) =>
        mapLinks(data, (link) => (link.id === saved.id ? saved : link)),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: linksQueryKey }),
  });
}

export function useDuplicateLink() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => duplicateLink(api, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksQueryKey }),
  });
}

export function useDeleteLink() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteLink(api, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksQueryKey }),
  });
}

function mapLinks(data: LinksData | undefined, update: (link: Link) => Link): LinksData | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(update) })) };
}
