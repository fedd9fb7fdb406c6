/**
 * Where the API lives. The service serves the SPA itself, so the default is the page's own origin;
 * `VITE_API_BASE_URL` points a separately hosted SPA at another origin.
 */
export function readApiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL;
  if (typeof configured === 'string' && configured.trim() !== '') return configured.replace(/\/+$/, '');
  return window.location.origin;
}
