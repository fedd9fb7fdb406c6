import { type ApiClient, createApiClient } from '@bookings/api-client';
import { readAccessToken } from '../lib/session';

/** The service's origin inside tests; jsdom's page lives on the same origin. */
export const TEST_ORIGIN = 'http://localhost:3000';

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  /** Whether the browser would store the answer's cookies (and send its own). */
  credentials: RequestCredentials;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
}

export type FakeHandler = (
  request: RecordedRequest,
  params: Record<string, string>,
) => FakeResponse | Promise<FakeResponse>;

/**
 * A stand-in for the service at the HTTP boundary: the SPA's real api-client sends real Requests to it.
 * Routes are `METHOD /path/{param}`; an unmatched request answers 404 problem+json like the service does.
 */
export function createFakeApi(routes: Record<string, FakeHandler>) {
  const requests: RecordedRequest[] = [];
  const compiled = Object.entries(routes).map(([key, handler]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const names: string[] = [];
    const source = pattern
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{(\w+)\}/g, (_all, name: string) => {
        names.push(name);
        return '([^/:]+)';
      });
    return { method, regex: new RegExp(`^${source}$`), names, handler };
  });

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: decodeURIComponent(url.pathname),
      search: url.searchParams,
      headers: request.headers,
      credentials: request.credentials,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    for (const route of compiled) {
      if (route.method !== recorded.method) continue;
      const match = route.regex.exec(recorded.path);
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, match[index + 1] ?? '']));
      const answer = await route.handler(recorded, params);
      return jsonResponse(answer);
    }
    return jsonResponse(problem(404, 'not_found', `No fake route for ${recorded.method} ${recorded.path}`));
  };

  const client: ApiClient = createApiClient({
    baseUrl: TEST_ORIGIN,
    token: readAccessToken,
    fetch: fetchImpl,
  });
  return { client, requests, fetch: fetchImpl };
}

/** A problem+json answer shaped like the service's. */
export function problem(
  status: number,
  code: string,
  detail = code,
  errors?: { path: string; message: string }[],
): FakeResponse {
  return {
    status,
    body: {
      type: `urn:bookings:problem:${code}`,
      title: code,
      status,
      detail,
      code,
      requestId: 'req-test',
      ...(errors ? { errors } : {}),
    },
  };
}

function jsonResponse({ status, body }: FakeResponse): Response {
  if (body === undefined || status === 204) return new Response(null, { status });
  const isProblem = status >= 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': isProblem ? 'application/problem+json' : 'application/json' },
  });
}
