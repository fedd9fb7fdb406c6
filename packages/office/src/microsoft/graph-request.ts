import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';

/** Graph answers collections in pages linked by @odata.nextLink (an absolute URL). */
export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/** Builds a query string with every value percent-encoded: the Graph client passes values through raw. */
export function withQuery(path: string, params: Record<string, string | number>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

export function calendarPath(calendarId: string): string {
  return calendarId === 'primary' ? '/me/calendar' : `/me/calendars/${encodeURIComponent(calendarId)}`;
}

export type GraphRequestFactory = (pathOrUrl: string) => GraphRequest;

export function createGraphRequestFactory(client: Client, timeoutMs: number): GraphRequestFactory {
  return (pathOrUrl) =>
    client
      .api(pathOrUrl)
      // Instants come back in UTC so offset-less dateTimes can be read without guessing a zone.
      .header('Prefer', 'outlook.timezone="UTC"')
      .option('signal', AbortSignal.timeout(timeoutMs));
}
