/**
 * The cookie that ties a connection flow to the browser that started it (ADR 010). It holds the flow's state:
 * httpOnly (no script reads it), SameSite=Lax (sent on the provider's top-level redirect back, never on a
 * cross-site subrequest), Secure over https, and scoped to the provider's callback path, so no other request
 * carries it.
 */
export const FLOW_COOKIE_NAME = 'bookings_connection_flow';

export interface FlowCookieScope {
  path: string;
  isSecure: boolean;
}

export function flowCookie(state: string, scope: FlowCookieScope, maxAgeSeconds: number): string {
  return serialize(state, scope, maxAgeSeconds);
}

/** Spent at the callback, accepted or not: a state is tried once. */
export function expiredFlowCookie(scope: FlowCookieScope): string {
  return serialize('', scope, 0);
}

/** The flow cookie's value in a Cookie header; undefined when the browser sent none. */
export function readFlowCookie(cookieHeader: string | undefined): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== FLOW_COOKIE_NAME) continue;
    const value = pair.slice(separator + 1).trim();
    if (value) return value;
  }
  return undefined;
}

function serialize(value: string, scope: FlowCookieScope, maxAgeSeconds: number): string {
  const attributes = [
    `${FLOW_COOKIE_NAME}=${value}`,
    `Path=${scope.path}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (scope.isSecure) attributes.push('Secure');
  return attributes.join('; ');
}
