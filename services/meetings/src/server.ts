import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedDemo } from './seed-demo';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);
  if (config.auth.jwtSecretGenerated) {
    app.log.warn(
      `JWT_SECRET is not set: using a generated secret kept in ${config.dataDir}. Set it in production.`,
    );
  }
  await app.ready();
  const demo = config.seedDemo ? await seedDemo(app.container) : null;

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received: finishing in-flight requests`);
    // close() stops accepting, waits for in-flight requests, then runs onClose hooks (database last).
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (demo) printWelcome(config, demo);
}

function printWelcome(
  config: ReturnType<typeof loadConfig>,
  demo: Awaited<ReturnType<typeof seedDemo>>,
): void {
  const base = config.publicBaseUrl;
  const lines = [
    '',
    'Bookings is running.',
    `  Health:           ${base}/bookings/health`,
    `  API docs:         ${base}/bookings/docs`,
    `  Owner dashboard:  ${base}/bookings`,
    ...demo.links.map((link) => `  Demo link:        ${link.title}: ${link.url}`),
    `  Demo owner:       ${demo.owner.email}`,
    `  Sign-in token:    ${demo.accessToken}`,
    `  Try it:           curl -H "Authorization: Bearer <token>" ${base}/bookings/me`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  // A configuration problem is the operator's to fix: one line naming it, no stack.
  const message =
    error instanceof ConfigError
      ? error.message
      : `Failed to start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
