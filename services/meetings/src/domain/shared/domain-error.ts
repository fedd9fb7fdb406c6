/** Every failure the domain can name. The HTTP layer maps each code to a status in one table (http/errors.ts). */
export type DomainErrorCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'not_found'
  | 'link_not_found'
  | 'link_inactive'
  | 'link_expired'
  | 'link_used'
  | 'template_in_use'
  | 'one_time_link_booked'
  | 'sign_in_link_invalid'
  | 'slot_unavailable'
  | 'slot_not_offered'
  | 'duration_not_allowed'
  | 'off_grid'
  | 'outside_window'
  | 'answers_invalid'
  | 'idempotency_key_reused'
  | 'bot_check_failed'
  | 'calendar_unavailable'
  | 'provider_not_configured'
  | 'oauth_state_invalid'
  | 'connection_failed'
  | 'database_unavailable'
  | 'avatar_too_large'
  | 'avatar_unreadable'
  | 'rate_limited'
  | 'invalid_cursor'
  | 'identity_conflict'
  | 'side_effect_not_dead'
  | 'too_late_to_change'
  | 'booking_cancelled'
  | 'webhook_url_not_allowed'
  | 'webhook_disabled'
  | 'webhook_delivery_pending';

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
