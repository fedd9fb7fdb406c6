import type { Problem } from '@bookings/api-client';

/** A code the service answers with: the contract's `Problem.code` enum. */
export type ProblemCode = Problem['code'];

/** What a failed call carries: the service's code, or ours for an answer that is not problem+json. */
export type ApiErrorCode = ProblemCode | 'unexpected_response';

/** A set of the service's codes to branch on; a code the contract does not name fails the typecheck. */
export const problemCodes = (...codes: ProblemCode[]): ReadonlySet<ApiErrorCode> => new Set(codes);

export interface FieldError {
  path: string;
  message: string;
}

/** A failed API call, carrying the problem+json `code` the UI branches on and the per-field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly fieldErrors: FieldError[];
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail: string;
    fieldErrors?: FieldError[];
    requestId?: string | null;
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId ?? null;
  }

  static fromResponse(body: unknown, response: Response): ApiError {
    if (isProblem(body)) {
      return new ApiError({
        status: body.status,
        code: body.code,
        title: body.title,
        detail: body.detail,
        fieldErrors: body.errors ?? [],
        requestId: body.requestId,
      });
    }
    return new ApiError({
      status: response.status,
      code: 'unexpected_response',
      title: response.statusText || 'Unexpected response',
      detail: 'The server answered in a way this page does not understand. Please try again.',
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The message for one field (`settings.durations[0]`) or anything under it, when the server named it. */
export function fieldErrorFor(error: unknown, path: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const match = error.fieldErrors.find(
    (entry) => normalisePath(entry.path) === path || normalisePath(entry.path).startsWith(`${path}.`),
  );
  return match?.message;
}

/** Servers write JSON pointers (`/settings/durations/0`) or dotted paths; the UI uses dotted paths. */
export function normalisePath(path: string): string {
  if (!path.startsWith('/')) return path.replace(/\[(\d+)\]/g, '.$1');
  return path.slice(1).split('/').join('.');
}

/** What to show a person for any thrown value. */
export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof TypeError)
    return 'The server could not be reached. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    'code' in body &&
    'status' in body &&
    typeof body.code === 'string' &&
    typeof body.status === 'number'
  );
}
