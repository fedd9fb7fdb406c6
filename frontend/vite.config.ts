import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The API and the SPA share the `/bookings` prefix, so only the API's own sub-paths are proxied; the SPA's
 * routes (`/bookings`, `/bookings/sign-in`, `/bookings/dashboard/*`, `/public/bookings/*`) never collide with them.
 */
export const API_PREFIXES = [
  'auth',
  'me',
  'links',
  'templates',
  'one-time',
  'bookings',
  'public',
  'contacts',
  'connections',
  'audit',
  'health',
  'openapi.json',
  'docs',
];

const apiPathPattern = `^/bookings/(${API_PREFIXES.map((prefix) => prefix.replace('.', '\\.')).join('|')})([/?:]|$)`;

export default defineConfig(() => {
  const apiTarget = process.env.BOOKINGS_API_URL ?? 'http://127.0.0.1:3000';
  const proxy = { [apiPathPattern]: { target: apiTarget, changeOrigin: false } };
  return {
    base: '/',
    plugins: [react()],
    server: { proxy },
    preview: { proxy },
    build: {
      outDir: 'dist',
      // Split chunk names from owner routes stay readable in the bundle report.
      manifest: true,
      sourcemap: false,
    },
  };
});
