import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ProblemCode, problemType } from './errors';
import { sendProblem } from './plugins/error-handler';

/**
 * Errors Fastify and Node raise before a route runs (a malformed URL, a path parameter past the router's
 * limit, oversized headers) answered as problem+json like every other error, with stable codes.
 */

/** Longer than any path parameter's schema allows, so the schema answers first with a 400 naming the field. */
export const MAX_PARAM_LENGTH = 512;

const frameworkCodes: Record<string, { status: number; code: ProblemCode; detail: string }> = {
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'bad_url',
    detail: 'The URL is not valid: a path segment cannot be decoded.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'uri_too_long',
    detail: `A path segment is longer than ${MAX_PARAM_LENGTH} characters.`,
  },
};

export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known: { status: number; code: ProblemCode; detail: string } = frameworkCodes[error.code] ?? {
    status: 400,
    code: 'bad_request',
    detail: 'The request is invalid.',
  };
  return sendProblem(reply, {
    type: problemType(known.code),
    title: STATUS_CODES[known.status] ?? 'Bad Request',
    status: known.status,
    detail: known.detail,
    code: known.code,
    requestId: request.id,
  });
}

const socketProblems: Record<string, { status: number; code: ProblemCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    detail: 'The request headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    detail: 'The request took too long to arrive.',
  },
};

/** Node's parser refused the request before Fastify saw it: answer on the socket, then close it. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known: { status: number; code: ProblemCode; detail: string } = socketProblems[error.code ?? ''] ?? {
    status: 400,
    code: 'bad_request',
    detail: 'The request could not be read.',
  };
  const title = STATUS_CODES[known.status] ?? 'Bad Request';
  const body = JSON.stringify({
    type: problemType(known.code),
    title,
    status: known.status,
    detail: known.detail,
    code: known.code,
    requestId: randomUUID(),
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${title}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/problem+json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
