import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
  'embed.js',
];

const apiPathPattern = `^/bookings/(${API_PREFIXES.map((prefix) => prefix.replace('.', '\\.')).join('|')})([/?:]|$)`;

const PUBLIC_APP_SOURCE = 'src/app/public/public-app.tsx';

/**
 * The public page stays its own chunk (owners never load it), yet a visitor should not wait for the entry to
 * run before fetching it: on booking-page URLs, index.html preloads that chunk and its imports right away, then
 * starts the early availability request (after the code, so the code never waits for a free connection).
 */
function preloadPublicPage(): Plugin {
  return {
    name: 'bookings:preload-public-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(PUBLIC_APP_SOURCE),
        );
        if (!chunk || chunk.type !== 'chunk') return html;
        const files = JSON.stringify([chunk.fileName, ...chunk.imports].map((file) => `/${file}`));
        const script = `if (/^\\/public\\/bookings\\//.test(location.pathname)) { for (const href of ${files}) { const link = document.createElement('link'); link.rel = 'modulepreload'; link.crossOrigin = ''; link.href = href; document.head.appendChild(link); } window.__bookingsEarlyLink?.startAvailability?.(); }`;
        return { html, tags: [{ tag: 'script', children: script, injectTo: 'head' }] };
      },
    },
  };
}

export default defineConfig(({ command }) => {
  // A build is always the production bundle, whatever NODE_ENV the caller's shell has (`NODE_ENV=development
  // npm start` once built React's development bundle and failed the size budget). Set before the plugins read it.
  if (command === 'build') process.env.NODE_ENV = 'production';
  const apiTarget = process.env.BOOKINGS_API_URL ?? 'http://127.0.0.1:3000';
  const proxy = { [apiPathPattern]: { target: apiTarget, changeOrigin: false } };
  return {
    base: '/',
    plugins: [react(), preloadPublicPage()],
    server: { proxy },
    preview: { proxy },
    build: {
      outDir: 'dist',
      // Split chunk names from owner routes stay readable in the bundle report.
      manifest: true,
      sourcemap: false,
      rolldownOptions: {
        output: {
          // Small shared modules in one chunk: a booking page then needs a few requests, not a dozen tiny ones.
          codeSplitting: {
            groups: [
              {
                name: 'shared',
                test: /\/src\/(lib|components\/ui|config)\/|\/src\/app\/(create-query-client|app-providers)|node_modules\/@tanstack\//,
              },
            ],
          },
        },
      },
    },
  };
});
