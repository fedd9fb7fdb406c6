import type { ApiClient, Schemas } from '@bookings/api-client';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type Webhook = Schemas['Webhook'];
export type WebhookWithSecret = Schemas['WebhookWithSecret'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type CreateWebhookInput = Schemas['CreateWebhookRequest'];
export type UpdateWebhookInput = Schemas['UpdateWebhookRequest'];

/** An owner subscribes a handful of endpoints; one page of the maximum size holds them all. */
const WEBHOOK_LIMIT = 100;
const DELIVERY_PAGE_SIZE = 20;

export const webhooksQueryKey = ['webhooks'] as const;

export async function getWebhooks(api: ApiClient): Promise<Webhook[]> {
  const page = await unwrap(api.GET('/bookings/webhooks', { params: { query: { limit: WEBHOOK_LIMIT } } }));
  return page.items;
}

export function getWebhooksQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: [...webhooksQueryKey, 'list'] as const,
    queryFn: () => getWebhooks(api),
  });
}

export function useWebhooks() {
  return useQuery(getWebhooksQueryOptions(useApiClient()));
}

export function getWebhook(api: ApiClient, id: string): Promise<Webhook> {
  return unwrap(api.GET('/bookings/webhooks/{id}', { params: { path: { id } } }));
}

export function getWebhookQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: [...webhooksQueryKey, 'one', id] as const,
    queryFn: () => getWebhook(api, id),
  });
}

export function useWebhook(id: string) {
  return useQuery(getWebhookQueryOptions(useApiClient(), id));
}

export function getDeliveriesQueryKey(webhookId: string) {
  return [...webhooksQueryKey, 'deliveries', webhookId] as const;
}

export function getDeliveriesQueryOptions(api: ApiClient, webhookId: string) {
  return infiniteQueryOptions({
    queryKey: getDeliveriesQueryKey(webhookId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/bookings/webhooks/{id}/deliveries', {
          params: {
            path: { id: webhookId },
            query: { limit: DELIVERY_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * The endpoint's delivery log. `pollEveryMs` (a number while the caller waits for an attempt to land, false
 * otherwise) keeps asking while the newest deliveries are still pending.
 */
export function useDeliveries(webhookId: string, pollEveryMs: number | false) {
  return useInfiniteQuery({
    ...getDeliveriesQueryOptions(useApiClient(), webhookId),
    refetchInterval: (query) =>
      pollEveryMs !== false &&
      query.state.data?.pages[0]?.items.some((delivery) => delivery.status === 'pending')
        ? pollEveryMs
        : false,
  });
}

function useWebhookMutation<Variables, Result>(
  run: (api: ApiClient, variables: Variables) => Promise<Result>,
) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => run(api, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey }),
  });
}

/** The answer carries the signing secret: the only time the SPA sees it. */
export function useCreateWebhook() {
  return useWebhookMutation((api, input: CreateWebhookInput) =>
    unwrap(api.POST('/bookings/webhooks', { body: input })),
  );
}

export function useUpdateWebhook() {
  return useWebhookMutation((api, { id, changes }: { id: string; changes: UpdateWebhookInput }) =>
    unwrap(api.PATCH('/bookings/webhooks/{id}', { params: { path: { id } }, body: changes })),
  );
}

export function useDeleteWebhook() {
  return useWebhookMutation(async (api, id: string) => {
    await unwrap(api.DELETE('/bookings/webhooks/{id}', { params: { path: { id } } }));
  });
}

/** The answer carries the new secret, once; the previous one keeps signing alongside it for 24 h. */
export function useRotateWebhookSecret() {
  return useWebhookMutation((api, id: string) =>
    unwrap(api.POST('/bookings/webhooks/{id}:rotate-secret', { params: { path: { id } } })),
  );
}

/** Queues a ping; the answer is its delivery (pending), which the log then follows. */
export function useTestWebhook() {
  return useWebhookMutation((api, id: string) =>
    unwrap(api.POST('/bookings/webhooks/{id}:test', { params: { path: { id } } })),
  );
}

export function useRedeliverWebhook() {
  return useWebhookMutation((api, { id, deliveryId }: { id: string; deliveryId: string }) =>
    unwrap(
      api.POST('/bookings/webhooks/{id}/deliveries/{deliveryId}:redeliver', {
        params: { path: { id, deliveryId } },
      }),
    ),
  );
}
