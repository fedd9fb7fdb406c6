import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, isDomainError } from '../../domain/shared/domain-error';
import { type ProblemCode, problemType, statusByCode, titleFor } from '../errors';
import { patternMessages } from '../schemas/common';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  requestId: string;
  errors?: FieldError[];
}

/** Framework errors a client can cause, by Fastify code, with the stable code we answer. */
const clientErrorCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
};

const codeByStatus: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

const UNREACHABLE_DATABASE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, problem.detail);
    return sendProblem(reply, problem);
  });

  // Every route's path as a pattern, so a request with a method the path does not have is a 405 with `Allow`.
  const routes: { method: string; path: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, path: pathPattern(route.url ?? route.path) });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = [
      ...new Set(routes.filter((route) => route.path.test(path)).map((route) => route.method)),
    ];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.sort().join(', '));
      return sendProblem(reply, {
        type: problemType('method_not_allowed'),
        title: titleFor(405),
        status: 405,
        detail: `${path} does not take ${request.method}; it takes ${allowed.sort().join(', ')}.`,
        code: 'method_not_allowed',
        requestId: request.id,
      });
    }
    return sendProblem(reply, {
      type: problemType('not_found'),
      title: titleFor(404),
      status: 404,
      detail: `No route for ${request.method} ${path}`,
      code: 'not_found',
      requestId: request.id,
    });
  });
});

/** A Fastify route path (`/links/:id(^[^:]+)::duplicate`, `/assets/*`) as a regular expression. */
function pathPattern(url: string): RegExp {
  let pattern = '';
  for (let i = 0; i < url.length; i++) {
    const char = url[i] ?? '';
    if (char === ':' && url[i + 1] === ':') {
      pattern += ':';
      i++;
    } else if (char === ':') {
      // A parameter: its name, then maybe a (regex) we need not repeat: any text up to the next slash.
      while (i + 1 < url.length && /[\w-]/.test(url[i + 1] ?? '')) i++;
      if (url[i + 1] === '(') {
        let depth = 0;
        do {
          i++;
          if (url[i] === '(') depth++;
          if (url[i] === ')') depth--;
        } while (i < url.length && depth > 0);
      }
      pattern += '[^/]+?';
    } else if (char === '*') {
      pattern += '.*';
    } else {
      pattern += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${pattern}/?$`);
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  const base = { requestId: request.id };
  if (isDomainError(error)) {
    const status = statusByCode[error.code];
    return {
      ...base,
      type: problemType(error.code),
      title: titleFor(status),
      status,
      detail: error.message,
      code: error.code,
      ...(error.errors ? { errors: error.errors } : {}),
    };
  }
  if (error.validation) {
    const errors = error.validation.map((issue) => toFieldError(issue, error.validationContext));
    return {
      ...base,
      type: problemType('validation_failed'),
      title: titleFor(400),
      status: 400,
      detail: `The request is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      code: 'validation_failed',
      errors,
    };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = clientErrorCodes[error.code] ?? codeByStatus[status] ?? 'bad_request';
    return { ...base, type: problemType(code), title: titleFor(status), status, detail: error.message, code };
  }
  if (isDatabaseUnreachable(error)) {
    return {
      ...base,
      type: problemType('database_unavailable'),
      title: titleFor(503),
      status: 503,
      detail: 'The database cannot be reached. Please try again shortly.',
      code: 'database_unavailable',
    };
  }
  return {
    ...base,
    type: problemType('internal_error'),
    title: titleFor(500),
    status: 500,
    detail: `Something went wrong on our side. Quote reference ${request.id} if you contact support.`,
    code: 'internal_error',
  };
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function toFieldError(issue: ValidationIssue, context: string | undefined): FieldError {
  const segments = (issue.instancePath ?? '').split('/').filter(Boolean);
  const extra = issue.params?.missingProperty ?? issue.params?.additionalProperty;
  if (typeof extra === 'string') segments.push(extra);
  const field = segments
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
  const location = context === 'body' || !context ? '' : context === 'querystring' ? 'query' : context;
  const path = [location, field].filter(Boolean).join('.') || location || 'body';
  const pattern = issue.params?.pattern;
  const message = issue.params?.additionalProperty
    ? 'is not a known field'
    : ((typeof pattern === 'string' ? patternMessages[pattern] : undefined) ?? issue.message ?? 'is invalid');
  return { path, message };
}

function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error; current && typeof current === 'object'; ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_DATABASE.has(code)) return true;
    if ((current as Error).message === 'database closed') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
