import type { ApiClient } from '@bookings/api-client';
import type { QueryClient } from '@tanstack/react-query';

/** What route loaders need, handed to each lazily loaded route module when it is first used. */
export interface RouteContext {
  queryClient: QueryClient;
  api: ApiClient;
}
