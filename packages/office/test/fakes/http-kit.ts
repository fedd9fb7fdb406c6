import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Server as TlsHttpServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Fault } from './fault-plan';
import { FaultPlan } from './fault-plan';

export interface FakeRequest {
  route: string;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeRoute {
  name: string;
  method: string;
  /** Path with :param segments; a param matches one segment (URL-decoded). */
  path: string;
  /** Unauthenticated routes (token endpoints) skip the bearer check. */
  isPublic?: boolean;
  handle(request: FakeRequest): FakeResponse | Promise<FakeResponse>;
}

export interface RecordedRequest {
  route: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeServerOptions {
  routes: FakeRoute[];
  /** Answers a status fault or a refused token in the provider's own error shape. */
  errorBody(status: number, route: string): unknown;
  isAuthorized?(authorization: string | undefined): boolean;
}

/** The plumbing every provider fake shares: routing, request log, bearer check, fault injection. */
export class FakeHttpService {
  readonly faults = new FaultPlan();
  readonly requests: RecordedRequest[] = [];
  /** Per route, how many requests changed state (answered 2xx by the fake, whether or not the answer got out). */
  private readonly commits = new Map<string, number>();
  private readonly compiled: { route: FakeRoute; pattern: RegExp; keys: string[] }[];

  constructor(private readonly options: FakeServerOptions) {
    this.compiled = options.routes.map((route) => {
      const keys: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          keys.push(segment.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { route, pattern: new RegExp(`^${source}$`), keys };
    });
  }

  requestsTo(route: string): RecordedRequest[] {
    return this.requests.filter((request) => request.route === route);
  }

  /** How many requests to the route the fake carried out: faults and refused tokens do not count. */
  committed(route: string): number {
    return this.commits.get(route) ?? 0;
  }

  /** Forgets recorded requests and commits (the faults are cleared by their own plan). */
  clearLog(): void {
    this.requests.length = 0;
    this.commits.clear();
  }

  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) writeJson(res, { status: 500, body: { error: String(error) } });
    });
  };

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const body = await readBody(req);
    const match = this.match(req.method ?? 'GET', url.pathname);
    if (!match) {
      writeJson(res, { status: 404, body: this.options.errorBody(404, 'unknown') });
      return;
    }
    const { route, params } = match;
    this.requests.push({
      route: route.name,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    });
    const fault = this.faults.take(route.name);
    if (fault && (await this.applyFault(fault, res, route.name))) return;
    if (
      !route.isPublic &&
      this.options.isAuthorized &&
      !this.options.isAuthorized(req.headers.authorization)
    ) {
      writeJson(res, {
        status: 401,
        body: this.options.errorBody(401, route.name),
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
      return;
    }
    const answer = await route.handle({
      route: route.name,
      method: req.method ?? 'GET',
      path: url.pathname,
      params,
      query: url.searchParams,
      headers: req.headers,
      body,
    });
    if (answer.status >= 200 && answer.status < 300) {
      this.commits.set(route.name, this.committed(route.name) + 1);
    }
    if (fault?.kind === 'reset-after-commit') {
      res.socket?.destroy();
      return;
    }
    writeJson(res, answer);
  }

  /** Returns true when the fault answered (or killed) the request. */
  private async applyFault(fault: Fault, res: ServerResponse, route: string): Promise<boolean> {
    switch (fault.kind) {
      case 'status':
        writeJson(res, {
          status: fault.status,
          body: this.options.errorBody(fault.status, route),
          headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : undefined,
        });
        return true;
      case 'reset':
        res.socket?.destroy();
        return true;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return res.socket?.destroyed ?? false;
      case 'reset-after-commit':
        return false;
    }
  }

  private match(method: string, path: string) {
    for (const { route, pattern, keys } of this.compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      keys.forEach((key, index) => {
        params[key] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { route, params };
    }
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function writeJson(res: ServerResponse, answer: FakeResponse): void {
  const hasBody = answer.body !== undefined && answer.status !== 204;
  res.writeHead(answer.status, {
    ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    ...answer.headers,
  });
  res.end(hasBody ? JSON.stringify(answer.body) : undefined);
}

export async function listenOnLoopback(server: Server | TlsHttpServer): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

export async function closeServer(server: Server | TlsHttpServer): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
