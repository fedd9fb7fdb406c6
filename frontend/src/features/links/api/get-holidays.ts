import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type HolidayCountry = Schemas['HolidayCountry'];
export type PublicHoliday = Schemas['PublicHoliday'];

export interface HolidaysQuery {
  country: string;
  /** Empty: the holidays the whole country shares. */
  region: string;
  from: string;
  to: string;
}

const holidaysQueryKey = ['holidays'] as const;

export function getHolidayCountriesQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: [...holidaysQueryKey, 'countries'] as const,
    queryFn: () => unwrap(api.GET('/bookings/holidays/countries', {})),
    // The library's country list changes only with a new release of the service.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHolidayCountries() {
  return useQuery(getHolidayCountriesQueryOptions(useApiClient()));
}

export function getHolidaysQueryOptions(api: ApiClient, query: HolidaysQuery) {
  return queryOptions({
    queryKey: [...holidaysQueryKey, 'list', query] as const,
    queryFn: () =>
      unwrap(
        api.GET('/bookings/holidays', {
          params: {
            query: {
              country: query.country,
              from: query.from,
              to: query.to,
              ...(query.region ? { region: query.region } : {}),
            },
          },
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHolidays(query: HolidaysQuery | null) {
  const api = useApiClient();
  return useQuery({
    ...getHolidaysQueryOptions(api, query ?? { country: '', region: '', from: '', to: '' }),
    enabled: query !== null,
  });
}
