import type { DomainErrorCode } from '../domain/shared/domain-error';

/** The only place an HTTP status is chosen for a domain failure. */
export const statusByCode: Record<DomainErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  sign_in_link_invalid: 401,
  not_found: 404,
  link_not_found: 404,
  link_inactive: 410,
  link_expired: 410,
  link_used: 410,
  template_in_use: 409,
  one_time_link_booked: 409,
  slot_unavailable: 409,
  slot_not_offered: 422,
  duration_not_allowed: 422,
  off_grid: 422,
  outside_window: 422,
  answers_invalid: 422,
  idempotency_key_reused: 422,
  bot_check_failed: 403,
  calendar_unavailable: 503,
  provider_not_configured: 409,
  oauth_state_invalid: 400,
  oauth_browser_mismatch: 400,
  connection_failed: 502,
  database_unavailable: 503,
  avatar_too_large: 413,
  avatar_unreadable: 422,
  rate_limited: 429,
  invalid_cursor: 400,
  identity_conflict: 409,
  side_effect_not_dead: 409,
  too_late_to_change: 409,
  booking_cancelled: 409,
  webhook_url_not_allowed: 422,
  webhook_disabled: 409,
  webhook_delivery_pending: 409,
};

/** Every code a domain failure can carry: the keys of the table above, which names them all. */
export const DOMAIN_ERROR_CODES = Object.keys(statusByCode) as DomainErrorCode[];

/**
 * Codes of failures that never reach a use case: Fastify's and Node's own refusals (framework-problems.ts,
 * plugins/error-handler.ts) and the last-resort 500.
 */
export const FRAMEWORK_PROBLEM_CODES = [
  'bad_request',
  'bad_url',
  'uri_too_long',
  'headers_too_large',
  'request_timeout',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'forbidden',
  'method_not_allowed',
  'not_acceptable',
  'internal_error',
] as const;

/** A problem+json `code`: what a client may switch on. Published as the `Problem.code` enum of the contract. */
export type ProblemCode = DomainErrorCode | (typeof FRAMEWORK_PROBLEM_CODES)[number];

/** Every code, once each, sorted: the contract's enum, so a new code shows as a one-line diff in openapi.yaml. */
export const PROBLEM_CODES: readonly ProblemCode[] = [
  ...new Set<ProblemCode>([...DOMAIN_ERROR_CODES, ...FRAMEWORK_PROBLEM_CODES]),
].sort();

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export const titleFor = (status: number): string =>
  titles[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');

export const problemType = (code: ProblemCode): string => `urn:bookings:problem:${code}`;
