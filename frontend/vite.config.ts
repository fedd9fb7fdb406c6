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
const MANAGE_APP_SOURCE = 'src/app/public/manage-app.tsx';

/**
 * The public pages stay their own chunks (owners never load them), yet a visitor should not wait for the entry
 * to run before fetching them: the page's chunk and its imports are preloaded with the entry. The entry's
 * script tag is replaced by a loader at the end of the body that does this per page. On a booking page it loads
 * once the first frame is painted (the header the server wrote: the page's largest text), so the paint never
 * waits for code, then starts the early availability request (after the code, so the code never waits for a free
 * connection). Every other page loads at once.
 */
function loadPagesScript(): Plugin {
  return {
    name: 'bookings:load-pages-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        const filesOf = (source: string) => {
          const chunk = chunks.find((output) => output.facadeModuleId?.endsWith(source));
          return chunk ? [chunk.fileName, ...chunk.imports].map((file) => `/${file}`) : null;
        };
        const bookingFiles = filesOf(PUBLIC_APP_SOURCE);
        const manageFiles = filesOf(MANAGE_APP_SOURCE);
        if (!entry || !bookingFiles || !manageFiles) return html;
        const entryTag = new RegExp(
          `\\s*<script type="module" crossorigin src="/${entry.fileName}"></script>`,
        );
        const entryPreloads = entry.imports.map(
          (file) => new RegExp(`\\s*<link rel="modulepreload" crossorigin href="/${file}">`),
        );
        if (!entryTag.test(html)) return html;
        const ownerFiles = entry.imports.map((file) => `/${file}`);
        const script = `(() => { const isBooking = /^\\/public\\/bookings\\/[^/]+\\/?$/.test(location.pathname); const isManage = /^\\/public\\/bookings\\/manage\\/[^/]+\\/?$/.test(location.pathname); const load = () => { for (const href of isBooking ? ${JSON.stringify(bookingFiles)} : isManage ? ${JSON.stringify(manageFiles)} : ${JSON.stringify(ownerFiles)}) { const link = document.createElement('link'); link.rel = 'modulepreload'; link.crossOrigin = ''; link.href = href; document.head.appendChild(link); } const entry = document.createElement('script'); entry.type = 'module'; entry.crossOrigin = ''; entry.src = ${JSON.stringify(`/${entry.fileName}`)}; document.body.appendChild(entry); if (isBooking) window.__bookingsEarlyLink?.startAvailability?.(); }; if (isBooking && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(load, 0)); else load(); })();`;
        const withoutEntry = entryPreloads.reduce(
          (page, tag) => page.replace(tag, ''),
          html.replace(entryTag, ''),
        );
        return withoutEntry.replace('</body>', `  <script>${script}</script>\n  </body>`);
      },
    },
  };
}

/**
 * Every module the booking page reaches (statically or lazily), filled in once the module graph is complete and
 * read when chunks are formed: only those go into the shared chunk, so a visitor never downloads code that only the
 * owner's screens or the attendee's manage page use (lists, page headers, paths, dialogs, infinite queries). The
 * manage page loads the same shared chunk and its own few modules beside it.
 */
const publicModules = new Set<string>();

/** Modules a library re-exports from its index that the public pages never call (the index reaches them anyway). */
const OWNER_ONLY_LIBRARY_MODULE =
  /@tanstack\/[^/]+\/build\/modern\/(useInfiniteQuery|infiniteQueryObserver|infiniteQueryOptions)\.js$/;

function collectPublicModules(): Plugin {
  return {
    name: 'bookings:collect-public-modules',
    apply: 'build',
    buildEnd() {
      publicModules.clear();
      const visit = (id: string) => {
        if (publicModules.has(id)) return;
        publicModules.add(id);
        const info = this.getModuleInfo(id);
        for (const next of [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])])
          visit(next);
      };
      for (const id of this.getModuleIds()) {
        if (id.endsWith(PUBLIC_APP_SOURCE)) visit(id);
      }
    },
  };
}

/**
 * Small shared modules in one chunk: a booking page then needs a few requests, not a dozen tiny ones. The month's
 * times and the proof of work serve the booking and the manage page.
 */
const SHARED_MODULE =
  /\/src\/(lib\/|config\/|components\/ui\/)|\/src\/app\/(create-query-client|app-providers)|\/src\/features\/public-booking\/(components\/day-times|model\/(use-booking-window|use-proof-of-work|solve-in-background))|node_modules\/@tanstack\//;

function isSharedModule(id: string): boolean {
  return SHARED_MODULE.test(id) && publicModules.has(id) && !OWNER_ONLY_LIBRARY_MODULE.test(id);
}

export default defineConfig(({ command }) => {
  // A build is always the production bundle, whatever NODE_ENV the caller's shell has (`NODE_ENV=development
  // npm start` once built React's development bundle and failed the size budget). Set before the plugins read it.
  if (command === 'build') process.env.NODE_ENV = 'production';
  const apiTarget = process.env.BOOKINGS_API_URL ?? 'http://127.0.0.1:3000';
  const proxy = { [apiPathPattern]: { target: apiTarget, changeOrigin: false } };
  return {
    base: '/',
    plugins: [react(), collectPublicModules(), loadPagesScript()],
    server: { proxy },
    preview: { proxy },
    build: {
      outDir: 'dist',
      // Every browser the SPA supports preloads modules natively: no polyfill in the entry.
      modulePreload: { polyfill: false },
      // Split chunk names from owner routes stay readable in the bundle report.
      manifest: true,
      sourcemap: false,
      rolldownOptions: {
        output: {
          codeSplitting: { groups: [{ name: 'shared', test: isSharedModule }] },
        },
      },
    },
  };
});
