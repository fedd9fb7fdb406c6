import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createFakeClock, type FakeClock } from './fake-clock';
import { type OfficeFakes, startOfficeFakes } from './office-fakes';
import { type SmtpInbox, startSmtpInbox } from './smtp-inbox';
import { type StartTestAppOptions, startTestApp, type TestApp } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestDatabaseHandle {
  /** This file's database (its own PGlite, or its own database on DATABASE_URL's server). */
  readonly database: TestDatabase;
  /**
   * Another app over this database, closed after the file unless the test closes it first. From `useTestApp`
   * it has the same environment and clock, and starts no job workers unless told to.
   */
  startApp(options?: StartTestAppOptions): Promise<TestApp>;
}

/**
 * A database for the whole file, migrated before the first test and destroyed after the last, for files that
 * start apps or server processes of their own. Call it at the top of the file. `serverUrl`: on that PostgreSQL
 * server whatever DATABASE_URL says (a test of what only real PostgreSQL shows).
 */
export function useTestDatabase(options: { serverUrl?: string } = {}): TestDatabaseHandle {
  let database: TestDatabase | undefined;
  const started: TestApp[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(options.serverUrl ?? process.env.DATABASE_URL);
  });
  afterAll(async () => {
    await Promise.all(started.map((app) => app.close()));
    await database?.destroy();
  });
  const handle: TestDatabaseHandle = {
    get database() {
      return required(database, 'the test database exists from beforeAll on');
    },
    async startApp(options) {
      const app = await startTestApp(handle.database, options);
      started.push(app);
      return app;
    },
  };
  return handle;
}

export interface TestAppOptions extends Omit<StartTestAppOptions, 'adapters'> {
  /** The app runs on a fake clock starting here, set back to it before each test. */
  clock?: string;
  /** Google and Graph fakes with their token servers; their configuration joins `env`. */
  office?: boolean;
  /** A real SMTP server on loopback; the app sends its mail there (SMTP_URL). */
  smtp?: boolean;
  /** Empty every table before each test (default), or only once before the app starts. */
  reset?: 'each-test' | 'once';
  /** Run on this database instead of one of the app's own (several apps in one file). */
  database?: TestDatabaseHandle;
}

export interface TestAppHandle extends TestApp, TestDatabaseHandle {
  readonly clock: FakeClock;
  readonly fakes: OfficeFakes;
  readonly inbox: SmtpInbox;
  /** The environment the app was started with (provider fakes and SMTP included). */
  readonly env: Record<string, string>;
}

/**
 * The one setup of an integration test file: a database, the service listening on it, and optionally a fake
 * clock, provider fakes and an SMTP inbox, all reset before each test and closed after the file. Inside a
 * `describe`, the hooks belong to that block.
 *
 *     const t = useTestApp({ clock: '2026-06-01T08:00:00.000Z' });
 */
export function useTestApp(options: TestAppOptions = {}): TestAppHandle {
  const { clock: clockStart, office, smtp, reset = 'each-test', database: shared, ...appOptions } = options;
  const own = shared ?? useTestDatabase();
  const clock = clockStart ? createFakeClock(clockStart) : undefined;
  let fakes: OfficeFakes | undefined;
  let inbox: SmtpInbox | undefined;
  let app: TestApp | undefined;
  let env: Record<string, string> = {};

  beforeAll(async () => {
    if (reset === 'once') await own.database.reset();
    if (office) fakes = await startOfficeFakes();
    if (smtp) inbox = await startSmtpInbox();
    env = {
      ...fakes?.env,
      ...(inbox ? { SMTP_URL: inbox.url } : {}),
      ...appOptions.env,
    };
    app = await startTestApp(own.database, {
      ...appOptions,
      env,
      ...(clock ? { adapters: { clock } } : {}),
    });
  });
  afterAll(async () => {
    await app?.close();
    await inbox?.close();
    await fakes?.close();
  });
  beforeEach(async () => {
    if (reset === 'each-test') await own.database.reset();
    if (clockStart) clock?.set(clockStart);
    fakes?.reset();
    inbox?.clear();
  });

  const current = () => required(app, 'the test app is started in beforeAll');
  return {
    get app() {
      return current().app;
    },
    get baseUrl() {
      return current().baseUrl;
    },
    get mailbox() {
      return current().mailbox;
    },
    get anonymous() {
      return current().anonymous;
    },
    clientFor: (email) => current().clientFor(email),
    tokenFor: (email) => current().tokenFor(email),
    close: () => current().close(),
    get database() {
      return own.database;
    },
    startApp: (more = {}) =>
      own.startApp({
        ...more,
        env: { ...env, ...more.env },
        adapters: { ...(clock ? { clock } : {}), ...more.adapters },
      }),
    get clock() {
      return required(clock, 'useTestApp({ clock }) gives the app a fake clock');
    },
    get fakes() {
      return required(fakes, 'useTestApp({ office: true }) starts the provider fakes');
    },
    get inbox() {
      return required(inbox, 'useTestApp({ smtp: true }) starts the SMTP inbox');
    },
    get env() {
      return env;
    },
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`not available: ${what}`);
  return value;
}
