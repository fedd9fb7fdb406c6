/**
 * Every SPA path in one place. Owner screens sit under `/bookings/dashboard` (and one booking under
 * `/bookings/meetings`) so that none of them collides with an API path (the API owns `/bookings/links`,
 * `/bookings/bookings`, ...).
 */
export const paths = {
  home: '/bookings',
  signIn: '/bookings/sign-in',
  links: '/bookings',
  newLink: '/bookings/dashboard/links/new',
  editLink: (id: string) => `/bookings/dashboard/links/${encodeURIComponent(id)}/edit`,
  oneTimeLinks: (id: string) => `/bookings/dashboard/links/${encodeURIComponent(id)}/one-time`,
  linkAnalytics: (id: string) => `/bookings/dashboard/links/${encodeURIComponent(id)}/analytics`,
  meetings: '/bookings/dashboard/bookings',
  /** One booking: the owner's emails link here (so it is short and outside /dashboard). */
  meeting: (id: string) => `/bookings/meetings/${encodeURIComponent(id)}`,
  templates: '/bookings/dashboard/templates',
  newTemplate: '/bookings/dashboard/templates/new',
  editTemplate: (id: string) => `/bookings/dashboard/templates/${encodeURIComponent(id)}/edit`,
  connections: '/bookings/dashboard/connections',
  profile: '/bookings/dashboard/profile',
  webhooks: '/bookings/dashboard/webhooks',
  webhook: (id: string) => `/bookings/dashboard/webhooks/${encodeURIComponent(id)}`,
  publicBooking: (token: string) => `/public/bookings/${encodeURIComponent(token)}`,
  manageBooking: (token: string) => `/public/bookings/manage/${encodeURIComponent(token)}`,
} as const;

/** Where to go after sign-in: only a path of this SPA, never another origin. */
export function safeReturnPath(candidate: string | null): string {
  if (!candidate || !candidate.startsWith('/bookings') || candidate.startsWith('//')) return paths.home;
  return candidate;
}
