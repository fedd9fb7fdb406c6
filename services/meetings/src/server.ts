import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedDemo } from './seed-demo';
import { armShutdownWatchdog } from './shutdown/shutdown-watchdog';
import { welcomeMessage } from './welcome';

const LOG_FLUSH_WAIT_MS = 1000;

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
    // From here the process ends within the deadline, whatever blocks it (see shutdown-watchdog.ts).
    armShutdownWatchdog(config.shutdownDeadlineMs, app.log);
    app.log.info(
      `${signal} received: finishing in-flight requests (exit within ${config.shutdownDeadlineMs} ms)`,
    );
    // close() stops accepting, waits for in-flight requests, then runs onClose hooks (database last).
    app.close().then(
      () => exitAfterLogs(app, 0),
      (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        exitAfterLogs(app, 1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (demo) process.stdout.write(welcomeMessage(config, demo));
}

/**
 * Exits once the log lines written so far have left (pino writes them asynchronously: an exit in the middle cuts
 * the log), or after a second when stdout does not take them.
 */
function exitAfterLogs(app: FastifyInstance, code: number): void {
  const exit = () => process.exit(code);
  setTimeout(exit, LOG_FLUSH_WAIT_MS);
  (app.log as unknown as { flush?: (done: () => void) => void }).flush?.(exit);
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
