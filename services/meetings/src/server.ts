import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedDemo } from './seed-demo';
import { welcomeMessage } from './welcome';

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
  if (demo) process.stdout.write(welcomeMessage(config, demo));
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
