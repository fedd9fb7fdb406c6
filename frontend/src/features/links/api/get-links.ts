import type { ApiClient, Schemas } from '@bookings/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type Link = Schemas['Link'];
export type LinkPage = Schemas['LinkPage'];

const PAGE_SIZE = 50;

export function getLinks(api: ApiClient, cursor: string | null): Promise<LinkPage> {
  return unwrap(
    api.GET('/bookings/links', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } } }),
  );
}

/** Every link query starts with this key, so one invalidation refreshes lists and single links alike. */
export const linksQueryKey = ['links'] as const;

export function getLinksQueryOptions(api: ApiClient) {
  return infiniteQueryOptions({
    queryKey: [...linksQueryKey, 'list'] as const,
    queryFn: ({ pageParam }) => getLinks(api, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useLinks() {
  return useInfiniteQuery(getLinksQueryOptions(useApiClient()));
}
