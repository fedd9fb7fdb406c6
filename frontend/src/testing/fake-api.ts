import { type ApiClient, createApiClient, type Problem, type paths } from '@bookings/api-client';
import type { ProblemCode } from '../lib/api-error';
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

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** Every operation of the contract as `METHOD /path/{param}`: a fake route the contract lacks fails the typecheck. */
export type FakeRoute = {
  [P in keyof paths]: {
    [M in Method]: paths[P][M] extends undefined ? never : `${Uppercase<M>} ${P & string}`;
  }[Method];
}[keyof paths];

type ResponsesOf<R extends FakeRoute> = R extends `${infer M} ${infer P}`
  ? P extends keyof paths
    ? Lowercase<M> extends Method
      ? NonNullable<paths[P][Lowercase<M>]> extends { responses: infer Responses }
        ? Responses
        : never
      : never
    : never
  : never;

/** One documented answer: its status with the body the contract gives that status. */
type DocumentedAnswer<Status, Response> = Response extends { content: infer Content }
  ? Content extends { 'application/json': infer Body }
    ? { status: Status; body: Body }
    : Content extends { 'application/problem+json': infer Body }
      ? { status: Status; body: Body }
      : { status: Status; body?: unknown }
  : { status: Status; body?: undefined };

/** A problem+json answer, with a code of the contract's enum (any 4xx/5xx: a fake may refuse as the service might). */
export interface ProblemResponse {
  status: number;
  body: Problem;
}

/**
 * What a fake route answers: one of the statuses the contract documents for that operation, with the body typed
 * from the generated schema, or a problem. A change to the contract breaks the fake at typecheck.
 */
export type FakeResponse<R extends FakeRoute = FakeRoute> =
  | {
      [Status in keyof ResponsesOf<R>]: DocumentedAnswer<Status, ResponsesOf<R>[Status]>;
    }[keyof ResponsesOf<R>]
  | ProblemResponse;

export type FakeHandler<R extends FakeRoute = FakeRoute> = (
  request: RecordedRequest,
  params: Record<string, string>,
) => FakeResponse<R> | Promise<FakeResponse<R>>;

/** Fake routes by operation, each answering what its operation documents. */
export type FakeRoutes = { [R in FakeRoute]?: FakeHandler<R> };

/**
 * A stand-in for the service at the HTTP boundary: the SPA's real api-client sends real Requests to it.
 * Routes are `METHOD /path/{param}`; an unmatched request answers 404 problem+json like the service does.
 */
export function createFakeApi(routes: FakeRoutes) {
  const requests: RecordedRequest[] = [];
  const compiled = (Object.entries(routes) as [FakeRoute, FakeHandler][]).map(([key, handler]) => {
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
      return jsonResponse(answer as { status: number; body?: unknown });
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
  code: ProblemCode,
  detail: string = code,
  errors?: { path: string; message: string }[],
): ProblemResponse {
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

function jsonResponse({ status, body }: { status: number; body?: unknown }): Response {
  if (body === undefined || status === 204) return new Response(null, { status });
  const isProblem = status >= 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': isProblem ? 'application/problem+json' : 'application/json' },
  });
}
