import type { ApiClient } from '@bookings/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import type { LinkInput } from '../model/link-draft';
import { type Link, linksQueryKey } from './get-links';

export function createLink(api: ApiClient, input: LinkInput): Promise<Link> {
  return unwrap(api.POST('/bookings/links', { body: input }));
}

export function updateLink(api: ApiClient, id: string, input: LinkInput): Promise<Link> {
  return unwrap(api.PATCH('/bookings/links/{id}', { params: { path: { id } }, body: input }));
}

/** Creates a link (no id) or replaces an existing one's fields; either way every link query refreshes. */
export function useSaveLink(id: string | null) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkInput) => (id ? updateLink(api, id, input) : createLink(api, input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksQueryKey }),
  });
}
