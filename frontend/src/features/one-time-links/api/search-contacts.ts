import type { ApiClient, Schemas } from '@bookings/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type Contact = Schemas['Contact'];

const MIN_QUERY_LENGTH = 3;
const TYPING_PAUSE_MS = 250;

export async function searchContacts(api: ApiClient, query: string): Promise<Contact[]> {
  return (await unwrap(api.GET('/bookings/contacts', { params: { query: { q: query } } }))).items;
}

/** Suggestions for what is being typed: asked once typing pauses, from 3 characters on. */
export function useContactSuggestions(text: string) {
  const api = useApiClient();
  const [query, setQuery] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return useQuery({
    queryKey: ['contacts', query] as const,
    queryFn: () => searchContacts(api, query),
    enabled: query.length >= MIN_QUERY_LENGTH,
    staleTime: 60_000,
  });
}
