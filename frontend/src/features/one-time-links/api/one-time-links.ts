import type { ApiClient, Schemas } from '@bookings/api-client';
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type OneTimeLink = Schemas['OneTimeLink'];
export type CreatedOneTimeLink = Schemas['CreatedOneTimeLink'];
export type CreateOneTimeLinkInput = Schemas['CreateOneTimeLinkRequest'];

const PAGE_SIZE = 20;

export const oneTimeLinksQueryKey = (linkId: string) => ['one-time-links', linkId] as const;

export function getOneTimeLinks(api: ApiClient, linkId: string, cursor: string | null) {
  return unwrap(
    api.GET('/bookings/links/{id}/one-time', {
      params: { path: { id: linkId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function getOneTimeLinksQueryOptions(api: ApiClient, linkId: string) {
  return infiniteQueryOptions({
    queryKey: oneTimeLinksQueryKey(linkId),
    queryFn: ({ pageParam }) => getOneTimeLinks(api, linkId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useOneTimeLinks(linkId: string) {
  return useInfiniteQuery(getOneTimeLinksQueryOptions(useApiClient(), linkId));
}

export function createOneTimeLink(
  api: ApiClient,
  linkId: string,
  input: CreateOneTimeLinkInput,
): Promise<CreatedOneTimeLink> {
  return unwrap(api.POST('/bookings/links/{id}/one-time', { params: { path: { id: linkId } }, body: input }));
}

export function revokeOneTimeLink(api: ApiClient, oneTimeLinkId: string): Promise<OneTimeLink> {
  return unwrap(api.POST('/bookings/one-time/{oid}:revoke', { params: { path: { oid: oneTimeLinkId } } }));
}

export function useCreateOneTimeLink(linkId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOneTimeLinkInput) => createOneTimeLink(api, linkId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oneTimeLinksQueryKey(linkId) }),
  });
}

export function useRevokeOneTimeLink(linkId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (oneTimeLinkId: string) => revokeOneTimeLink(api, oneTimeLinkId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: oneTimeLinksQueryKey(linkId) }),
  });
}
